import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as orgTables from './org.tables';
import { orgAuditRecords } from './audit-records';

/** The org module: the area tree, complexes, party organisations and settings (browsed and seeded by `directory`). */
export const orgModule: ModuleManifest = {
  name: 'org',
  auditRecords: orgAuditRecords,
  tables: [orgTables],
};
