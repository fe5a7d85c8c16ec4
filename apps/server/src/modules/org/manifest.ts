import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as orgTables from './org.tables';
import { registerOrgRoutes } from './org.routes';
import { generateDemoDistrict } from './demo/generate-district';

/** The org module: the node tree, complexes, party organisations and settings; the demo district every other demo step builds on. */
export const orgModule: ModuleManifest = {
  name: 'org',
  tables: [orgTables],
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
