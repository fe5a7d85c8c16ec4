/** The auth module's public face: other modules import only from here. */
export { findActor } from './authenticate';
export { registerAccessGate } from './access-gate';
export { registerAuthRoutes } from './auth.routes';
export { users, posts, sessions } from './auth.tables';
export { sha256 } from './auth.service';
export { usersHoldingRoles, listPostsAt, listPostsWithRole } from './auth.repository';
export { insertDemoAccounts, type DemoAccountSpec } from './demo-accounts';
export { findAccountName, ensureSystemAccount, type AccountName } from './system-accounts';
export { forgetActors, sessionCache } from './session-cache';
export { sessionPurgeJob } from './session-purge';
/** The auth module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { authModule } from './manifest';
