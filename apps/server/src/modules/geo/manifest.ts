import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as geoTables from './geo.tables';
import { registerGeoRoutes } from './geo.routes';
import { generateDemoGeometry } from './demo/generate-demo-geometry';

/** The geo module: outlines of the area tree and points of buildings and complexes, spatial lookups, notice boards. */
export const geoModule: ModuleManifest = {
  name: 'geo',
  tables: [geoTables],
  registerRoutes: registerGeoRoutes,
  demo: [
    {
      name: 'demo-geometry',
      // Every start, idempotent: a data directory made before geography existed gets its maps on the next start.
      when: 'everyStart',
      after: ['directory.district'],
      run: async (ctx) => ({ ...(await generateDemoGeometry(ctx.db, ctx.seed)) }),
    },
  ],
};
