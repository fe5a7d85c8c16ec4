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
