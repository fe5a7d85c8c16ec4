import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as volunteersTables from './volunteers.tables';
import { registerVolunteerRoutes } from './volunteers.routes';
import { generateDemoVolunteers } from './demo/generate-demo-volunteers';
import { volunteersAuditRecords } from './audit-records';

/** The volunteers module: teams, activities, sign-ups and hours; the demo teams and activities. */
export const volunteersModule: ModuleManifest = {
  name: 'volunteers',
  auditRecords: volunteersAuditRecords,
  tables: [volunteersTables],
  registerRoutes: registerVolunteerRoutes,
  demo: [
    {
      // Reads the demo members and partner units.
      name: 'demo-volunteers',
      when: 'firstStart',
      after: ['claims.demo-claims'],
      run: async ({ db }) => ({ ...(await generateDemoVolunteers(db)) }),
    },
  ],
};
