/** The auth module's public face: other modules import only from here. */
export { findActor } from './authenticate';
export { registerAccessGate, routesOutsideTheTable } from './access-gate';
export { registerAuthRoutes } from './auth.routes';
export { sha256 } from './auth.service';
export {
  usersHoldingRoles,
  listPostsAt,
  listPostsWithRole,
  listPostsOfUser,
  userNamesById,
  userNameOf,
  listActiveHoldersCovering,
  holderIdsCovering,
  holderIdsAt,
} from './auth.repository';
export { insertDemoAccounts, type DemoAccountSpec } from './demo-accounts';
export { findAccountName, ensureSystemAccount, type AccountName } from './system-accounts';
export { forgetActors, sessionCache } from './session-cache';
export { sessionPurgeJob } from './session-purge';
/** The auth module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { authModule } from './manifest';
/** Accounts and posts as other modules manage them (user admin, partner liaisons, demo accounts). */
export {
  findAccount,
  findAccountByUsername,
  findAccountIdByPhoneHash,
  findAccountsByUsername,
  listAccounts,
  insertAccount,
  updateAccount,
  listPostsWithNodeNames,
  findPostOf,
  findPostsWithRole,
  insertPosts,
  deletePost,
  listPostHolders,
  countPostsUnder,
  takenPhoneHashes,
  accountsWithoutPhoneMaskUnder,
  setPhoneMasks,
  type HolderFilter,
  type AccountRow,
  type PostRow,
} from './accounts.repository';
