import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import type { Job } from '../jobs/scheduler';
import { rateCounters } from './rate-counters.tables';

/** Windows start on China time (UTC+8), so a day window is a calendar day there. */
const CHINA_OFFSET_MS = 8 * 3600_000;
/** Counters of windows older than this are deleted (the longest window is a day). */
const KEEP_MS = 2 * 24 * 3600_000;

/** One budget: at most `limit` uses per fixed window of `windowMs` under `key`. */
export interface Budget {
  key: string;
  windowMs: number;
  limit: number;
}

/** Start of the fixed window of `windowMs` that holds `now`. */
export function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor((now.getTime() + CHINA_OFFSET_MS) / windowMs) * windowMs - CHINA_OFFSET_MS);
}

/**
 * Takes one use from a budget, answering false (and counting nothing) when it is spent. One
 * conditional upsert, so simultaneous callers on any instance never take more than `limit`.
 */
export async function takeFromBudget(db: DbOrTx, budget: Budget, now: Date): Promise<boolean> {
  if (budget.limit <= 0) return false;
  const rows = await db
    .insert(rateCounters)
    .values({ key: budget.key, windowStart: windowStartOf(now, budget.windowMs), count: 1 })
    .onConflictDoUpdate({
      target: [rateCounters.key, rateCounters.windowStart],
      set: { count: sql`${rateCounters.count} + 1` },
      setWhere: sql`${rateCounters.count} < ${budget.limit}`,
    })
    .returning({ count: rateCounters.count });
  return rows.length > 0;
}

/** Deletes counters of windows that closed over two days ago, once an hour. */
export const rateCounterCleanupJob: Job = {
  name: 'rate-counter-cleanup',
  everyMs: 3600_000,
  async run(tx, now) {
    await tx.delete(rateCounters).where(lt(rateCounters.windowStart, new Date(now.getTime() - KEEP_MS)));
  },
};
