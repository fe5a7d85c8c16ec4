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

/** An outline to draw under a pin: the grid the server found for it. */
export interface PinOutline {
  id: string;
  name: string;
  geometry: AreaCollection['features'][number]['geometry'];
}

/**
 * The outlines of a pin map with the pin's grid among them (the caller highlights it with `selectedId`): added when the
 * base map does not already hold it (a frame around the first fix, a street's communities), so the person sees which
 * grid the pin is in and where its edge runs.
 */
export function withPinOutline(base: AreaCollection | null, grid: PinOutline | null): AreaCollection | null {
  if (!grid || base?.features.some((f) => f.properties.id === grid.id)) return base;
  const feature = { type: 'Feature' as const, id: grid.id, geometry: grid.geometry, properties: { id: grid.id, name: grid.name } };
  return { type: 'FeatureCollection', features: [...(base?.features ?? []), feature] };
}
