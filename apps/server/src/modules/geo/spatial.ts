import type { LngLat } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { distanceMetres, boxAround } from './geometry/distance';
import { pointInGeometry } from './geometry/planar';
import { areasWhoseBoxHolds, queryPoints, type AreaRow, type PointRow } from './geo.repository';

/** Kinds whose outline places a point in the tree: the grid is the unit a case belongs to. */
const GRID_KIND = 'grid';

/**
 * The grid whose outline holds `p` (optionally only grids under `under`): the GiST box prefilter in SQL, then the
 * exact even-odd test on the few candidates. When outlines overlap (an import that does not tile), the first in
 * path order wins, so the answer is stable.
 */
export async function findGridAt(db: DbOrTx, p: LngLat, under?: string): Promise<AreaRow | undefined> {
  const candidates = await areasWhoseBoxHolds(db, p, [GRID_KIND], under);
  return candidates.find((area) => pointInGeometry(p, area.geometry));
}

/** What `nearestPoints` looks for. */
export interface NearestQuery {
  radiusMetres: number;
  limit: number;
  kinds?: readonly string[];
  under?: string;
}

/** A point with its distance from the centre. */
export type NearPoint = PointRow & { distanceMetres: number };

/**
 * The `limit` nearest points within `radiusMetres` of `center`, nearest first: the GiST index returns the points in
 * the radius's bounding box, the haversine distance in code keeps those truly inside and orders them.
 */
export async function nearestPoints(db: DbOrTx, center: LngLat, query: NearestQuery): Promise<NearPoint[]> {
  const rows = await queryPoints(db, { box: boxAround(center, query.radiusMetres), kinds: query.kinds, under: query.under });
  return rows
    .map((row) => ({ ...row, distanceMetres: distanceMetres(center, [row.lng, row.lat]) }))
    .filter((row) => row.distanceMetres <= query.radiusMetres)
    .sort((a, b) => a.distanceMetres - b.distanceMetres || a.refId.localeCompare(b.refId))
    .slice(0, query.limit);
}
