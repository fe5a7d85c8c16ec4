import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { CLAIMS_STAFF_ROLES, OPEN_ORDER_STATES, PUBLIC_WISH_STATES, UNIT_ADMIN_ROLES } from '@linli/shared';
import { communityPathsOf } from '../../platform/auth/community-paths';
import { buildScope, pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import type { Actor } from '../../platform/auth/actor';
import { claims, memberRegistrations, needs, partnerUnits, resources, rewards, serviceItems, serviceOrders, unitRegistrations, wishes } from './claims.tables';

// The claims module's visibility rules, in one place (DESIGN rule 3): which rows of wishes, needs,
// orders, claims, partner units, resources, services, rewards and registrations one request sees.
// A request builds its ClaimsScope once; the read functions of claims-reads.ts take one and apply
// the rule of their table, so no service writes a scope condition by hand.

declare const claimsScopeBrand: unique symbol;

/** One unit registration of a unit the actor is liaison of. */
export interface LiaisonRegistration {
  unitId: string;
  communityId: string;
  path: string;
}

/** Who one request is to the claims module; only {@link claimsScope} and {@link liaisonScope} make one. */
export interface ClaimsScope {
  readonly userId: string;
  /** The subtrees where the actor runs claims as staff. */
  readonly staff: DataScope;
  /** Communities of the actor's party-member posts. */
  readonly memberPaths: string[];
  /** Communities of the actor's party-member and resident posts. */
  readonly homePaths: string[];
  readonly [claimsScopeBrand]: true;
}

/** A ClaimsScope that also knows the units the actor is liaison of and where they are registered (one query more). */
export interface LiaisonScope extends ClaimsScope {
  readonly units: string[];
  readonly registrations: LiaisonRegistration[];
}

/** The staff scope: the subtrees where the actor manages claims. */
export function staffScope(actor: Actor): DataScope {
  return buildScope(actor.posts, CLAIMS_STAFF_ROLES);
}

/** True when the actor is staff whose area covers `path`. */
export function isStaffFor(actor: Actor, path: string): boolean {
  return pathInScope(path, staffScope(actor));
}

/** The request's claims scope from the actor's posts (no query). */
export function claimsScope(actor: Actor): ClaimsScope {
  const scope = {
    userId: actor.userId,
    staff: staffScope(actor),
    memberPaths: communityPathsOf(actor.posts, ['partyMember']),
    homePaths: communityPathsOf(actor.posts, ['partyMember', 'resident']),
  };
  return scope as ClaimsScope;
}

/** The request's claims scope with the actor's liaison units and their registrations: one query (a left join). */
export async function liaisonScope(db: DbOrTx, actor: Actor): Promise<LiaisonScope> {
  const rows = await db
    .select({ unitId: partnerUnits.id, communityId: unitRegistrations.communityId, path: unitRegistrations.path })
    .from(partnerUnits)
    .leftJoin(unitRegistrations, eq(unitRegistrations.unitId, partnerUnits.id))
    .where(eq(partnerUnits.liaisonUserId, actor.userId));
  const registrations = rows.filter((r): r is LiaisonRegistration => r.communityId !== null && r.path !== null);
  return { ...claimsScope(actor), units: [...new Set(rows.map((r) => r.unitId))], registrations };
}

/** True when the scope is staff over `path`. */
export function isStaff(scope: ClaimsScope, path: string): boolean {
  return pathInScope(path, scope.staff);
}

/** Community paths where the actor may take open orders: party member there, or liaison of a unit registered there. */
export function takePathsOf(scope: LiaisonScope): string[] {
  return [...new Set([...scope.memberPaths, ...scope.registrations.map((r) => r.path)])];
}

/** SQL "the row's community is one of these paths", matching nothing for none. */
function inCommunities(column: Parameters<typeof inArray>[0], paths: string[]): SQL {
  return paths.length ? (inArray(column, paths) as SQL) : sql`false`;
}

/** Wishes: staff all in their area; members and residents the public ones of their communities; the wisher and who entered it their own. */
export function visibleWishes(scope: ClaimsScope): SQL {
  return or(
    scopeCondition(wishes.path, scope.staff),
    and(inCommunities(wishes.path, scope.homePaths), inArray(wishes.state, [...PUBLIC_WISH_STATES])),
    eq(wishes.wisherUserId, scope.userId),
    eq(wishes.createdByUserId, scope.userId),
  ) as SQL;
}

/** Needs: staff in their area, members and residents in their communities, liaisons where their units are registered. */
export function visibleNeeds(scope: LiaisonScope): SQL {
  return or(scopeCondition(needs.path, scope.staff), inCommunities(needs.path, [...scope.homePaths, ...scope.registrations.map((r) => r.path)])) as SQL;
}

/** Needs as the street joint meeting sees them: staff in their area only. */
export function staffNeeds(scope: ClaimsScope): SQL {
  return scopeCondition(needs.path, scope.staff);
}

/** The actor's own claims: made by them or by a unit they are liaison of. */
export function ownClaims(scope: LiaisonScope): SQL {
  return or(eq(claims.claimantUserId, scope.userId), ...(scope.units.length ? [inArray(claims.claimantUnitId, scope.units)] : [])) as SQL;
}

/** Claims: the actor's own, and staff the claims of their area. */
export function visibleClaims(scope: LiaisonScope): SQL {
  return or(ownClaims(scope), scopeCondition(claims.path, scope.staff)) as SQL;
}

/** Open orders in the communities where the actor may take them. */
export function takableOrders(scope: LiaisonScope): SQL {
  return and(inArray(serviceOrders.state, [...OPEN_ORDER_STATES]), inCommunities(serviceOrders.path, takePathsOf(scope))) as SQL;
}

/** Orders the actor took, or a unit they are liaison of took. */
export function takenOrders(scope: LiaisonScope): SQL {
  return or(eq(serviceOrders.takerUserId, scope.userId), ...(scope.units.length ? [inArray(serviceOrders.takerUnitId, scope.units)] : [])) as SQL;
}

/** Orders: staff their area, residents their own, takers what they hold and the open orders they may take. */
export function visibleOrders(scope: LiaisonScope): SQL {
  return or(scopeCondition(serviceOrders.path, scope.staff), eq(serviceOrders.ordererUserId, scope.userId), takenOrders(scope), takableOrders(scope)) as SQL;
}

/** What a taker looks through: the orders they see, and any order of a community where they may take (so the loser of a race hears "taken"). */
export function ordersToTake(scope: LiaisonScope): SQL {
  return or(visibleOrders(scope), inCommunities(serviceOrders.path, takePathsOf(scope))) as SQL;
}

/** Every path at or above the scope's nodes, `/` included. */
function ancestorPaths(scope: DataScope): string[] {
  const out = new Set<string>();
  for (const path of scope.paths) {
    const codes = path.split('/').filter(Boolean);
    out.add('/');
    for (let i = 1; i <= codes.length; i++) out.add(`/${codes.slice(0, i).join('/')}/`);
  }
  return [...out];
}

/**
 * Partner units: entered in the staff area; entered above it (a street's or the district's or an
 * admin's unit is offered to every community below, so community staff can 办理报到 it);
 * registered with a community of the area; or the actor's own as liaison. A unit entered in
 * another street and registered only there stays out of sight. `db` only builds a subquery.
 */
export function visibleUnits(db: DbOrTx, scope: LiaisonScope): SQL {
  const registeredHere = db.select({ id: unitRegistrations.unitId }).from(unitRegistrations).where(scopeCondition(unitRegistrations.path, scope.staff));
  return or(
    scopeCondition(partnerUnits.path, scope.staff),
    inCommunities(partnerUnits.path, ancestorPaths(scope.staff)),
    inArray(partnerUnits.id, registeredHere),
    ...(scope.units.length ? [inArray(partnerUnits.id, scope.units)] : []),
  ) as SQL;
}

/** A unit's registration is shown to its liaison and to staff over the registering community. */
export function seesRegistration(scope: LiaisonScope, unitId: string, registrationPath: string): boolean {
  return scope.units.includes(unitId) || isStaff(scope, registrationPath);
}

/** Where a unit the actor enters lives: the top of their street/district area (`/` for an admin), so it is offered to every community below. */
export function unitHomePath(actor: Actor): string {
  const scope = buildScope(actor.posts, UNIT_ADMIN_ROLES);
  return scope.all ? '/' : scope.paths[0];
}

/** Street/district staff whose area covers the unit's home or one of its registrations, and admins, may set its liaison. */
export function mayAssignLiaison(actor: Actor, unitPath: string, registrationPaths: string[]): boolean {
  const scope = buildScope(actor.posts, UNIT_ADMIN_ROLES);
  return pathInScope(unitPath, scope) || registrationPaths.some((p) => pathInScope(p, scope));
}

/** Resources: staff their area, members and residents their communities, liaisons the communities where their units are registered. */
export function visibleResources(scope: LiaisonScope): SQL {
  return or(scopeCondition(resources.path, scope.staff), inCommunities(resources.path, [...scope.homePaths, ...scope.registrations.map((r) => r.path)])) as SQL;
}

/** The service menu: staff their area, everyone else their own communities. */
export function visibleServiceItems(scope: ClaimsScope): SQL {
  return or(scopeCondition(serviceItems.path, scope.staff), inCommunities(serviceItems.path, scope.homePaths)) as SQL;
}

/** Rewards: staff in their area, members and residents in their communities. */
export function visibleRewards(scope: ClaimsScope): SQL {
  return or(scopeCondition(rewards.path, scope.staff), inCommunities(rewards.path, scope.homePaths)) as SQL;
}

/** Party-member registrations: staff those of their area, anyone their own. */
export function visibleMemberRegistrations(scope: ClaimsScope): SQL {
  return or(scopeCondition(memberRegistrations.path, scope.staff), eq(memberRegistrations.userId, scope.userId)) as SQL;
}
