import { sql } from 'drizzle-orm';
import { TERMINAL_CASE_STATES } from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { notInLiterals } from '../../../platform/db/sql-literals';
import { GRID_PATH_PATTERN, numberedBuildingPoints } from '../../geo';
import { DEMO_DISTRICT_CODE, findDemoDistrict } from '../../org';
import { cases } from '../cases.tables';

/**
 * Puts the demo's open cases on the map: each open case of the demo district without a place gets a building of its
 * grid (picked by a hash of its id) as its place and that building's point, spread by up to ~10 m so cases of one
 * building do not stack. Every start, but it acts only while no case of the district has a coordinate yet (the first
 * start, or the first start of a data directory made before geography): after that a report without a pin keeps none,
 * as reported. Closed cases keep none either.
 */
export async function placeDemoCases(db: DbOrTx): Promise<number> {
  if (!(await findDemoDistrict(db))) return 0;
  const district = `/${DEMO_DISTRICT_CODE}/%`;
  const pinned = await db
    .select({ id: cases.id })
    .from(cases)
    .where(sql`${cases.path} like ${district} and ${cases.lat} is not null`)
    .limit(1);
  if (pinned.length > 0) return 0;
  const result = await db.execute(sql`
    with placed as (update ${cases} c set location_node_id = p.ref_id,
      lng = p.lng + (hashtext(c.id::text || 'lng') % 1000) / 1000.0 * 0.0001,
      lat = p.lat + (hashtext(c.id::text || 'lat') % 1000) / 1000.0 * 0.0001
    from ${numberedBuildingPoints()} p
    where c.lat is null and c.location_node_id is null and c.path like ${district}
      and ${notInLiterals(sql.raw('c.state'), TERMINAL_CASE_STATES)}
      and p.grid_path = substring(c.path from ${GRID_PATH_PATTERN}) and p.i = (hashtext(c.id::text) & 2147483647) % p.n
      returning 1)
    select count(*)::int as n from placed`);
  // Both drivers answer `{ rows }` (node-postgres and PGlite alike).
  const [row] = (result as unknown as { rows: { n: number }[] }).rows;
  return row?.n ?? 0;
}
