import { meetingExportSource, suggestionExportSource } from './export-sources';
import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as deliberationTables from './deliberation.tables';
import * as voteTables from './votes.tables';
import { registerDeliberationRoutes } from './deliberation.routes';
import { meetingCalendarJob } from './calendar.service';
import { closeRemindersJob } from './close-reminders';
import { deliberationOutboxHandlers } from './case-reaction';
import { deliberationAuditRecords } from './audit-records';
import { generateDemoDeliberation } from './demo/generate-demo-deliberation';

/** The deliberation module (议事协商): meetings and their calendar, registration, minutes, suggestions and the funnel. */
export const deliberationModule: ModuleManifest = {
  name: 'deliberation',
  tables: [deliberationTables, voteTables],
  registerRoutes: registerDeliberationRoutes,
  jobs: () => [meetingCalendarJob, closeRemindersJob],
  // Tracked suggestions follow their linked case.
  outboxHandlers: deliberationOutboxHandlers,
  auditRecords: deliberationAuditRecords,
  exports: () => [meetingExportSource, suggestionExportSource],
  demo: [
    {
      // Reads the demo staff, residents and members, and opens tracked cases through cases.
      name: 'demo-deliberation',
      when: 'firstStart',
      after: ['claims.demo-claims', 'cases.categories'],
      run: async ({ db, calendar, cipher, now }) => ({ ...(await generateDemoDeliberation({ db, calendar, cipher }, { now })) }),
    },
  ],
};
