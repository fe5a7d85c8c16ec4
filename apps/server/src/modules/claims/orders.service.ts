import { and, eq, inArray, lt, type SQL } from 'drizzle-orm';
import {
  ORDER_RULES,
  redactText,
  allowedOrderActions,
  decideOrderAction,
  type OrderActionInput,
  type OrderActorFacts,
  type OrderDetail,
  type OrderListItem,
  type OrderState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { communityPathsOf } from '../../platform/auth/community-paths';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/outbox/outbox';
import { applyTransition } from '../../platform/workflow/apply-transition';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { isStaff, isStaffFor, liaisonScope, takePathsOf, takenOrders, takableOrders, type LiaisonScope } from './claims-access';
import { findOrderToTake, findVisibleOrder, listOrderRows } from './claims-reads';
import { maskName, nodeNames, requireFields } from './claims-support';
import { appendEvent, claimEvent, listEvents, unitNames, userNames } from './claims.repository';
import { partnerUnits, serviceItems, serviceOrders, unitRegistrations } from './claims.tables';

type OrderRow = typeof serviceOrders.$inferSelect;

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

function factsFor(scope: LiaisonScope, row: OrderRow): OrderActorFacts {
  return {
    staff: isStaff(scope, row.path),
    isOrderer: row.ordererUserId === scope.userId,
    isTaker: row.takerUserId === scope.userId || (row.takerUnitId !== null && scope.units.includes(row.takerUnitId)),
    canTake: takePathsOf(scope).includes(row.path),
  };
}

async function listItems(db: DbOrTx, actor: Actor, rows: OrderRow[]): Promise<OrderListItem[]> {
  const [communities, people, units, services] = await Promise.all([
    nodeNames(
      db,
      rows.map((r) => r.communityId),
    ),
    userNames(
      db,
      rows.flatMap((r) => [r.ordererUserId, r.takerUserId]),
    ),
    unitNames(
      db,
      rows.map((r) => r.takerUnitId),
    ),
    rows.length
      ? db
          .select({ id: serviceItems.id, title: serviceItems.title })
          .from(serviceItems)
          .where(inArray(serviceItems.id, [...new Set(rows.map((r) => r.serviceId))]))
      : Promise.resolve([]),
  ]);
  const titles = new Map(services.map((s) => [s.id, s.title]));
  return rows.map((r) => {
    const orderer = people.get(r.ordererUserId) ?? '';
    const full = r.ordererUserId === actor.userId || isStaffFor(actor, r.path);
    return {
      id: r.id,
      serviceId: r.serviceId,
      serviceTitle: titles.get(r.serviceId) ?? '',
      communityId: r.communityId,
      communityName: communities.get(r.communityId) ?? '',
      state: r.state as OrderState,
      ordererName: full ? orderer : maskName(orderer),
      note: full ? r.note : redactText(r.note, [orderer]),
      takerName: r.takerUserId ? (people.get(r.takerUserId) ?? null) : null,
      takerUnitName: r.takerUnitId ? (units.get(r.takerUnitId) ?? null) : null,
      orderedAt: r.orderedAt.toISOString(),
      rating: r.rating,
      version: r.version,
    };
  });
}

/** A resident orders an item from the service menu of a community they live in (订单式服务: 群众点单). */
export async function createOrder(deps: AppDeps, actor: Actor, input: { serviceId: string; note: string }): Promise<string> {
  const [service] = await deps.db.select().from(serviceItems).where(eq(serviceItems.id, input.serviceId));
  const homes = communityPathsOf(actor.posts, ['resident', 'partyMember']);
  if (!service || !homes.includes(service.path)) throw new AppError('VALIDATION_FAILED', '请选择本社区服务清单中的项目', 'serviceId');
  if (!service.active) throw new AppError('VALIDATION_FAILED', '该服务项目已暂停', 'serviceId');
  const now = nowOf(deps);
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    await tx.insert(serviceOrders).values({
      id,
      serviceId: service.id,
      communityId: service.communityId,
      path: service.path,
      ordererUserId: actor.userId,
      note: input.note,
      state: 'ordered',
      orderedAt: now,
    });
    await appendEvent(tx, {
      subjectKind: 'order',
      subjectId: id,
      action: 'order',
      fromState: null,
      toState: 'ordered',
      actor,
      at: now,
      note: input.note,
      path: service.path,
    });
    await recordAudit(tx, auditActorOf(actor), { action: 'orders.create', targetType: 'order', targetId: id, path: service.path });
    await enqueue(tx, 'notify.area', { path: service.path, roles: ['communityStaff'], title: '新的服务订单', body: service.title, link: `/orders/${id}` });
  });
  return id;
}

/** Orders the caller may see, newest first, filtered by `mine` (see listOrdersQuery). */
export async function listOrders(
  deps: AppDeps,
  actor: Actor,
  query: { mine?: 'ordered' | 'taken' | 'open'; state?: OrderState; communityId?: string; limit: number; after?: string },
) {
  const scope = await liaisonScope(deps.db, actor);
  const conditions: SQL[] = [];
  if (query.mine === 'ordered') conditions.push(eq(serviceOrders.ordererUserId, actor.userId));
  if (query.mine === 'taken') conditions.push(takenOrders(scope));
  if (query.mine === 'open') conditions.push(takableOrders(scope));
  if (query.state) conditions.push(eq(serviceOrders.state, query.state));
  if (query.communityId) conditions.push(eq(serviceOrders.communityId, query.communityId));
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(serviceOrders.id, String(cursor[0])));
  const rows = await listOrderRows(deps.db, scope, conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  return { items: await listItems(deps.db, actor, page), nextCursor };
}

