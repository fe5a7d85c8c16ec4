import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { HotlineOrderType } from '@linli/shared';
import { escapeLike, scopeCondition, type DataScope } from '../../../platform/auth/data-scope';
import type { DbOrTx } from '../../../platform/db/database';
import { listActiveHoldersCovering, userNameOf } from '../../auth';
import { complexCommunityOf, complexHasBuildingUnder, complexNameOf, nodeNameOf, queryComplexes } from '../../org';
import { hotlineAssignments, hotlineOrders } from './hotline.tables';

/** Which orders a report counts: the scope, optionally one area node, optionally one request type. */
export interface OrderFilter {
  scope: DataScope;
  /** An area node inside the scope; orders are kept by community path, so below a community the complex's buildings decide. */
  node?: { path: string; kind: string };
  type?: HotlineOrderType;
}

const AREA_KINDS_ABOVE_COMPLEX = ['district', 'street', 'community'];

function orderConditions(filter: OrderFilter): SQL[] {
  const conditions = [scopeCondition(hotlineOrders.path, filter.scope)];
  if (filter.node) {
    const prefix = escapeLike(filter.node.path) + '%';
    conditions.push(
      AREA_KINDS_ABOVE_COMPLEX.includes(filter.node.kind)
        ? sql`${hotlineOrders.path} like ${prefix}`
        : complexHasBuildingUnder(hotlineOrders.complexId, filter.node.path),
    );
  }
  if (filter.type) conditions.push(eq(hotlineOrders.type, filter.type));
  return conditions;
}

/**
 * The complexes with the most orders in `month` (DOMAIN §2: the monthly worst-ten list), with the
 * previous month's count beside each; most orders first, then by name. Only complexes with at least
 * one order in `month` are ranked.
 */
export async function rankComplexes(db: DbOrTx, filter: OrderFilter, month: string, previousMonth: string, limit: number) {
  const current = sql<number>`(count(*) filter (where ${hotlineOrders.month} = ${month}))::int`;
  const previous = sql<number>`(count(*) filter (where ${hotlineOrders.month} = ${previousMonth}))::int`;
  // Names come from org beside the grouped rows; an order always names an existing complex (the old inner joins).
  const complexName = complexNameOf(hotlineOrders.complexId);
  return db
    .select({
      complexId: sql<string>`${hotlineOrders.complexId}`,
      complexName: sql<string>`${complexName}`,
      communityId: sql<string>`${complexCommunityOf(hotlineOrders.complexId)}`,
      communityName: sql<string>`${nodeNameOf(complexCommunityOf(hotlineOrders.complexId))}`,
      count: current,
      previousCount: previous,
    })
    .from(hotlineOrders)
    .where(and(isNotNull(hotlineOrders.complexId), inArray(hotlineOrders.month, [month, previousMonth]), ...orderConditions(filter)))
    .groupBy(hotlineOrders.complexId)
    .having(sql`${current} > 0`)
    .orderBy(sql`${current} desc`, asc(complexName), asc(hotlineOrders.complexId))
    .limit(limit);
}

/** How many orders `month` has under the filter, and how many of them no complex was matched to. */
export async function countOrders(db: DbOrTx, filter: OrderFilter, month: string): Promise<{ total: number; unmatched: number }> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int`, unmatched: sql<number>`(count(*) filter (where ${hotlineOrders.complexId} is null))::int` })
    .from(hotlineOrders)
    .where(and(eq(hotlineOrders.month, month), ...orderConditions(filter)));
  return row ?? { total: 0, unmatched: 0 };
}

/** The leaders assigned for `month` to the given complexes, with who assigned them. */
export async function listAssignments(db: DbOrTx, month: string, complexIds: string[]) {
  if (!complexIds.length) return [];
  // A leader is an existing user (the old inner join); who assigned may be gone.
  return db
    .select({
      complexId: hotlineAssignments.complexId,
      leaderUserId: hotlineAssignments.leaderUserId,
      leaderName: sql<string>`${userNameOf(hotlineAssignments.leaderUserId)}`,
      note: hotlineAssignments.note,
      assignedAt: hotlineAssignments.assignedAt,
      assignedByName: userNameOf(hotlineAssignments.assignedByUserId),
    })
    .from(hotlineAssignments)
    .where(and(eq(hotlineAssignments.month, month), inArray(hotlineAssignments.complexId, complexIds)));
}

/** A complex inside the scope, or undefined (outside looks missing, DESIGN rule 3). */
export async function findComplexInScope(db: DbOrTx, scope: DataScope, id: string) {
  const [row] = await queryComplexes(db, { id, scope });
  return row;
}

/**
 * Active users holding a street-officer post whose node covers `complexPath` (the complex's street
 * or above): the people who may lead its fixing. One entry per user, by name.
 */
export async function listStreetLeaders(db: DbOrTx, complexPath: string) {
  const rows = await listActiveHoldersCovering(db, 'streetOfficer', complexPath);
  // The nearest post (longest path) comes first and names the user's node.
  const byUser = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!byUser.has(r.userId)) byUser.set(r.userId, r);
  return [...byUser.values()];
}

/** The assignment of a complex for a month, if any. */
export async function findAssignment(db: DbOrTx, month: string, complexId: string) {
  const [row] = await db
    .select()
    .from(hotlineAssignments)
    .where(and(eq(hotlineAssignments.month, month), eq(hotlineAssignments.complexId, complexId)));
  return row;
}

/** Sets the month's leader of a complex, replacing an earlier one (one per month and complex). */
export async function upsertAssignment(db: DbOrTx, row: typeof hotlineAssignments.$inferInsert) {
  const [saved] = await db
    .insert(hotlineAssignments)
    .values(row)
    .onConflictDoUpdate({
      target: [hotlineAssignments.month, hotlineAssignments.complexId],
      set: { leaderUserId: row.leaderUserId, note: row.note, assignedByUserId: row.assignedByUserId, assignedAt: row.assignedAt, path: row.path },
    })
    .returning();
  return saved;
}

/** Removes the month's assignment of a complex inside the scope; returns the removed row. */
export async function deleteAssignment(db: DbOrTx, scope: DataScope, month: string, complexId: string) {
  const [removed] = await db
    .delete(hotlineAssignments)
    .where(and(eq(hotlineAssignments.month, month), eq(hotlineAssignments.complexId, complexId), scopeCondition(hotlineAssignments.path, scope)))
    .returning();
  return removed;
}
