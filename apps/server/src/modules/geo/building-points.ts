import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { queryPoints } from './geo.repository';
import { geoPoints } from './geo.tables';

/** The points of some buildings by id (those without one are missing from the map). */
export async function buildingPointsOf(db: DbOrTx, buildingIds: readonly string[]): Promise<Map<string, { lng: number; lat: number }>> {
  const rows = await queryPoints(db, { refIds: buildingIds, kinds: ['building'] });
  return new Map(rows.map((r) => [r.refId, { lng: r.lng, lat: r.lat }]));
}

/**
 * SQL for another module's own statement: every building point as a derived table `(ref_id, lng, lat, grid_path, i, n)`,
 * numbered `i` = 0…n-1 within its grid (path order), so a record of a grid can pick "its" building by a hash modulo `n`.
 */
export function numberedBuildingPoints(): SQL {
  return sql`(select ${geoPoints.refId} as ref_id, ${geoPoints.lng} as lng, ${geoPoints.lat} as lat, g.grid_path,
      (row_number() over (partition by g.grid_path order by ${geoPoints.path}, ${geoPoints.refId}) - 1)::int as i,
      (count(*) over (partition by g.grid_path))::int as n
    from ${geoPoints} cross join lateral (select substring(${geoPoints.path} from ${GRID_PATH_PATTERN}) as grid_path) g
    where ${geoPoints.kind} = 'building')`;
}

/** The regular expression taking a grid's path (its first four codes) out of a deeper path, for `substring(… from …)`. */
export const GRID_PATH_PATTERN = '^/[^/]+/[^/]+/[^/]+/[^/]+/';
