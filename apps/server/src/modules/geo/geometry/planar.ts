import type { AreaGeometry, BBox, LngLat } from '@linli/shared';

/** A ring of positions, closed (first = last) as GeoJSON writes it. */
export type Ring = LngLat[];
/** One polygon: outer ring, then holes. */
export type PolygonRings = Ring[];

/** The polygons of an outline, a Polygon being a MultiPolygon of one. */
export function polygonsOf(geometry: AreaGeometry): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** An outline from polygons: a Polygon when there is one, else a MultiPolygon. */
export function geometryOf(polygons: PolygonRings[]): AreaGeometry {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Even-odd ray casting: true when `p` is inside the ring (a point exactly on an edge may go either way). */
export function pointInRing(p: LngLat, ring: Ring): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when `p` is inside the outline: inside some polygon's outer ring and none of its holes. */
export function pointInGeometry(p: LngLat, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => pointInRing(p, outer) && !holes.some((hole) => pointInRing(p, hole)));
}

/** The box around an outline. */
export function bboxOf(geometry: AreaGeometry): BBox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [outer] of polygonsOf(geometry))
    for (const [lng, lat] of outer) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return [minLng, minLat, maxLng, maxLat];
}

/** The box around several boxes (null for none). */
export function unionBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** Signed shoelace area of a ring in square degrees (positive counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

/** Area of an outline in square degrees (holes subtracted). */
export function geometryArea(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, [outer, ...holes]) => sum + Math.abs(ringArea(outer)) - holes.reduce((h, r) => h + Math.abs(ringArea(r)), 0), 0);
}

/** Distance from `p` to the segment a–b, in degrees (planar; for tolerances, not for metres). */
export function distanceToSegment(p: LngLat, a: LngLat, b: LngLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from `p` to the nearest edge of the outline, in degrees. */
export function distanceToBoundary(p: LngLat, geometry: AreaGeometry): number {
  let best = Infinity;
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon) for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(p, ring[i - 1], ring[i]));
  return best;
}
