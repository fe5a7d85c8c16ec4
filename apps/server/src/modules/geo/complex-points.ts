import type { AreaGeometry, LngLat } from '@linli/shared';
import { pointInGeometry } from './geometry/planar';

/**
 * The point of a complex from its buildings' points: their mean, unless that falls outside the grid most of its
 * buildings stand in (a concave grid, buildings on two sides of a bend), then the building point nearest the mean, so a
 * complex is never drawn in a grid it is not in. Null without any building point.
 */
export function complexPointOf(buildings: readonly { point: LngLat; gridPath: string }[], gridOutlines: ReadonlyMap<string, AreaGeometry>): LngLat | null {
  if (buildings.length === 0) return null;
  const mean: LngLat = [buildings.reduce((s, b) => s + b.point[0], 0) / buildings.length, buildings.reduce((s, b) => s + b.point[1], 0) / buildings.length];
  const counts = new Map<string, number>();
  for (const b of buildings) counts.set(b.gridPath, (counts.get(b.gridPath) ?? 0) + 1);
  // Most buildings first; a tie goes to the first path in order, so the answer does not depend on row order.
  const home = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const outline = gridOutlines.get(home);
  if (!outline || pointInGeometry(mean, outline)) return mean;
  const inHome = buildings.filter((b) => b.gridPath === home);
  const nearest = inHome.reduce((best, b) =>
    Math.hypot(b.point[0] - mean[0], b.point[1] - mean[1]) < Math.hypot(best.point[0] - mean[0], best.point[1] - mean[1]) ? b : best,
  );
  return nearest.point;
}
