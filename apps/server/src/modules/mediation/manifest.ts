import { disputeExportSource } from './dispute-export';
import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { mediationAuditRecords } from './audit-records';
import { mediationOutboxHandlers } from './case-link';
import { disputeRemindersJob } from './dispute-reminders';
import { generateDemoMediation } from './demo/generate-demo-mediation';
import { registerMediationRoutes } from './mediation.routes';
import * as mediationTables from './mediation.tables';

/** The mediation module (人民调解): committees and mediators, disputes through their workflow, documents, figures; demo disputes. */
export const mediationModule: ModuleManifest = {
  name: 'mediation',
  tables: [mediationTables],
  registerRoutes: registerMediationRoutes,
  jobs: () => [disputeRemindersJob],
  outboxHandlers: mediationOutboxHandlers,
  auditRecords: mediationAuditRecords,
  exports: () => [disputeExportSource],
  demo: [
    {
      // Reads the demo district's communities and accounts, and links some demo 矛盾纠纷 cases to disputes (转人民调解).
      name: 'demo-mediation',
      when: 'firstStart',
      after: ['cases.demo-cases'],
      run: async ({ db, cipher, now, demoPassword }) => ({ ...(await generateDemoMediation(db, cipher, { now, demoPassword })) }),
    },
  ],
  demoAccounts: [['mediator1', '清泉社区人民调解员']],
};
