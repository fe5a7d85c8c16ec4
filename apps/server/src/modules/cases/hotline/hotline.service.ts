import {
  HOTLINE_ASSIGNER_ROLES,
  HOTLINE_STAFF_ROLES,
  previousMonthOf,
  type ComplexAssignmentView,
  type HotlineOrderType,
  type TopComplexItem,
  type TopComplexesResponse,
} from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { recordAudit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { localDay } from '../../../platform/time/deadlines';
import { auditActorOf, requireRole, scopeForRoles, type Actor } from '../../../platform/auth/actor';
import { findNodeInScope } from '../../org';
import * as repo from './hotline.repository';

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** Filters of {@link topComplexes}. */
export interface TopComplexesInput {
  month?: string;
  nodeId?: string;
  limit: number;
  type?: HotlineOrderType;
}

/**
 * The month's complexes with the most 12345 orders inside the actor's scope (DOMAIN §2 帮包整治):
 * counts come from the imported orders by call time, each with last month's count, the change and
 * the street leader assigned for the month. Equal counts share a rank.
 */
export async function topComplexes(deps: AppDeps, actor: Actor, input: TopComplexesInput): Promise<TopComplexesResponse> {
  requireRole(actor, HOTLINE_STAFF_ROLES);
  const scope = scopeForRoles(actor, HOTLINE_STAFF_ROLES);
  const month = input.month ?? localDay(nowOf(deps)).slice(0, 7);
  const previousMonth = previousMonthOf(month);
  let node: { path: string; kind: string } | undefined;
  if (input.nodeId) {
    node = await findNodeInScope(deps.db, scope, input.nodeId);
    if (!node) notFound('节点');
  }
  const filter: repo.OrderFilter = { scope, node, type: input.type };
  const [ranked, totals] = await Promise.all([
    repo.rankComplexes(deps.db, filter, month, previousMonth, input.limit),
    repo.countOrders(deps.db, filter, month),
  ]);
  const leaders = new Map(
    (
      await repo.listAssignments(
        deps.db,
        month,
        ranked.map((r) => r.complexId),
      )
    ).map((a) => [a.complexId, a]),
  );
  const items: TopComplexItem[] = ranked.map((r, i) => {
    const leader = leaders.get(r.complexId);
    const firstWithCount = ranked.findIndex((x) => x.count === r.count);
    return {
      rank: (firstWithCount === -1 ? i : firstWithCount) + 1,
      ...r,
      change: r.count - r.previousCount,
      changeRate: r.previousCount ? Math.round(((r.count - r.previousCount) / r.previousCount) * 10_000) / 10_000 : null,
      leader: leader
        ? {
            userId: leader.leaderUserId,
            name: leader.leaderName,
            note: leader.note,
            assignedAt: leader.assignedAt.toISOString(),
            assignedByName: leader.assignedByName,
          }
        : null,
    };
  });
  return { month, previousMonth, totalOrders: totals.total, unmatchedOrders: totals.unmatched, items };
}

async function complexForAssigner(deps: AppDeps, actor: Actor, complexId: string) {
  requireRole(actor, HOTLINE_ASSIGNER_ROLES);
  const scope = scopeForRoles(actor, HOTLINE_ASSIGNER_ROLES);
  const complex = await repo.findComplexInScope(deps.db, scope, complexId);
  if (!complex) notFound('小区');
  return { scope, complex };
}

/** Street officers who may be assigned to a complex the actor may assign in. */
export async function listLeaderCandidates(deps: AppDeps, actor: Actor, complexId: string) {
  const { complex } = await complexForAssigner(deps, actor, complexId);
  return { items: await repo.listStreetLeaders(deps.db, complex.path) };
}

/**
 * 帮包整治: a street officer (or above) in scope puts a street leader in charge of fixing a complex
 * for a month. The leader must hold a street-officer post covering the complex. One leader per month
 * and complex: assigning again replaces the earlier one. Audited with the previous leader.
 */
export async function assignLeader(
  deps: AppDeps,
  actor: Actor,
  input: { month: string; complexId: string; leaderUserId: string; note?: string },
): Promise<ComplexAssignmentView> {
  const { complex } = await complexForAssigner(deps, actor, input.complexId);
  const leader = (await repo.listStreetLeaders(deps.db, complex.path)).find((c) => c.userId === input.leaderUserId);
  if (!leader) throw new AppError('VALIDATION_FAILED', '帮包领导须为该小区所在街道的街道工作人员', 'leaderUserId');
  const now = nowOf(deps);
  const saved = await deps.db.transaction(async (tx) => {
    const before = await repo.findAssignment(tx, input.month, complex.id);
    const row = await repo.upsertAssignment(tx, {
      id: newId(),
      month: input.month,
      complexId: complex.id,
      path: complex.path,
      leaderUserId: leader.userId,
      note: input.note || null,
      assignedByUserId: actor.userId,
      assignedAt: now,
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'hotline.assign',
      targetType: 'complex',
      targetId: complex.id,
      path: complex.path,
      detail: { month: input.month, leaderUserId: leader.userId, previousLeaderUserId: before?.leaderUserId ?? null, note: input.note ?? null },
    });
    return row;
  });
  return {
    month: saved.month,
    complexId: complex.id,
    complexName: complex.name,
    leader: { userId: leader.userId, name: leader.name, note: saved.note, assignedAt: saved.assignedAt.toISOString(), assignedByName: actor.displayName },
  };
}

/** Removes the month's leader of a complex (404 when there is none in scope); audited. */
export async function unassignLeader(deps: AppDeps, actor: Actor, month: string, complexId: string): Promise<void> {
  const { scope, complex } = await complexForAssigner(deps, actor, complexId);
  await deps.db.transaction(async (tx) => {
    const removed = await repo.deleteAssignment(tx, scope, month, complex.id);
    if (!removed) notFound('帮包安排');
    await recordAudit(tx, auditActorOf(actor), {
      action: 'hotline.unassign',
      targetType: 'complex',
      targetId: complex.id,
      path: complex.path,
      detail: { month, leaderUserId: removed.leaderUserId },
    });
  });
}
