import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@linli/shared';
import { pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { scopeForRoles, type Actor } from '../../platform/auth/actor';
import { nodeNamesById, queryNode } from '../org';
import { partnerUnits, unitRegistrations } from './claims.tables';

/** Roles that manage lists, wishes and registrations for the communities under their posts. */
export const CLAIMS_STAFF_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff'];

/** Roles that create partner units (units work across communities). */
export const UNIT_ADMIN_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer'];

/** The staff scope: the subtrees where the actor manages claims (DESIGN rule 3). */
export function staffScope(actor: Actor): DataScope {
  return scopeForRoles(actor, CLAIMS_STAFF_ROLES);
}

/** True when the actor is staff whose area covers `path`. */
export function isStaffFor(actor: Actor, path: string): boolean {
  return pathInScope(path, staffScope(actor));
}

/** A beneficiary's or orderer's name as the public sees it: surname only (DOMAIN §3: no sensitive details shown publicly). */
export function maskName(name: string): string {
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 2))}`;
}

/** The community path (`/district/street/community/`) at or above a node path, or null above community level. */
export function communityPathOf(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.length >= 3 ? `/${codes.slice(0, 3).join('/')}/` : null;
}

/** Communities the actor belongs to through posts of `roles` (a resident's house, a member's community). */
export function communityPathsOf(actor: Actor, roles: readonly Role[]): string[] {
  return [
    ...new Set(
      actor.posts
        .filter((p) => roles.includes(p.role))
        .map((p) => communityPathOf(p.nodePath))
        .filter((p): p is string => p !== null),
    ),
  ];
}

/** SQL "the row's community is one of these paths", matching nothing for none. */
export function inCommunities(column: Parameters<typeof inArray>[0], paths: string[]): SQL {
  return paths.length ? (inArray(column, paths) as SQL) : sql`false`;
}

/** SQL "inside the actor's staff scope". */
export function staffCondition(column: Parameters<typeof scopeCondition>[0], actor: Actor): SQL {
  return scopeCondition(column, staffScope(actor));
}

/** A community node by id, or a 400 naming `field`. */
export async function getCommunity(db: DbOrTx, id: string, field = 'communityId'): Promise<{ id: string; path: string; name: string }> {
  const node = await queryNode(db, { id });
  if (!node || node.kind !== 'community') throw new AppError('VALIDATION_FAILED', '所选社区不存在', field);
  return { id: node.id, path: node.path, name: node.name };
}

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

/** Community ids where units the actor is liaison of are registered, with the unit ids per community. */
export async function liaisonRegistrations(db: DbOrTx, actor: Actor): Promise<{ unitId: string; communityId: string; path: string }[]> {
  return db
    .select({ unitId: unitRegistrations.unitId, communityId: unitRegistrations.communityId, path: unitRegistrations.path })
    .from(unitRegistrations)
    .innerJoin(partnerUnits, eq(partnerUnits.id, unitRegistrations.unitId))
    .where(eq(partnerUnits.liaisonUserId, actor.userId));
}

/** Units the actor is liaison of. */
export async function liaisonUnitIds(db: DbOrTx, actor: Actor): Promise<string[]> {
  const rows = await db.select({ id: partnerUnits.id }).from(partnerUnits).where(eq(partnerUnits.liaisonUserId, actor.userId));
  return rows.map((r) => r.id);
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
