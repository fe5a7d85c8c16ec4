import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as authTables from './auth.tables';
import { registerAuthRoutes } from './auth.routes';
import { sessionPurgeJob } from './session-purge';
import { authAuditRecords } from './audit-records';

/** The auth module: users, posts and sessions; login, session and residence-claim routes; the idle-session purge. */
export const authModule: ModuleManifest = {
  name: 'auth',
  tables: [authTables],
  registerRoutes: registerAuthRoutes,
  jobs: (deps) => [sessionPurgeJob(deps.sessionIdleMinutes)],
  auditRecords: authAuditRecords,
};
