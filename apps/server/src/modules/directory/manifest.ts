import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { registerOrgRoutes } from './directory.routes';
import { generateDemoDistrict } from './demo/generate-demo-district';
import { giveDemoContacts } from './demo/demo-contacts';

/**
 * The directory module: the browse API over the area tree with what hangs on it (/api/org/*), and the demo district
 * every other demo step builds on. It owns no tables: the tree is org's, households residents', accounts auth's.
 */
export const directoryModule: ModuleManifest = {
  name: 'directory',
  tables: [],
  registerRoutes: registerOrgRoutes,
  demo: [
    {
      name: 'district',
      when: 'firstStart',
      run: async (ctx) => ({
        ...(await generateDemoDistrict(ctx.db, ctx.cipher, {
          households: ctx.households,
          seed: ctx.seed,
          demoPassword: ctx.demoPassword,
          onProgress: ctx.onProgress,
        })),
      }),
    },
    {
      // Every start, idempotent: building leads and masked phones for the notice boards, also in data dirs made before
      // them; after the steps that add accounts (partner liaisons, pending residents, mediators), so theirs get one too.
      name: 'demo-contacts',
      when: 'everyStart',
      after: ['directory.district', 'claims.demo-claims', 'claims.partner-work', 'claims.pending-registrations', 'mediation.demo-mediation'],
      run: async (ctx) => ({ ...(await ctx.db.transaction((tx) => giveDemoContacts(tx, ctx.demoPassword, ctx.now))) }),
    },
  ],
  demoAccounts: [
    ['admin', '系统管理员'],
    ['district', '薛城区管理员'],
    ['street-lc', '临城街道工作人员'],
    ['community-qq', '清泉社区工作人员'],
    ['community-lt', '龙潭社区工作人员'],
    ['grid-qq1', '清泉社区第一网格网格员'],
    ['dept-cg', '区城管局工作人员'],
    ['resident1', '清泉社区居民'],
    ['member1', '在职党员（清泉社区报到）'],
  ],
};
