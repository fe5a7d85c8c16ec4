/** The audit module's public face: other modules import only from here. */
/** Mounts the audit-log reading routes. */
export { registerAuditRoutes } from './audit.routes';
