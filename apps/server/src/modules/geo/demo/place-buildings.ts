import type { AreaGeometry, LngLat } from '@linli/shared';
import type { Random } from '../../org';
import { distanceToBoundary, pointInGeometry } from '../geometry/planar';
import { randomPointIn } from './voronoi-cells';

/** A building to place: its id and the complex it belongs to (buildings of one complex stand together). */
export interface BuildingToPlace {
  id: string;
  complexId: string | null;
}

// In degrees (1e-5° ≈ 1 m): buildings keep off the grid's edge and, where room allows, off each other.
const EDGE_MARGIN = 0.00008;
const SPACING = 0.00012;
const CLUSTER_SPREAD = 0.0005;
const TRIES = 30;

/** A standard normal draw (Box–Muller) from the seeded source. */
function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/**
 * Points for a grid's buildings, each strictly inside the grid's outline (about 8 m off its edge where the grid is
 * wide enough): the buildings of one complex gather around the first one's spot, apart from each other where room allows.
 */
export function placeBuildings(grid: AreaGeometry, buildings: readonly BuildingToPlace[], random: Random): Map<string, LngLat> {
  const placed = new Map<string, LngLat>();
  const taken: LngLat[] = [];
  const clear = (p: LngLat, margin: number, spacing: number) =>
    pointInGeometry(p, grid) && distanceToBoundary(p, grid) >= margin && taken.every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) >= spacing);
  // Strictest first; a small or crowded grid gives up spacing, then most of the margin, then takes any inside point.
  const anywhere = () =>
    randomPointIn(grid, random, (p) => clear(p, EDGE_MARGIN, SPACING)) ??
    randomPointIn(grid, random, (p) => clear(p, EDGE_MARGIN, 0)) ??
    randomPointIn(grid, random, (p) => clear(p, EDGE_MARGIN / 8, 0)) ??
    randomPointIn(grid, random);
  const anchors = new Map<string, LngLat>();
  for (const building of buildings) {
    const key = building.complexId ?? building.id;
    const anchor = anchors.get(key);
    let point: LngLat | null = null;
    for (let i = 0; anchor && i < TRIES && !point; i++) {
      const p: LngLat = [anchor[0] + gaussian(random) * CLUSTER_SPREAD, anchor[1] + gaussian(random) * CLUSTER_SPREAD];
      if (clear(p, EDGE_MARGIN, SPACING)) point = p;
    }
    point ??= anywhere();
    if (!point) continue;
    if (!anchor) anchors.set(key, point);
    taken.push(point);
    placed.set(building.id, point);
  }
  return placed;
}
