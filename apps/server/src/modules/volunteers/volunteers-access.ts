import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { VOLUNTEER_STAFF_ROLES } from '@linli/shared';
import { communityPathsOf } from '../../platform/auth/community-paths';
import { pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import { scopeForRoles, type Actor } from '../../platform/auth/actor';
import { volunteerActivities, volunteerPosts, volunteerRotations, volunteerSkills, volunteerTeams } from './volunteers.tables';

// The volunteers module's visibility rules, in one place (DESIGN rule 3): which rows of activities,
// posts, rotations, teams and the skills library one request sees. A request builds its
// VolunteersScope once; the reads of volunteers-reads.ts take one and apply the rule of their
// table, so no service writes a scope condition by hand.

// The role set lives once, in shared; re-exported for the route file until it imports it from there.
export { VOLUNTEER_STAFF_ROLES };

declare const volunteersScopeBrand: unique symbol;

/** Who one request is to the volunteers module; only {@link volunteersScope} makes one. */
export interface VolunteersScope {
  readonly userId: string;
  /** The subtrees where the actor manages volunteer work. */
  readonly staff: DataScope;
  /** Communities where the actor is a registered party member (their partyMember posts). */
  readonly memberPaths: string[];
  /** Communities of the actor's communityStaff posts: where a staff command goes when it names none. */
  readonly staffCommunities: string[];
  readonly [volunteersScopeBrand]: true;
}

/** The staff scope: the subtrees where the actor manages volunteer work. */
export function staffScope(actor: Actor): DataScope {
  return scopeForRoles(actor, VOLUNTEER_STAFF_ROLES);
}

/** The request's volunteers scope from the actor's posts (no query). */
export function volunteersScope(actor: Actor): VolunteersScope {
  const scope = {
    userId: actor.userId,
    staff: staffScope(actor),
    memberPaths: communityPathsOf(actor.posts, ['partyMember']),
    staffCommunities: communityPathsOf(actor.posts, ['communityStaff']),
  };
  return scope as VolunteersScope;
}

/** True when the scope is staff over `path`. */
export function isStaff(scope: VolunteersScope, path: string): boolean {
  return pathInScope(path, scope.staff);
}

/** True when the scope's actor is a registered party member of the community at `path`. */
export function isMemberOf(scope: VolunteersScope, path: string): boolean {
  return scope.memberPaths.includes(path);
}

/** SQL "the row's community is one of these paths", matching nothing for none. */
function inPaths(column: Parameters<typeof inArray>[0], paths: string[]): SQL {
  return paths.length ? (inArray(column, paths) as SQL) : sql`false`;
}

/** Activities: staff in their area, party members those of their communities. */
export function visibleActivities(scope: VolunteersScope): SQL {
  return or(scopeCondition(volunteerActivities.path, scope.staff), inPaths(volunteerActivities.path, scope.memberPaths)) as SQL;
}

/** Volunteer posts 志愿岗: staff in their area, party members those of their communities. */
export function visiblePosts(scope: VolunteersScope): SQL {
  return or(scopeCondition(volunteerPosts.path, scope.staff), inPaths(volunteerPosts.path, scope.memberPaths)) as SQL;
}

/** Station rotations, as staff manage them: their area. */
export function managedRotations(scope: VolunteersScope): SQL {
  return scopeCondition(volunteerRotations.path, scope.staff);
}

/** Service teams: staff in their area. */
export function visibleTeams(scope: VolunteersScope): SQL {
  return scopeCondition(volunteerTeams.path, scope.staff);
}

/** The skills library: staff in their area. */
export function visibleSkills(scope: VolunteersScope): SQL {
  return scopeCondition(volunteerSkills.path, scope.staff);
}
