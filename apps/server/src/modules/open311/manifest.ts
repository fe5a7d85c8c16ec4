import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { DEMO_DISTRICT_CODE, queryNode } from '../org';
import * as open311Tables from './open311.tables';
import { ensureDemoOpen311Client } from './open311-clients';
import { registerOpen311Routes } from './open311.routes';

/** The Open311 module: partner clients and the GeoReport v2 routes; a demo client for the demo district. */
export const open311Module: ModuleManifest = {
  name: 'open311',
  tables: [open311Tables],
  registerRoutes: registerOpen311Routes,
  demo: [
    {
      name: 'demo-client',
      when: 'firstStart',
      after: ['directory.district'],
      async run({ db }) {
        const district = await queryNode(db, { code: DEMO_DISTRICT_CODE });
        if (district) await ensureDemoOpen311Client(db, district.id);
      },
    },
  ],
};
