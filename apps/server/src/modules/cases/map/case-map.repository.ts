import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { TERMINAL_CASE_STATES, type BBox } from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { subtreeCondition } from '../../../platform/auth/data-scope';
import { notInLiterals } from '../../../platform/db/sql-literals';
import { caseCategories, cases } from '../cases.tables';
import { caseStatsDaily, caseStatsDelta } from '../stats/stats-rollup.tables';

/** The tree level case figures are grouped by: each has its code column on the case and on the rollup. */
export type FigureLevel = 'street' | 'community' | 'grid';

const CASE_CODE = { street: cases.streetCode, community: cases.communityCode, grid: cases.gridCode };
type RollupTable = typeof caseStatsDaily | typeof caseStatsDelta;
const ROLLUP_CODE = {
  street: (t: RollupTable) => t.streetCode,
  community: (t: RollupTable) => t.communityCode,
  grid: (t: RollupTable) => t.gridCode,
};

/** Open cases under `path` by the code of their `level` (an index-only scan of the open-cases index). */
export async function openCasesBy(db: DbOrTx, path: string, level: FigureLevel): Promise<Map<string, number>> {
  const code = CASE_CODE[level];
  const rows = await db
    .select({ code, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(notInLiterals('state', TERMINAL_CASE_STATES), subtreeCondition(cases.path, path)))
    .groupBy(code);
  return new Map(rows.map((r) => [r.code, r.n]));
}

/**
 * Cases received under `path` on Beijing days from `fromDay` on, by the code of their `level`: the dashboard's daily
 * rollup plus the deltas not folded into it yet, so a case reported a minute ago counts.
 */
export async function receivedSinceBy(db: DbOrTx, path: string, level: FigureLevel, fromDay: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of [caseStatsDaily, caseStatsDelta]) {
    const code = ROLLUP_CODE[level](table);
    const rows = await db
      .select({ code, n: sql<number>`coalesce(sum(${table.received}), 0)::int` })
      .from(table)
      .where(and(sql`${table.day} >= ${fromDay}`, subtreeCondition(table.path, path)))
      .groupBy(code);
    for (const r of rows) counts.set(r.code, (counts.get(r.code) ?? 0) + r.n);
  }
  return counts;
}

/** Open cases under `path` that carry a coordinate (inside `box` when given), newest first, at most `limit`. */
export async function openCasePoints(db: DbOrTx, path: string, box: BBox | undefined, limit: number) {
  const c: SQL[] = [notInLiterals('state', TERMINAL_CASE_STATES), subtreeCondition(cases.path, path), isNotNull(cases.lat), isNotNull(cases.lng)];
  if (box) c.push(sql`${cases.lng} between ${box[0]} and ${box[2]} and ${cases.lat} between ${box[1]} and ${box[3]}`);
  return db
    .select({
      id: cases.id,
      caseNo: cases.caseNo,
      title: cases.title,
      state: cases.state,
      categoryName: caseCategories.name,
      urgency: cases.urgency,
      overdue: cases.overdue,
      gridId: cases.gridId,
      lng: cases.lng,
      lat: cases.lat,
    })
    .from(cases)
    .leftJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
    .where(and(...c))
    .orderBy(desc(cases.id))
    .limit(limit);
}
