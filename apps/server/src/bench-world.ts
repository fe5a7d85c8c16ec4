import type { Db } from './platform/db/database';
import { createLiveCalendar } from './modules/calendar';
import { bulkLoadCases, rebuildCaseStatsRollup, seedCategories } from './modules/cases';
import { ensureDemoOpen311Client } from './modules/open311';
import { DEMO_DISTRICT_CODE, findNodeByCode } from './modules/org';
import { generateDemoClaims } from './modules/claims';

/** Options of {@link loadBenchExtras}. */
export interface BenchExtrasOptions {
  cases: number;
  seed: number;
  demoPassword: string;
  now?: Date;
  onProgress?: (done: number, total: number, stage: string) => void;
}

/**
 * Everything the first start adds to a freshly generated demo district, at benchmark size: the
 * case categories, `cases` cases over three years (bulk path) with the dashboard rollup rebuilt
 * from them, the Open311 demo client and the claims demo. Used by `generate --cases N`, which builds the benchmark world (bench/).
 */
export async function loadBenchExtras(db: Db, options: BenchExtrasOptions): Promise<Record<string, number>> {
  const categories = await seedCategories(db);
  const calendar = await createLiveCalendar(db);
  const totals = await bulkLoadCases(db, calendar, {
    count: options.cases,
    now: options.now ?? new Date(),
    seed: options.seed,
    onProgress: options.onProgress,
  });
  // The dashboard reads a rollup the bulk path bypasses: recompute it once from the raw rows.
  options.onProgress?.(0, 1, '统计汇总 / case-stats rollup');
  await rebuildCaseStatsRollup(db);
  options.onProgress?.(1, 1, '统计汇总 / case-stats rollup');
  const district = await findNodeByCode(db, DEMO_DISTRICT_CODE, ['district']);
  if (district) await ensureDemoOpen311Client(db, district.id);
  const claims = await generateDemoClaims(db, { demoPassword: options.demoPassword });
  return { categories, ...totals, ...claims };
}
