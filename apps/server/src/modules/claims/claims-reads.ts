import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { isPublicWishState, type WishState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import {
  isStaff,
  ownClaims,
  staffNeeds,
  ordersToTake,
  visibleClaims,
  visibleMemberRegistrations,
  visibleNeeds,
  visibleOrders,
  visibleResources,
  visibleRewards,
  visibleServiceItems,
  visibleUnits,
  visibleWishes,
  type ClaimsScope,
  type LiaisonScope,
} from './claims-access';
import { findLiveClaim } from './claims.repository';
import { claims, memberRegistrations, needs, partnerUnits, resources, rewards, serviceItems, serviceOrders, wishes } from './claims.tables';
import { allOf } from './claims-support';

// The claims module's reads of its item tables. Every one takes the request's scope and applies
// the visibility rule of claims-access.ts; `filters` are the query's own conditions (state,
// community, cursor). Lists are newest first and fetch `limit` rows; one statement each.

/** Wishes the scope sees. */
export function listWishRows(db: DbOrTx, scope: ClaimsScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(wishes)
    .where(allOf([visibleWishes(scope), ...filters]))
    .orderBy(desc(wishes.id))
    .limit(limit);
}

/**
 * One wish when the scope sees it: staff, its wisher or who entered it; its live claimant; or a
 * member or resident of its community while it is public. The claimant check costs a query only
 * when the first checks fail.
 */
export async function findVisibleWish(db: DbOrTx, scope: ClaimsScope, id: string): Promise<typeof wishes.$inferSelect | undefined> {
  const [row] = await db.select().from(wishes).where(eq(wishes.id, id));
  if (!row) return undefined;
  if (isStaff(scope, row.path) || row.wisherUserId === scope.userId || row.createdByUserId === scope.userId) return row;
  const live = await findLiveClaim(db, 'wish', id);
  if (live?.claimantUserId === scope.userId) return row;
  if (scope.homePaths.includes(row.path) && isPublicWishState(row.state as WishState)) return row;
  return undefined;
}

/** Needs the scope sees. */
export function listNeedRows(db: DbOrTx, scope: LiaisonScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(needs)
    .where(allOf([visibleNeeds(scope), ...filters]))
    .orderBy(desc(needs.id))
    .limit(limit);
}

/** One need when the scope sees it. */
export async function findVisibleNeed(db: DbOrTx, scope: LiaisonScope, id: string): Promise<typeof needs.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(needs)
    .where(and(eq(needs.id, id), visibleNeeds(scope)));
  return row;
}

/** Needs in the scope's staff area (the joint meeting's lists), in id order either way. */
export function listStaffNeedRows(db: DbOrTx, scope: ClaimsScope, filters: SQL[], order: 'asc' | 'desc', limit: number) {
  return db
    .select()
    .from(needs)
    .where(allOf([staffNeeds(scope), ...filters]))
    .orderBy(order === 'asc' ? asc(needs.id) : desc(needs.id))
    .limit(limit);
}

/** One need in the scope's staff area, locked for the transaction. */
export async function lockStaffNeed(tx: DbOrTx, scope: ClaimsScope, id: string): Promise<typeof needs.$inferSelect | undefined> {
  const [row] = await tx
    .select()
    .from(needs)
    .where(and(eq(needs.id, id), staffNeeds(scope)))
    .for('update');
  return row;
}

/** Claims the scope sees: its own only when `mine`, else also the staff area's. */
export function listClaimRows(db: DbOrTx, scope: LiaisonScope, mine: boolean, filters: SQL[], limit: number) {
  return db
    .select()
    .from(claims)
    .where(allOf([mine ? ownClaims(scope) : visibleClaims(scope), ...filters]))
    .orderBy(desc(claims.id))
    .limit(limit);
}

/** Orders the scope sees. */
export function listOrderRows(db: DbOrTx, scope: LiaisonScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(serviceOrders)
    .where(allOf([visibleOrders(scope), ...filters]))
    .orderBy(desc(serviceOrders.id))
    .limit(limit);
}

/** One order when the scope sees it (`visibleOrders` already includes the open orders the scope may take). */
export async function findVisibleOrder(db: DbOrTx, scope: LiaisonScope, id: string): Promise<typeof serviceOrders.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(serviceOrders)
    .where(and(eq(serviceOrders.id, id), visibleOrders(scope)));
  return row;
}

/** One order the scope sees or may take: a taker who lost the race still finds it, and hears "taken". */
export async function findOrderToTake(db: DbOrTx, scope: LiaisonScope, id: string): Promise<typeof serviceOrders.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(serviceOrders)
    .where(and(eq(serviceOrders.id, id), ordersToTake(scope)));
  return row;
}

/** Partner units the scope sees. */
export function listUnitRows(db: DbOrTx, scope: LiaisonScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(partnerUnits)
    .where(allOf([visibleUnits(db, scope), ...filters]))
    .orderBy(desc(partnerUnits.id))
    .limit(limit);
}

/** One partner unit when the scope sees it. */
export async function findVisibleUnit(db: DbOrTx, scope: LiaisonScope, id: string): Promise<typeof partnerUnits.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(partnerUnits)
    .where(and(eq(partnerUnits.id, id), visibleUnits(db, scope)));
  return row;
}

/** Resources the scope sees. */
export function listResourceRows(db: DbOrTx, scope: LiaisonScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(resources)
    .where(allOf([visibleResources(scope), ...filters]))
    .orderBy(desc(resources.id))
    .limit(limit);
}

/** Service items the scope sees. */
export function listServiceItemRows(db: DbOrTx, scope: ClaimsScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(serviceItems)
    .where(allOf([visibleServiceItems(scope), ...filters]))
    .orderBy(desc(serviceItems.id))
    .limit(limit);
}

/** Rewards the scope sees. */
export function listRewardRows(db: DbOrTx, scope: ClaimsScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(rewards)
    .where(allOf([visibleRewards(scope), ...filters]))
    .orderBy(desc(rewards.id))
    .limit(limit);
}

/** One reward when the scope sees it. */
export async function findVisibleReward(db: DbOrTx, scope: ClaimsScope, id: string): Promise<typeof rewards.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(rewards)
    .where(and(eq(rewards.id, id), visibleRewards(scope)));
  return row;
}

/** Party-member registrations the scope sees. */
export function listMemberRegistrationRows(db: DbOrTx, scope: ClaimsScope, filters: SQL[], limit: number) {
  return db
    .select()
    .from(memberRegistrations)
    .where(allOf([visibleMemberRegistrations(scope), ...filters]))
    .orderBy(desc(memberRegistrations.id))
    .limit(limit);
}

/** One party-member registration when the scope sees it. */
export async function findVisibleMemberRegistration(db: DbOrTx, scope: ClaimsScope, id: string): Promise<typeof memberRegistrations.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(memberRegistrations)
    .where(and(eq(memberRegistrations.id, id), visibleMemberRegistrations(scope)));
  return row;
}
