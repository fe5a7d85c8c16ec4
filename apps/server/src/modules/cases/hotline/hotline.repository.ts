import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { HotlineOrderType } from '@linli/shared';
import { escapeLike, scopeCondition, type DataScope } from '../../../platform/auth/data-scope';
import type { DbOrTx } from '../../../platform/db/database';
import { posts, users } from '../../auth';
import { complexes, orgNodes } from '../../org';
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
        : sql`${hotlineOrders.complexId} in (select b.complex_id from org_nodes b where b.kind = 'building' and b.complex_id is not null and b.path like ${prefix})`,
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
  const community = alias(orgNodes, 'community');
  return db
    .select({
      complexId: complexes.id,
      complexName: complexes.name,
      communityId: complexes.communityId,
      communityName: community.name,
      count: current,
      previousCount: previous,
    })
    .from(hotlineOrders)
    .innerJoin(complexes, eq(complexes.id, hotlineOrders.complexId))
    .innerJoin(community, eq(community.id, complexes.communityId))
    .where(and(inArray(hotlineOrders.month, [month, previousMonth]), ...orderConditions(filter)))
    .groupBy(complexes.id, complexes.name, complexes.communityId, community.name)
    .having(sql`${current} > 0`)
    .orderBy(sql`${current} desc`, asc(complexes.name), asc(complexes.id))
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
  const assigner = alias(users, 'assigner');
  return db
    .select({
      complexId: hotlineAssignments.complexId,
      leaderUserId: hotlineAssignments.leaderUserId,
      leaderName: users.displayName,
      note: hotlineAssignments.note,
      assignedAt: hotlineAssignments.assignedAt,
      assignedByName: assigner.displayName,
    })
    .from(hotlineAssignments)
    .innerJoin(users, eq(users.id, hotlineAssignments.leaderUserId))
    .leftJoin(assigner, eq(assigner.id, hotlineAssignments.assignedByUserId))
    .where(and(eq(hotlineAssignments.month, month), inArray(hotlineAssignments.complexId, complexIds)));
}

/** A complex inside the scope, or undefined (outside looks missing, DESIGN rule 3). */
export async function findComplexInScope(db: DbOrTx, scope: DataScope, id: string) {
  const [row] = await db
    .select({ id: complexes.id, name: complexes.name, path: complexes.path, communityId: complexes.communityId })
    .from(complexes)
    .where(and(eq(complexes.id, id), scopeCondition(complexes.path, scope)));
  return row;
}

/**
 * Active users holding a street-officer post whose node covers `complexPath` (the complex's street
 * or above): the people who may lead its fixing. One entry per user, by name.
 */
export async function listStreetLeaders(db: DbOrTx, complexPath: string) {
  const rows = await db
    .select({ userId: users.id, name: users.displayName, title: posts.title, nodeName: orgNodes.name })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .innerJoin(orgNodes, eq(orgNodes.id, posts.nodeId))
    .where(and(eq(posts.role, 'streetOfficer'), eq(users.disabled, 0), sql`left(${complexPath}, length(${posts.nodePath})) = ${posts.nodePath}`))
    .orderBy(asc(users.displayName), sql`length(${posts.nodePath}) desc`);
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
