import { LOCATE_OUTLINE_ZOOM, NEAREST_BUILDING_METRES, type LngLat, type LocateResponse, type PlaceRef } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { ancestorPaths, queryNodes } from '../org';
import { outlineForZoom } from './map-outlines';
import { findGridAt, nearestPoints } from './spatial';

/** Where a coordinate falls, with ids the intake stores: the grid and the nearest building within 50 m of it. */
export interface Placement {
  gridId: string;
  gridPath: string;
  buildingId: string | null;
}

/**
 * The grid holding `p` (only grids under `under`, e.g. an Open311 client's district) and the nearest building of that
 * grid within NEAREST_BUILDING_METRES; undefined outside every grid. The building is taken from the grid found, so a
 * case never lands in one grid pinned to a building of another.
 */
export async function placeCoordinate(db: DbOrTx, p: LngLat, under?: string): Promise<Placement | undefined> {
  const grid = await findGridAt(db, p, under);
  if (!grid) return undefined;
  const [building] = await nearestPoints(db, p, { radiusMetres: NEAREST_BUILDING_METRES, limit: 1, kinds: ['building'], under: grid.path });
  return { gridId: grid.nodeId, gridPath: grid.path, buildingId: building?.refId ?? null };
}

const NOWHERE: LocateResponse = { inside: false, street: null, community: null, grid: null, gridOutline: null, building: null };

/** The locate answer: street, community, grid (with its outline, simplified) and nearest building of `p`, named. */
export async function locate(db: DbOrTx, p: LngLat): Promise<LocateResponse> {
  const grid = await findGridAt(db, p);
  if (!grid) return NOWHERE;
  const [near] = await nearestPoints(db, p, { radiusMetres: NEAREST_BUILDING_METRES, limit: 1, kinds: ['building'], under: grid.path });
  const [streetPath, communityPath] = ancestorPaths(grid.path).slice(1);
  const nodes = await queryNodes(db, { ids: [grid.nodeId, ...(near ? [near.refId] : [])] });
  const uppers = await queryNodes(db, { paths: [streetPath, communityPath].filter(Boolean) });
  const ref = (n: { id: string; name: string; code: string } | undefined): PlaceRef | null => (n ? { id: n.id, name: n.name, code: n.code } : null);
  const building = near ? nodes.find((n) => n.id === near.refId) : undefined;
  return {
    inside: true,
    street: ref(uppers.find((n) => n.path === streetPath)),
    community: ref(uppers.find((n) => n.path === communityPath)),
    grid: ref(nodes.find((n) => n.id === grid.nodeId)),
    gridOutline: outlineForZoom(grid.geometry, LOCATE_OUTLINE_ZOOM),
    building:
      building && near
        ? { id: building.id, name: building.name, code: building.code, distanceMetres: Math.round(near.distanceMetres * 10) / 10, lng: near.lng, lat: near.lat }
        : null,
  };
}