/** One order with proof, timeline and the actions the caller may take now; outside the caller's view it is a 404. */
export async function getOrder(deps: AppDeps, actor: Actor, id: string): Promise<OrderDetail> {
  const scope = await liaisonScope(deps.db, actor);
  const row = await findVisibleOrder(deps.db, scope, id);
  if (!row) notFound('订单');
  const [[item], timeline] = await Promise.all([
    listItems(deps.db, actor, [row]),
    listEvents(deps.db, 'order', id, isStaffFor(actor, row.path) || row.ordererUserId === actor.userId ? null : row.ordererUserId),
  ]);
  return {
    ...item,
    takenAt: row.takenAt?.toISOString() ?? null,
    doneAt: row.doneAt?.toISOString() ?? null,
    ratedAt: row.ratedAt?.toISOString() ?? null,
    proofNote: row.proofNote,
    proofPhotos: row.proofPhotos,
    rateNote: row.rateNote,
    timeline,
    allowedActions: allowedOrderActions(row.state as OrderState, factsFor(scope, row)),
  };
}

/** The unit that takes the order: for dispatch the one staff chose; for take the liaison's unit registered there, if any. */
async function takerUnit(db: DbOrTx, row: OrderRow, scope: LiaisonScope, input: OrderActionInput): Promise<{ unitId: string | null; userId: string | null }> {
  const registered = async (unitId: string) =>
    (
      await db
        .select({ id: unitRegistrations.id })
        .from(unitRegistrations)
        .where(and(eq(unitRegistrations.unitId, unitId), eq(unitRegistrations.communityId, row.communityId)))
    ).length > 0;
  if (input.action === 'dispatch') {
    if (!input.unitId || !(await registered(input.unitId))) throw new AppError('VALIDATION_FAILED', '请选择在本社区报到的共建单位', 'unitId');
    const [unit] = await db.select({ liaison: partnerUnits.liaisonUserId }).from(partnerUnits).where(eq(partnerUnits.id, input.unitId));
    return { unitId: input.unitId, userId: unit?.liaison ?? null };
  }
  const mine: string[] = [];
  for (const unitId of scope.units) if (await registered(unitId)) mine.push(unitId);
  if (input.unitId && !mine.includes(input.unitId)) throw new AppError('VALIDATION_FAILED', '该单位未在此社区报到', 'unitId');
  return { unitId: input.unitId ?? (mine.length === 1 ? mine[0] : null), userId: null };
}

/** Order columns that change when an order enters `state` by `action`. */
function orderPatch(action: OrderActionInput['action'], input: OrderActionInput, now: Date): Partial<typeof serviceOrders.$inferInsert> {
  switch (action) {
    case 'complete':
      return { doneAt: now, proofNote: input.note ?? null, proofPhotos: input.photos ?? [] };
    case 'rate':
      return { ratedAt: now, rating: input.rating ?? null, rateNote: input.note ?? null };
    case 'release':
      return { takerUserId: null, takerUnitId: null, takenAt: null };
    case 'sendBack':
      return { doneAt: null };
    default:
      return {};
  }
}

/**
 * Applies one order action in one transaction (DESIGN rule 2): the table's decision, the data
 * change under a version check, the timeline entry, the audit entry and notifications after
 * commit. Of simultaneous takes, the conditional update lets exactly one through; the others
 * are 409 ITEM_TAKEN.
 */
export async function actOnOrder(deps: AppDeps, actor: Actor, id: string, input: OrderActionInput): Promise<OrderDetail> {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const scope = await liaisonScope(tx, actor);
    // A team member who lost the race no longer sees the order in the open pool; they still get a clear "taken".
    const taking = input.action === 'take';
    const row = taking ? await findOrderToTake(tx, scope, id) : await findVisibleOrder(tx, scope, id);
    if (!row) notFound('订单');
    await applyTransition(tx, {
      table: serviceOrders,
      row,
      expectedVersion: input.expectedVersion,
      checkVersion: 'afterDecide',
      stale: taking ? { code: 'ITEM_TAKEN', message: '该订单已被接单' } : { message: '订单已被他人处理，请刷新后重试' },
      decide: () => decideOrderAction(row.state as OrderState, factsFor(scope, row), input.action),
      apply: async (decision) => {
        requireFields(ORDER_RULES[input.action].required, input);
        let patch = orderPatch(input.action, input, now);
        if (input.action === 'dispatch' || taking) {
          const taker = await takerUnit(tx, row, scope, input);
          patch = { takerUnitId: taker.unitId, takerUserId: taking ? actor.userId : taker.userId, takenAt: now };
        }
        const tell = [row.ordererUserId, row.takerUserId, patch.takerUserId ?? null].filter((u): u is string => Boolean(u) && u !== actor.userId);
        const notice = { title: '服务订单有新进展', body: `${actor.displayName} 更新了订单`, link: `/orders/${id}`, userIds: [...new Set(tell)] };
        return {
          set: patch,
          event: claimEvent({
            subjectKind: 'order',
            subjectId: id,
            action: input.action,
            fromState: row.state,
            toState: decision.to,
            actor,
            at: now,
            note: input.note ?? input.reason ?? null,
            photos: input.photos ?? [],
            data: { ...(input.rating ? { rating: input.rating } : {}), ...(patch.takerUnitId ? { unitId: patch.takerUnitId } : {}) },
            path: row.path,
          }),
          audit: { actor: auditActorOf(actor), event: { action: `orders.${input.action}`, targetType: 'order', targetId: id, path: row.path } },
          outbox: tell.length ? [{ topic: 'notify.users', payload: notice }] : [],
        };
      },
    });
  });
  return getOrder(deps, actor, id);
}
