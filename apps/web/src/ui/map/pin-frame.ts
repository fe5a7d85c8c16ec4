import type { AreaCollection } from './map-types';

/** Half the side of the frame drawn around a pin, in degrees (about 330 m north–south). */
export const PIN_FRAME_DEGREES = 0.003;

/**
 * A square around a first position fix, as the one outline of a pin map: with no tiles and no outline the caller may
 * read, it gives the map a scale to move the pin on (a click moves it; the server says which grid it falls in).
 */
export function pinFrame([lng, lat]: [number, number], half = PIN_FRAME_DEGREES): AreaCollection {
  // Longitude degrees shrink with latitude: widen the frame so it stays square on the ground.
  const w = half / Math.cos((lat * Math.PI) / 180);
  const ring = [
    [lng - w, lat - half],
    [lng + w, lat - half],
    [lng + w, lat + half],
    [lng - w, lat + half],
    [lng - w, lat - half],
  ];
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'frame', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id: 'frame', name: '点击地图移动定位点' } }],
  };
}
