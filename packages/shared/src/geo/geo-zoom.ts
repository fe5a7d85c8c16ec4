import type { NodeKind } from '../org/kinds';
import { MAP_ZOOM_MAX, MAP_ZOOM_MIN } from './geo-contracts';

/** The zoom the map of a node opens at when the caller names none. */
export const DEFAULT_ZOOM: Partial<Record<NodeKind, number>> = { district: 11, street: 13, community: 15, grid: 16 };

/** The zoom for a node of `level` (11 for anything unknown), inside the served range. */
export function zoomFor(level: NodeKind, asked?: number): number {
  const zoom = asked ?? DEFAULT_ZOOM[level] ?? 11;
  return Math.min(MAP_ZOOM_MAX, Math.max(MAP_ZOOM_MIN, zoom));
}

/** Degrees one screen pixel spans at `zoom` (256-pixel tiles, at the equator: an upper bound elsewhere). */
export function degreesPerPixel(zoom: number): number {
  return 360 / 256 / 2 ** zoom;
}
