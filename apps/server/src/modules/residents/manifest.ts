import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as residentsTables from './residents.tables';
import { registerResidentRoutes } from './residents.routes';
import { residentsAuditRecords } from './audit-records';
import { residentExportSource } from './resident-export';

/** The residents module: households and residents (the demo district writes them). */
export const residentsModule: ModuleManifest = {
  name: 'residents',
  auditRecords: residentsAuditRecords,
  tables: [residentsTables],
  registerRoutes: registerResidentRoutes,
  exports: () => [residentExportSource],
};
