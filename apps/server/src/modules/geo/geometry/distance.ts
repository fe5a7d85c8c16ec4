import type { BBox, LngLat } from '@linli/shared';

const EARTH_RADIUS_METRES = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres between two WGS-84 positions (haversine). */
export function distanceMetres(a: LngLat, b: LngLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLng = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The box that holds every point within `metres` of `center` (a little larger: the prefilter of a radius search). */
export function boxAround(center: LngLat, metres: number): BBox {
  const dLat = (metres / EARTH_RADIUS_METRES / RAD) * 1.001;
  const dLng = dLat / Math.max(0.01, Math.cos(center[1] * RAD));
  return [center[0] - dLng, center[1] - dLat, center[0] + dLng, center[1] + dLat];
}
