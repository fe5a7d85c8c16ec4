import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as casesTables from './cases.tables';
import * as hotlineTables from './hotline/hotline.tables';
import * as rollupTables from './stats/stats-rollup.tables';
import { registerCaseRoutes } from './cases.routes';
import { registerHotlineRoutes } from './hotline/hotline.routes';
import { registerCaseStatsRoutes } from './stats/stats.routes';
import { registerCaseMapRoutes } from './map/case-map.routes';
import { caseStatsFoldJob, rebuildCaseStatsRollup } from './stats/stats-rollup';
import { deadlineSweepJob } from './deadline-sweep';
import { seedCategories } from './categories.repository';
import { bulkLoadCases } from './demo/bulk-cases';
import { generateDemoCases } from './demo/generate-demo-cases';
import { placeDemoCases } from './demo/demo-case-points';
import { caseAuditRecords } from './audit-records';

/** The cases module: cases and their limits, the hotline, the dashboard rollup; the deadline sweep; categories and demo cases. */
export const casesModule: ModuleManifest = {
  name: 'cases',
  auditRecords: caseAuditRecords,
  tables: [casesTables, hotlineTables, rollupTables],
  registerRoutes(app, deps) {
    registerCaseStatsRoutes(app, deps);
    registerHotlineRoutes(app, deps);
    registerCaseRoutes(app, deps);
    registerCaseMapRoutes(app, deps);
  },
  jobs: () => [deadlineSweepJob, caseStatsFoldJob],
  demo: [
    {
      // Every start: a data dir made before the category tree existed gains it.
      name: 'categories',
      when: 'everyStart',
      async run(ctx) {
        const categories = await seedCategories(ctx.db);
        if (categories) ctx.log(`已导入案件分类 ${categories} 项（数字城管部件/事件分类 + 民生诉求 + 社会治理）`);
        return { categories };
      },
    },
    {
      name: 'demo-cases',
      when: 'firstStart',
      after: ['directory.district', 'cases.categories'],
      async run({ db, calendar, cases, seed, now = new Date(), onProgress }) {
        if (cases.count === 0) return { cases: 0 };
        const totals = cases.bulk
          ? { ...(await bulkLoadCases(db, calendar, { count: cases.count, now, seed, onProgress })) }
          : { cases: await generateDemoCases(db, calendar, { count: cases.count, now }) };
        // Demo cases are written in bulk, not through the workflow: fold them into the dashboard rollup once.
        onProgress(0, 1, '统计汇总 / case-stats rollup');
        await rebuildCaseStatsRollup(db);
        onProgress(1, 1, '统计汇总 / case-stats rollup');
        return totals;
      },
    },
    {
      // Every start, idempotent: the open demo cases get a building and its point once the district has geometry.
      name: 'demo-case-points',
      when: 'everyStart',
      after: ['cases.demo-cases', 'geo.demo-geometry'],
      run: async ({ db }) => ({ casePoints: await placeDemoCases(db) }),
    },
  ],
};
