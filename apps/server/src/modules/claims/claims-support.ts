import { and, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/auth/actor';
import { communityPathsOf } from '../../platform/auth/community-paths';
import { nodeNamesById, requireCommunity, requireStaffCommunity } from '../org';
import { staffScope } from './claims-access';

// Helpers the claims services share that are not visibility rules (those live in claims-access.ts).

/** A beneficiary's or orderer's name as the public sees it: surname only (DOMAIN §3: no sensitive details shown publicly). */
export function maskName(name: string): string {
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 2))}`;
}

/** A community node by id, or a 400 naming `field` (org's check). */
export const getCommunity = requireCommunity;

/**
 * The community a staff command is about: the one given, which must lie in the actor's staff
 * scope (else 404, as for any record outside it), or the actor's only community when none is given.
 */
export async function staffCommunity(db: DbOrTx, actor: Actor, communityId: string | undefined): Promise<{ id: string; path: string; name: string }> {
  return requireStaffCommunity(db, staffScope(actor), communityId, communityPathsOf(actor.posts, ['communityStaff']));
}

/** Names of org nodes by id. */
export async function nodeNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  return nodeNamesById(db, ids);
}

/** Throws VALIDATION_FAILED for the first required field the input lacks. */
export function requireFields(required: readonly string[], input: Record<string, unknown>): void {
  for (const field of required) {
    const value = input[field];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
      throw new AppError('VALIDATION_FAILED', `此操作需要填写 ${field}`, field);
  }
}

/** `and` that accepts an empty list. */
export function allOf(conditions: SQL[]): SQL {
  return conditions.length ? (and(...conditions) as SQL) : sql`true`;
}
