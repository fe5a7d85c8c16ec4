import type { Db } from './platform/db/database';
import type { DemoSeedContext, DemoTotals } from './platform/module-kit/module-manifest';
import { runDemoSteps } from './platform/module-kit/demo-steps';
import { hasDemoDistrict } from './modules/org';
import { MODULES } from './module-list';

/** True when the database has no demo district yet: the next start seeds every module's first-start demo data. */
export async function isFirstStart(db: Db): Promise<boolean> {
  return !(await hasDemoDistrict(db));
}

/**
 * Runs every module's demo steps in their order: all of them on a first start (and in `linli
 * generate`), only the idempotent every-start ones otherwise. Returns the totals the steps reported.
 */
export function seedDemo(ctx: DemoSeedContext, firstStart: boolean): Promise<DemoTotals> {
  return runDemoSteps(MODULES, ctx, firstStart);
}

/**
 * Seeds the demo as the server starts: a first start writes every step in ONE transaction, so a
 * start stopped midway (SIGTERM during start-up, a crash, SIGKILL) leaves no half demo behind —
 * the next start finds no demo district and begins again, instead of taking the district alone
 * for a finished demo and skipping the cases, claims and volunteers for good. Steps open their own
 * transactions, which become savepoints inside it. Later starts run the every-start steps as before.
 */
export function seedDemoOnStart(ctx: DemoSeedContext, firstStart: boolean): Promise<DemoTotals> {
  if (!firstStart) return seedDemo(ctx, false);
  return ctx.db.transaction((tx) => seedDemo({ ...ctx, db: tx as unknown as Db }, true));
}
