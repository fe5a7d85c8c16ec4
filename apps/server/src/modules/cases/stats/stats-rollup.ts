import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../platform/db/database';
import type { Job } from '../../../platform/jobs/scheduler';
import { localDay } from '../../../platform/time/deadlines';
import { caseStatsDelta } from './stats-rollup.tables';
import { ROLLUP_COLUMNS, ROLLUP_COUNTS, contributionRows } from './stats-rollup.contributions';
import { categoryInsert, coarseInsert } from './stats-rollup.coarse';

/**
 * Appends what `caseIds` contribute right now to `case_stats_delta`, with `sign` −1 before a write
 * (taking the old contribution out) and +1 after it (putting the new one in), inside the write's
 * own transaction. Insert-only: concurrent writes to the same grid never wait on each other; only
 * writes to the same case do.
 */
export async function recordCaseStats(tx: DbOrTx, caseIds: string[], sign: 1 | -1): Promise<void> {
  if (caseIds.length === 0) return;
  const ids = sql.join(
    [...caseIds].sort().map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  // Taking the old contribution out must see the state the write changes: hold the cases (in id
  // order, so two writers never deadlock) until commit. Actions are serialised on the case anyway.
  if (sign === -1) await tx.execute(sql`select id from cases where id in (${ids}) order by id for update`);
  await tx.execute(sql`insert into case_stats_delta (${ROLLUP_COLUMNS}) ${contributionRows(sql`c.id in (${ids})`, sign)}`);
}

/** What a case just taken in is: its row's key columns as intake wrote them. */
export interface NewCaseKey {
  submittedAt: Date;
  path: string;
  streetCode: string;
  communityCode: string;
  gridCode: string;
  categoryId: string | null;
  highestTier: string;
}

/**
 * The dashboard delta rows of cases just taken in, built straight from their rows: nothing has
 * happened to a new case yet, so contributionRows yields exactly one row for it — received once on
 * its Beijing submission day, under its category and tier, with every other count 0 (the intake
 * test compares the two). Saves intake the generic contribution query (≈ 20 % of its rate); intake
 * writes these rows with its other inserts.
 */
export function newCaseStatsRows(rows: NewCaseKey[]): (typeof caseStatsDelta.$inferInsert)[] {
  return rows.map((r) => ({
    day: localDay(r.submittedAt),
    path: r.path,
    streetCode: r.streetCode,
    communityCode: r.communityCode,
    gridCode: r.gridCode,
    categoryId: r.categoryId,
    tier: r.highestTier,
    pairDay: null,
    received: 1,
  }));
}

/** Runs `write` between taking the cases' old contribution out and putting their new one in. */
export async function withCaseStats<T>(tx: DbOrTx, caseIds: string[], write: () => Promise<T>): Promise<T> {
  await recordCaseStats(tx, caseIds, -1);
  const result = await write();
  await recordCaseStats(tx, caseIds, 1);
  return result;
}

const sums = sql.raw(ROLLUP_COUNTS.map((c) => `sum(${c})::int`).join(', '));
const addExcluded = sql.raw(ROLLUP_COUNTS.map((c) => `${c} = case_stats_daily.${c} + excluded.${c}`).join(', '));
const keyColumns = sql.raw('day, path, street_code, community_code, grid_code, category_id, tier, pair_day');

/**
 * Moves every committed delta into `case_stats_daily` and the coarse tables (month and day level,
 * per community and per street, and the category tables) in one statement: a reader sees either the deltas or their fold,
 * never both. Deltas committed meanwhile wait for the next fold.
 */
export async function foldCaseStatsDeltas(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`
    with moved as (delete from case_stats_delta returning *),
    daily as (
      insert into case_stats_daily (${ROLLUP_COLUMNS})
      select ${keyColumns}, ${sums} from moved group by ${keyColumns}
      on conflict (day, grid_code, category_id, tier, pair_day) do update set ${addExcluded}
    ),
    monthly as (${coarseInsert('month', 'community', sql`moved`)}),
    monthly_street as (${coarseInsert('month', 'street', sql`moved`)}),
    monthly_category as (${categoryInsert('month', sql`moved`)}),
    day_community as (${coarseInsert('day', 'community', sql`moved`)}),
    day_street as (${coarseInsert('day', 'street', sql`moved`)})
    ${categoryInsert('day', sql`moved`)}`);
}

const SUMMED_TABLES = [
  'case_stats_daily',
  'case_stats_daily_coarse',
  'case_stats_daily_street',
  'case_stats_daily_category',
  'case_stats_monthly',
  'case_stats_monthly_street',
  'case_stats_monthly_category',
];
const ROLLUP_TABLES = sql.raw([...SUMMED_TABLES, 'case_stats_delta'].join(', '));

/**
 * Recomputes the whole rollup (daily and coarse) from the raw cases, limits and timeline (after a
 * bulk load, or when in doubt). Locks the rollup tables for the duration: run it when no cases are
 * being written.
 */
export async function rebuildCaseStatsRollup(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${ROLLUP_TABLES} in exclusive mode`);
    await tx.execute(sql`truncate ${ROLLUP_TABLES}`);
    await tx.execute(sql`insert into case_stats_daily (${ROLLUP_COLUMNS}) ${contributionRows(sql`true`, 1)}`);
    // The coarse levels sum the rows just built under a coarser key: the same contributions. Each
    // sums the finest level below it that has its key (months from the coarse days).
    await tx.execute(coarseInsert('day', 'community', sql`case_stats_daily`));
    await tx.execute(coarseInsert('day', 'street', sql`case_stats_daily_coarse`));
    await tx.execute(categoryInsert('day', sql`case_stats_daily`));
    await tx.execute(coarseInsert('month', 'community', sql`case_stats_daily_coarse`));
    await tx.execute(coarseInsert('month', 'street', sql`case_stats_daily_street`));
    await tx.execute(categoryInsert('month', sql`case_stats_daily_category`));
  });
  for (const table of SUMMED_TABLES) await db.execute(sql.raw(`analyze ${table}`));
}

/** Folds the case-stats deltas into the daily rollup every few seconds (one instance per tick). */
export const caseStatsFoldJob: Job = {
  name: 'case-stats-fold',
  everyMs: 5_000,
  async run(tx) {
    await foldCaseStatsDeltas(tx);
  },
};
