import type { AppDeps } from '../../platform/app-deps';
import type { DbOrTx } from '../../platform/db/database';
import { userNamesById } from '../auth';
import { nodeNamesById, requireCommunity, requireStaffCommunity } from '../org';
import type { VolunteersScope } from './volunteers-access';

// Helpers the volunteers services share that are not visibility rules (those live in volunteers-access.ts).

/** The clock of the app (tests move it). */
export function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** A community node by id, or a 400 naming `field` (org's check). */
export const getCommunity = requireCommunity;

/**
 * The community a staff command is about: the one given, which must lie in the scope's staff area
 * (else 404, like any row outside it), or the actor's only community when none is given.
 */
export async function staffCommunity(db: DbOrTx, scope: VolunteersScope, communityId: string | undefined): Promise<{ id: string; path: string; name: string }> {
  return requireStaffCommunity(db, scope.staff, communityId, scope.staffCommunities);
}

/** Names of org nodes by id. */
export async function nodeNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  return nodeNamesById(db, ids);
}

/** Display names of users by id. */
export async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  return userNamesById(
    db,
    ids.filter((i): i is string => Boolean(i)),
  );
}
