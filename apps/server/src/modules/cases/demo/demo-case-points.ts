import { sql } from 'drizzle-orm';
import { TERMINAL_CASE_STATES } from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { notInLiterals } from '../../../platform/db/sql-literals';
import { GRID_PATH_PATTERN, numberedBuildingPoints } from '../../geo';
import { DEMO_DISTRICT_CODE, findDemoDistrict } from '../../org';
import { cases } from '../cases.tables';

/**
 * Puts the demo's open cases on the map: each open demo case without a place gets a building of its grid (picked by a
 * hash of its id, so reruns agree) as its place and that building's point, spread by up to ~10 m so cases of one
 * building do not stack. Every start, idempotent (only cases still without a coordinate), and only cases submitted
 * before the demo was generated: a real report is never given a place it did not state. Closed cases keep none.
 */
export async function placeDemoCases(db: DbOrTx): Promise<number> {
  const demo = await findDemoDistrict(db);
  if (!demo) return 0;
  const result = await db.execute(sql`
    with placed as (update ${cases} c set location_node_id = p.ref_id,
      lng = p.lng + (hashtext(c.id::text || 'lng') % 1000) / 1000.0 * 0.0001,
      lat = p.lat + (hashtext(c.id::text || 'lat') % 1000) / 1000.0 * 0.0001
    from ${numberedBuildingPoints()} p
    where c.lat is null and c.location_node_id is null and c.path like ${`/${DEMO_DISTRICT_CODE}/%`}
      and c.submitted_at <= ${new Date(demo.at)} and ${notInLiterals(sql.raw('c.state'), TERMINAL_CASE_STATES)}
      and p.grid_path = substring(c.path from ${GRID_PATH_PATTERN}) and p.i = (hashtext(c.id::text) & 2147483647) % p.n
      returning 1)
    select count(*)::int as n from placed`);
  // Both drivers answer `{ rows }` (node-postgres and PGlite alike).
  const [row] = (result as unknown as { rows: { n: number }[] }).rows;
  return row?.n ?? 0;
}
