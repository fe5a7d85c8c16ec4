import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { registerAuditRoutes } from './audit.routes';
import { auditExportSource } from './audit-export-source';

/** The audit module: reading the audit log (the log itself is platform's, every module writes it). */
export const auditModule: ModuleManifest = {
  name: 'audit',
  registerRoutes: registerAuditRoutes,
  exports: (modules) => [auditExportSource(modules)],
};
