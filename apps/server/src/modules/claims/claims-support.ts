import { and, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import type { Actor } from '../../platform/auth/actor';
import { nodeNamesById, queryNode, requireCommunity } from '../org';
import { communityPathsOf, isStaffFor } from './claims-access';

// Helpers the claims services share that are not visibility rules (those live in claims-access.ts).

/** A beneficiary's or orderer's name as the public sees it: surname only (DOMAIN §3: no sensitive details shown publicly). */
export function maskName(name: string): string {
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 2))}`;
}

/** A community node by id, or a 400 naming `field` (org's check). */
export const getCommunity = requireCommunity;

/**
 * The community a staff command is about: the one given, which must lie in the actor's staff
 * scope, or the actor's only community when none is given.
 */
export async function staffCommunity(db: DbOrTx, actor: Actor, communityId: string | undefined): Promise<{ id: string; path: string; name: string }> {
  if (communityId) {
    const community = await getCommunity(db, communityId);
    if (!isStaffFor(actor, community.path)) throw new AppError('FORBIDDEN', '该社区不在您的管辖范围内');
    return community;
  }
  const own = communityPathsOf(actor, ['communityStaff']);
  if (own.length !== 1) throw new AppError('VALIDATION_FAILED', '请选择社区', 'communityId');
  const node = await queryNode(db, { path: own[0] });
  if (!node) notFound('社区');
  return { id: node.id, path: node.path, name: node.name };
}

/** Names of org nodes by id. */
export async function nodeNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  return nodeNamesById(db, ids);
}

/** True when `err` (or its cause) is a unique-constraint violation on `constraint`. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (!e.constraint || e.constraint === constraint || e.message?.includes(constraint))) return true;
  }
  return false;
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
