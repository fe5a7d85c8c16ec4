import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as claimsTables from './claims.tables';
import { registerClaimsRoutes } from './claims.routes';
import { claimsSweepJob } from './claims-sweep';
import { claimsOutboxHandlers } from './referred-needs';
import { generateDemoClaims } from './demo/generate-demo-claims';
import { generateDemoPartnerWork } from './demo/generate-demo-partner-work';
import { generateDemoPendingRegistrations } from './demo/generate-demo-pending-registrations';
import { claimsAuditRecords } from './audit-records';

/** The claims module (双报到): members, partner units, needs, wishes, orders, points; its sweep; the claims demo. */
export const claimsModule: ModuleManifest = {
  name: 'claims',
  auditRecords: claimsAuditRecords,
  tables: [claimsTables],
  registerRoutes: registerClaimsRoutes,
  jobs: () => [claimsSweepJob],
  // Referred needs follow their cases: case.closed / case.reopened from cases.
  outboxHandlers: claimsOutboxHandlers,
  demo: [
    {
      name: 'demo-claims',
      when: 'firstStart',
      after: ['directory.district'],
      run: async ({ db, demoPassword }) => ({ ...(await generateDemoClaims(db, { demoPassword })) }),
    },
    {
      // Every start, idempotent (skips once liaison1 exists): data dirs made before it existed gain it too.
      name: 'partner-work',
      when: 'everyStart',
      after: ['claims.demo-claims', 'cases.categories'],
      run: async ({ db, calendar, cipher, demoPassword }) => ({ ...(await generateDemoPartnerWork({ db, calendar, cipher }, { demoPassword })) }),
    },
    {
      name: 'pending-registrations',
      when: 'everyStart',
      after: ['claims.demo-claims'],
      run: async ({ db, demoPassword }) => ({ ...(await generateDemoPendingRegistrations(db, { demoPassword })) }),
    },
  ],
  demoAccounts: [['liaison1', '共建单位联络人（liaison1 至 liaison5）']],
};
