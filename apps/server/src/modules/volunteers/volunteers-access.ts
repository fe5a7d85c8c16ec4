import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { VOLUNTEER_STAFF_ROLES } from '@linli/shared';
import { pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { AppDeps } from '../../platform/app-deps';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { userNamesById } from '../auth';
import { scopeForRoles, type Actor } from '../../platform/auth/actor';
import { nodeNamesById, queryNode, requireCommunity } from '../org';
import { volunteerActivities, volunteerPosts, volunteerRotations, volunteerSkills, volunteerTeams } from './volunteers.tables';

// The role set lives once, in shared; re-exported for the route file until it imports it from there.
export { VOLUNTEER_STAFF_ROLES };

/** The clock of the app (tests move it). */
export function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The staff scope: the subtrees where the actor manages volunteer work (DESIGN rule 3). */
export function staffScope(actor: Actor): DataScope {
  return scopeForRoles(actor, VOLUNTEER_STAFF_ROLES);
}

/** True when the actor is staff whose area covers `path`. */
export function isStaffFor(actor: Actor, path: string): boolean {
  return pathInScope(path, staffScope(actor));
}

/** SQL "inside the actor's staff scope". */
export function staffCondition(column: Parameters<typeof scopeCondition>[0], actor: Actor): SQL {
  return scopeCondition(column, staffScope(actor));
}

/** The community path (`/district/street/community/`) at or above a node path, or null above community level. */
export function communityPathOf(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.length >= 3 ? `/${codes.slice(0, 3).join('/')}/` : null;
}

/** Communities where the actor is a registered party member (their partyMember posts). */
export function memberCommunityPaths(actor: Actor): string[] {
  return [
    ...new Set(
      actor.posts
        .filter((p) => p.role === 'partyMember')
        .map((p) => communityPathOf(p.nodePath))
        .filter((p): p is string => p !== null),
    ),
  ];
}

/** SQL "the row's community is one of these paths", matching nothing for none. */
export function inPaths(column: Parameters<typeof inArray>[0], paths: string[]): SQL {
  return paths.length ? (inArray(column, paths) as SQL) : sql`false`;
}

// The module's visibility rules, one per table (DESIGN rule 3); services put these in their reads, never a scope condition of their own.

/** Activities: staff in their area, party members those of their communities. */
export function visibleActivities(actor: Actor): SQL {
  return or(staffCondition(volunteerActivities.path, actor), inPaths(volunteerActivities.path, memberCommunityPaths(actor))) as SQL;
}

/** Volunteer posts 志愿岗: staff in their area, party members those of their communities. */
export function visiblePosts(actor: Actor): SQL {
  return or(staffCondition(volunteerPosts.path, actor), inPaths(volunteerPosts.path, memberCommunityPaths(actor))) as SQL;
}

/** Station rotations, as staff manage them: their area. */
export function managedRotations(actor: Actor): SQL {
  return staffCondition(volunteerRotations.path, actor);
}

/** Service teams: staff in their area. */
export function visibleTeams(actor: Actor): SQL {
  return staffCondition(volunteerTeams.path, actor);
}

/** The skills library: staff in their area. */
export function visibleSkills(actor: Actor): SQL {
  return staffCondition(volunteerSkills.path, actor);
}

/** A community node by id, or a 400 naming `field` (org's check). */
export const getCommunity = requireCommunity;

/**
 * The community a staff command is about: the one given, which must lie in the actor's staff
 * scope (else 404, like any row outside it), or the actor's only community when none is given.
 */
export async function staffCommunity(db: DbOrTx, actor: Actor, communityId: string | undefined): Promise<{ id: string; path: string; name: string }> {
  if (communityId) {
    const community = await getCommunity(db, communityId);
    if (!isStaffFor(actor, community.path)) notFound('社区');
    return community;
  }
  const own = [
    ...new Set(
      actor.posts
        .filter((p) => p.role === 'communityStaff')
        .map((p) => communityPathOf(p.nodePath))
        .filter((p): p is string => p !== null),
    ),
  ];
  if (own.length !== 1) throw new AppError('VALIDATION_FAILED', '请选择社区', 'communityId');
  const node = await queryNode(db, { path: own[0] });
  if (!node) notFound('社区');
  return { id: node.id, path: node.path, name: node.name };
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

/** True when `err` (or its cause) is a unique-constraint violation on `constraint`. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (!e.constraint || e.constraint === constraint || e.message?.includes(constraint))) return true;
  }
  return false;
}
