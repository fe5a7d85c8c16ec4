import { sql } from 'drizzle-orm';
import { TERMINAL_CASE_STATES } from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { inLiterals, notInLiterals } from '../../../platform/db/sql-literals';
import { GRID_PATH_PATTERN, numberedBuildingPoints } from '../../geo';
import { DEMO_DISTRICT_CODE, findDemoDistrict } from '../../org';
import { cases } from '../cases.tables';

/** Which demo cases a placing pass covers: the open ones, or the closed (terminal) ones. */
type CaseClass = 'open' | 'closed';

const classCondition = (which: CaseClass, column: string) =>
  which === 'open' ? notInLiterals(column, TERMINAL_CASE_STATES) : inLiterals(column, TERMINAL_CASE_STATES);

/** True when some case of the class in the demo district already has a coordinate (the pass ran, or people pinned). */
async function anyPinned(db: DbOrTx, which: CaseClass, district: string): Promise<boolean> {
  const pinned = await db
    .select({ id: cases.id })
    .from(cases)
    .where(sql`${cases.path} like ${district} and ${cases.lat} is not null and ${classCondition(which, 'state')}`)
    .limit(1);
  return pinned.length > 0;
}

/** Gives each case of the class without a place a building of its grid and a point beside it; returns how many. */
async function placeClass(db: DbOrTx, which: CaseClass, district: string): Promise<number> {
  const result = await db.execute(sql`
    with placed as (update ${cases} c set location_node_id = p.ref_id,
      lng = p.lng + (hashtext(c.id::text || 'lng') % 1000) / 1000.0 * 0.0001,
      lat = p.lat + (hashtext(c.id::text || 'lat') % 1000) / 1000.0 * 0.0001
    from ${numberedBuildingPoints()} p
    where c.lat is null and c.location_node_id is null and c.path like ${district}
      and ${classCondition(which, 'c.state')}
      and p.grid_path = substring(c.path from ${GRID_PATH_PATTERN}) and p.i = (hashtext(c.id::text) & 2147483647) % p.n
      returning 1)
    select count(*)::int as n from placed`);
  // Both drivers answer `{ rows }` (node-postgres and PGlite alike).
  const [row] = (result as unknown as { rows: { n: number }[] }).rows;
  return row?.n ?? 0;
}

/**
 * Puts the demo's cases on the map: each case of the demo district without a place gets a building of its grid
 * (picked by a hash of its id) as its place and that building's point, spread by up to ~10 m so cases of one building
 * do not stack. Every start, but each class acts only while none of its cases has a coordinate yet: open cases on the
 * first start (or the first of a data directory made before geography), closed ones then too (or on the first start
 * after they were added), so the map's layers of closed cases are not empty. After that a report without a pin keeps
 * none, as reported.
 */
export async function placeDemoCases(db: DbOrTx): Promise<number> {
  if (!(await findDemoDistrict(db))) return 0;
  const district = `/${DEMO_DISTRICT_CODE}/%`;
  let placed = 0;
  for (const which of ['open', 'closed'] as const) {
    if (!(await anyPinned(db, which, district))) placed += await placeClass(db, which, district);
  }
  return placed;
}
