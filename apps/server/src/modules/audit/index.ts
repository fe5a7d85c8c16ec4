/** The audit module's public face: other modules import only from here. */
/** Mounts the audit-log reading routes. */
export { registerAuditRoutes } from './audit.routes';
/** The audit module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { auditModule } from './manifest';
