import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { DELIBERATION_STAFF_ROLES, RESERVABLE_ROLES, type ReservableRole } from '@linli/shared';
import { buildScope, pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { AppDeps } from '../../platform/app-deps';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import type { Actor } from '../../platform/auth/actor';
import { queryNode, requireCommunity } from '../org';
import { meetingRegistrations, meetingSeries, meetings, suggestions } from './deliberation.tables';
import { meetingBallots, meetingVotes } from './votes.tables';

// The deliberation module's visibility rules, in one place (DESIGN rule 3). A request builds its
// DeliberationScope once; the repository's reads take it and apply the rule of their table.

declare const deliberationScopeBrand: unique symbol;

/** Who one request is to the deliberation module; only {@link deliberationScope} makes one. */
export interface DeliberationScope {
  readonly userId: string;
  /** The subtrees where the actor runs meetings and suggestions (community staff and above). */
  readonly staff: DataScope;
  /** Communities where the actor lives or serves (resident, party member, building lead, partner liaison posts). */
  readonly homePaths: string[];
  /** The actor's reservable roles by community path (which reserved seats they may take). */
  readonly rolesByCommunity: ReadonlyMap<string, ReservableRole[]>;
  readonly [deliberationScopeBrand]: true;
}

/** The clock of the app (tests move it). */
export function nowOf(deps: Pick<AppDeps, 'now'>): Date {
  return deps.now ? deps.now() : new Date();
}

/** The community path (`/district/street/community/`) at or above a node path, or null above community level. */
export function communityPathOf(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.length >= 3 ? `/${codes.slice(0, 3).join('/')}/` : null;
}

/** The request's deliberation scope, from the actor's posts (no query). */
export function deliberationScope(actor: Actor): DeliberationScope {
  const rolesByCommunity = new Map<string, ReservableRole[]>();
  for (const p of actor.posts) {
    if (!(RESERVABLE_ROLES as readonly string[]).includes(p.role)) continue;
    const community = communityPathOf(p.nodePath);
    if (!community) continue;
    const roles = rolesByCommunity.get(community) ?? [];
    if (!roles.includes(p.role as ReservableRole)) roles.push(p.role as ReservableRole);
    rolesByCommunity.set(community, roles);
  }
  const scope = { userId: actor.userId, staff: buildScope(actor.posts, DELIBERATION_STAFF_ROLES), homePaths: [...rolesByCommunity.keys()], rolesByCommunity };
  return scope as unknown as DeliberationScope;
}

/** True when the scope's staff area covers `path`. */
export function isStaffFor(scope: DeliberationScope, path: string): boolean {
  return pathInScope(path, scope.staff);
}

function inPaths(column: Parameters<typeof inArray>[0], paths: string[]): SQL {
  return paths.length ? (inArray(column, paths) as SQL) : sql`false`;
}

/** Meetings: staff in their area, residents and members those of their communities. */
export function visibleMeetings(scope: DeliberationScope): SQL {
  return or(scopeCondition(meetings.path, scope.staff), inPaths(meetings.path, scope.homePaths)) as SQL;
}

/** Series: as meetings. */
export function visibleSeries(scope: DeliberationScope): SQL {
  return or(scopeCondition(meetingSeries.path, scope.staff), inPaths(meetingSeries.path, scope.homePaths)) as SQL;
}

/** Registrations: staff of the meeting's area, and one's own. */
export function visibleRegistrations(scope: DeliberationScope): SQL {
  return or(scopeCondition(meetingRegistrations.path, scope.staff), eq(meetingRegistrations.userId, scope.userId)) as SQL;
}

/** Suggestions: staff in their area, and the suggester their own. */
export function visibleSuggestions(scope: DeliberationScope): SQL {
  return or(scopeCondition(suggestions.path, scope.staff), eq(suggestions.suggesterUserId, scope.userId)) as SQL;
}

/** Votes: as meetings (staff in their area, residents and members those of their communities). */
export function visibleVotes(scope: DeliberationScope): SQL {
  return or(scopeCondition(meetingVotes.path, scope.staff), inPaths(meetingVotes.path, scope.homePaths)) as SQL;
}

/** Ballots: one's own only; staff see counts, never who chose what. */
export function visibleBallots(scope: DeliberationScope): SQL {
  return eq(meetingBallots.userId, scope.userId);
}

/** Throws FORBIDDEN unless the scope is staff over `path`. */
export function requireStaffFor(scope: DeliberationScope, path: string, what = '此操作'): void {
  if (!isStaffFor(scope, path)) throw new AppError('FORBIDDEN', `只有社区工作人员可以${what}`);
}

/**
 * The community a staff command is about: the one given, which must lie in the staff scope (else 404,
 * like any row outside it), or the actor's only staff community when none is given.
 */
export async function staffCommunity(
  db: DbOrTx,
  scope: DeliberationScope,
  communityId: string | undefined,
): Promise<{ id: string; path: string; name: string }> {
  if (communityId) {
    const community = await requireCommunity(db, communityId);
    if (!isStaffFor(scope, community.path)) notFound('社区');
    return community;
  }
  const own = scope.staff.paths.map(communityPathOf).filter((p): p is string => p !== null && scope.staff.paths.includes(p));
  if (scope.staff.all || own.length !== 1) throw new AppError('VALIDATION_FAILED', '请选择社区', 'communityId');
  const node = await queryNode(db, { path: own[0] });
  if (!node) notFound('社区');
  return { id: node.id, path: node.path, name: node.name };
}
