import { and, eq, sql } from 'drizzle-orm';
import {
  CASE_TIERS,
  isOpenCaseState,
  isUnregisteredCaseState,
  runningLimitOf,
  acknowledgementReports,
  verifyEvidenceFor,
  VERIFY_EVIDENCE_MESSAGES,
  type CaseActionInput,
  type CaseCategoryKind,
  type CaseState,
  type CaseTier,
} from '@linli/shared';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { WorkingCalendar } from '../../platform/time/working-calendar';
import { listPostsOfUser } from '../auth';
import { type Actor } from '../../platform/auth/actor';
import { queryNode } from '../org';
import { cancelLimits, extendHandlingLimit, reopenHandlingLimit, startDefaultLimit, startLimit, stopLimits } from './case-limits';
import { findCategory } from './categories.repository';
import type { CaseRow } from './cases.repository';
import { caseDepartments, cases, caseSupporters } from './cases.tables';

/** Everything one action's application needs. */
export interface ActionContext {
  tx: Tx;
  cal: WorkingCalendar;
  actor: Actor;
  row: CaseRow;
  input: CaseActionInput;
  now: Date;
}

/** What applying an action changes besides state and version, and whom to tell. */
export interface ActionOutcome {
  patch: Partial<typeof cases.$inferInsert>;
  eventData?: Record<string, unknown>;
  /** Users to notify after commit. */
  notifyUsers: string[];
  /** Department nodes whose staff to notify after commit. */
  notifyDepartments: string[];
  /** Timeline entries not shown to the public (internal handling steps). */
  internal?: boolean;
}

/** Stops whichever limit the case's current state was running (the workflow says which). */
async function stopRunningLimit(tx: Tx, state: CaseState, id: string, now: Date): Promise<void> {
  const kind = runningLimitOf(state);
  if (kind) await stopLimits(tx, id, kind, now);
}

const none = (): ActionOutcome => ({ patch: {}, notifyUsers: [], notifyDepartments: [] });

function need<T>(value: T | undefined | null, field: string, message: string): T {
  if (value === undefined || value === null) throw new AppError('VALIDATION_FAILED', message, field);
  return value;
}

/** The grid, community or street node at a tier above the case's grid path. */
function tierPath(path: string, tier: CaseTier): string {
  const codes = path.split('/').filter(Boolean);
  const depth = { grid: 4, community: 3, street: 2 }[tier];
  return `/${codes.slice(0, depth).join('/')}/`;
}

/** The user being dispatched to must hold an area post covering the case at or below its tier. */
async function checkAssignee(tx: Tx, row: CaseRow, userId: string): Promise<void> {
  const held = await listPostsOfUser(tx, userId);
  const tierRoot = tierPath(row.path, row.tier as CaseTier);
  const ok = held.some(
    (p) =>
      ['gridWorker', 'communityStaff', 'buildingLead', 'streetOfficer'].includes(p.role) &&
      (row.path.startsWith(p.nodePath) || p.nodePath.startsWith(tierRoot)),
  );
  if (!ok) throw new AppError('VALIDATION_FAILED', '所选人员不在该案件所属层级的辖区内', 'assigneeUserId');
}

/** Throws VALIDATION_FAILED on `field` unless the node is a department in the case's district. */
export async function checkDepartment(tx: Tx, row: CaseRow, departmentId: string, field: string): Promise<void> {
  const node = await queryNode(tx, { id: departmentId });
  const district = `/${row.path.split('/').filter(Boolean)[0]}/`;
  if (!node || node.kind !== 'department' || !node.path.startsWith(district)) throw new AppError('VALIDATION_FAILED', '所选职能部门不存在', field);
}

/**
 * 立案's data side, shared by `register` and an escalation from before 立案: stops the running acceptance or verification
 * limit, checks the category and starts the handling limit from it.
 */
async function registerWithCategory(ctx: ActionContext, categoryId: string) {
  const { tx, cal, row, now } = ctx;
  const category = await findCategory(tx, categoryId);
  if (!category || !category.active) throw new AppError('VALIDATION_FAILED', '案件类别不存在或已停用', 'categoryId');
  await stopRunningLimit(tx, row.state as CaseState, row.id, now);
  const deadline = await startLimit(tx, cal, {
    caseId: row.id,
    kind: 'handling',
    start: now,
    amount: category.limitAmount,
    clock: category.limitClock as never,
  });
  return {
    categoryName: category.name,
    patch: { categoryId: category.id, urgency: category.urgency, handlingDeadline: deadline, warning: false, overdue: false },
  };
}

/** Applies the data side of each workflow action; the workflow already decided it is allowed. */
export async function applyAction(ctx: ActionContext): Promise<ActionOutcome> {
  const { tx, cal, row, input, now } = ctx;
  const id = row.id;
  switch (input.action) {
    case 'accept':
      await stopLimits(tx, id, 'accept', now);
      await startDefaultLimit(tx, cal, id, 'verify', now);
      return none();
    case 'verify': {
      // Site verification brings the evidence its category asks for (a note; a photo too for 部件).
      const category = row.categoryId ? await findCategory(tx, row.categoryId) : undefined;
      for (const what of verifyEvidenceFor(category?.kind as CaseCategoryKind | undefined)) {
        const given = what === 'note' ? Boolean(input.note?.trim()) : input.photos.length > 0;
        if (!given) throw new AppError('VALIDATION_FAILED', VERIFY_EVIDENCE_MESSAGES[what], what);
      }
      await stopLimits(tx, id, 'verify', now);
      return none();
    }
    case 'reject':
      // The reporter is told why (the reason is the timeline note, public).
      await stopRunningLimit(tx, row.state as CaseState, id, now);
      return { ...none(), notifyUsers: row.reporterUserId ? [row.reporterUserId] : [] };
    case 'register': {
      const tier = need(input.tier, 'tier', '请选择处置层级');
      if (tier === 'street') throw new AppError('VALIDATION_FAILED', '立案只能在网格或社区层级，需街道处置请上报', 'tier');
      const isCommunity = ctx.actor.posts.some((p) => p.role === 'communityStaff' && row.path.startsWith(p.nodePath));
      if (tier === 'community' && !isCommunity) throw new AppError('FORBIDDEN', '网格员只能在网格层级立案', 'tier');
      const registered = await registerWithCategory(ctx, need(input.categoryId, 'categoryId', '请选择案件类别'));
      return { patch: { ...registered.patch, tier }, eventData: { category: registered.categoryName, tier }, notifyUsers: [], notifyDepartments: [] };
    }
    case 'dispatch': {
      const assignee = need(input.assigneeUserId, 'assigneeUserId', '请选择承办人');
      await checkAssignee(tx, row, assignee);
      return {
        patch: { assigneeUserId: assignee, assigneeNodeId: null },
        eventData: { assigneeUserId: assignee },
        notifyUsers: [assignee],
        notifyDepartments: [],
      };
    }
    case 'escalate': {
      const tier = CASE_TIERS[CASE_TIERS.indexOf(row.tier as CaseTier) + 1];
      const highest = CASE_TIERS.indexOf(tier) > CASE_TIERS.indexOf(row.highestTier as CaseTier) ? tier : row.highestTier;
      await tx.delete(caseDepartments).where(eq(caseDepartments.caseId, id));
      await cancelLimits(tx, id, 'report');
      // Before 立案 the escalation is the registration: it lands in `registered` at the new tier, so the handling limit starts here.
      const registered = isUnregisteredCaseState(row.state as CaseState)
        ? await registerWithCategory(ctx, need(input.categoryId ?? row.categoryId, 'categoryId', '上报前请选择案件类别（立案后开始计算办理时限）'))
        : null;
      return {
        patch: { ...registered?.patch, tier, highestTier: highest, assigneeUserId: null, assigneeNodeId: null },
        eventData: { fromTier: row.tier, toTier: tier, ...(registered ? { category: registered.categoryName } : {}) },
        notifyUsers: [],
        notifyDepartments: [],
      };
    }
    case 'whistle': {
      const lead = need(input.leadDepartmentId, 'leadDepartmentId', '请选择主办部门');
      const co = [...new Set(input.coDepartmentIds ?? [])].filter((d) => d !== lead);
      await checkDepartment(tx, row, lead, 'leadDepartmentId');
      for (const d of co) await checkDepartment(tx, row, d, 'coDepartmentIds');
      // A second whistle withdraws the first: its unreported departments are no longer due.
      await tx.delete(caseDepartments).where(eq(caseDepartments.caseId, id));
      await cancelLimits(tx, id, 'report');
      for (const [departmentId, role] of [[lead, 'lead'], ...co.map((d) => [d, 'co'])] as [string, 'lead' | 'co'][]) {
        const reportDeadline = await startDefaultLimit(tx, cal, id, 'report', now, departmentId);
        await tx.insert(caseDepartments).values({ caseId: id, departmentId, role, whistledAt: now, reportDeadline });
      }
      return {
        patch: { assigneeNodeId: lead, assigneeUserId: null },
        eventData: { leadDepartmentId: lead, coDepartmentIds: co },
        notifyUsers: [],
        notifyDepartments: [lead, ...co],
      };
    }
    case 'acknowledge': {
      const mine = ctx.actor.posts.filter((p) => p.role === 'departmentStaff').map((p) => p.nodeId);
      const reported: string[] = [];
      const rows = await tx.select().from(caseDepartments).where(eq(caseDepartments.caseId, id));
      for (const d of rows) {
        if (d.reportedAt || !mine.includes(d.departmentId)) continue;
        if (acknowledgementReports(d.role as 'lead' | 'co', row.state as CaseState)) {
          await tx
            .update(caseDepartments)
            .set({ reportedAt: now })
            .where(and(eq(caseDepartments.caseId, id), eq(caseDepartments.departmentId, d.departmentId)));
          await stopLimits(tx, id, 'report', now, d.departmentId);
          reported.push(d.departmentId);
        }
      }
      return {
        patch: {},
        eventData: { reportedDepartments: reported, late: rows.some((d) => reported.includes(d.departmentId) && now > d.reportDeadline) },
        notifyUsers: [],
        notifyDepartments: [],
        internal: true,
      };
    }
    case 'return': {
      await tx.delete(caseDepartments).where(eq(caseDepartments.caseId, id));
      await cancelLimits(tx, id, 'report');
      return { patch: { assigneeUserId: null, assigneeNodeId: null }, eventData: { returnedBy: ctx.actor.userId }, notifyUsers: [], notifyDepartments: [] };
    }
    case 'requestExtension': {
      const newDeadline = new Date(need(input.newDeadline, 'newDeadline', '请选择新的办结时间'));
      if (row.handlingDeadline && newDeadline <= row.handlingDeadline) throw new AppError('VALIDATION_FAILED', '新的办结时间须晚于当前时限', 'newDeadline');
      const pending = {
        newDeadline: newDeadline.toISOString(),
        reason: need(input.reason, 'reason', '请填写延期原因'),
        requestedBy: ctx.actor.userId,
        at: now.toISOString(),
      };
      return { patch: { pendingExtension: pending }, eventData: { newDeadline: pending.newDeadline }, notifyUsers: [], notifyDepartments: [], internal: true };
    }
    case 'decideExtension': {
      const approve = need(input.approve, 'approve', '请选择同意或不同意');
      const pending = row.pendingExtension!;
      if (!approve)
        return { patch: { pendingExtension: null }, eventData: { approved: false }, notifyUsers: [pending.requestedBy], notifyDepartments: [], internal: true };
      const deadline = new Date(pending.newDeadline);
      await extendHandlingLimit(tx, id, deadline);
      return {
        patch: { pendingExtension: null, handlingDeadline: deadline, warning: false, overdue: false },
        eventData: { approved: true, newDeadline: pending.newDeadline },
        notifyUsers: [pending.requestedBy],
        notifyDepartments: [],
        internal: true,
      };
    }
    case 'urge':
      return {
        patch: { urgeCount: row.urgeCount + 1 },
        notifyUsers: row.assigneeUserId ? [row.assigneeUserId] : [],
        notifyDepartments: row.assigneeNodeId ? [row.assigneeNodeId] : [],
        internal: true,
      };
    case 'handle':
      await stopLimits(tx, id, 'handling', now);
      await startDefaultLimit(tx, cal, id, 'check', now);
      return none();
    case 'pass':
      await stopLimits(tx, id, 'check', now);
      await startDefaultLimit(tx, cal, id, 'visit', now);
      return none();
    case 'fail': {
      await stopRunningLimit(tx, row.state as CaseState, id, now);
      // Rework continues the handling limit the first repair stopped (ADR 0009).
      const reopened = await reopenHandlingLimit(tx, id, now);
      return {
        patch: { reworkCount: row.reworkCount + 1, ...(reopened ? { handlingDeadline: reopened.deadline, warning: false, overdue: reopened.overdue } : {}) },
        eventData: { rework: row.reworkCount + 1 },
        notifyUsers: row.assigneeUserId ? [row.assigneeUserId] : [],
        notifyDepartments: row.assigneeNodeId ? [row.assigneeNodeId] : [],
      };
    }
    case 'visit': {
      const solved = need(input.solved, 'solved', '请选择问题是否解决');
      const satisfaction = need(input.satisfaction, 'satisfaction', '请选择满意度');
      await stopLimits(tx, id, 'visit', now);
      return { patch: { solved, satisfaction }, eventData: { solved, satisfaction }, notifyUsers: [], notifyDepartments: [] };
    }
    case 'close':
      return {
        patch: { closedAt: now, warning: false, overdue: row.overdue },
        notifyUsers: row.reporterUserId ? [row.reporterUserId] : [],
        notifyDepartments: [],
      };
    case 'reopen': {
      const category = row.categoryId ? await findCategory(tx, row.categoryId) : undefined;
      const deadline = category
        ? await startLimit(tx, cal, { caseId: id, kind: 'handling', start: now, amount: category.limitAmount, clock: category.limitClock as never })
        : null;
      return {
        patch: {
          reopenCount: row.reopenCount + 1,
          closedAt: null,
          assigneeUserId: null,
          assigneeNodeId: null,
          handlingDeadline: deadline,
          warning: false,
          overdue: false,
          satisfaction: null,
          solved: null,
        },
        notifyUsers: [],
        notifyDepartments: [],
      };
    }
    case 'merge': {
      const primaryId = need(input.primaryCaseId, 'primaryCaseId', '请选择主案件');
      if (primaryId === id) throw new AppError('VALIDATION_FAILED', '不能合并到自身', 'primaryCaseId');
      const [primary] = await tx.select().from(cases).where(eq(cases.id, primaryId));
      if (!primary || primary.gridId !== row.gridId) throw new AppError('VALIDATION_FAILED', '主案件不存在或不在同一网格', 'primaryCaseId');
      if (!isOpenCaseState(primary.state as never)) throw new AppError('VALIDATION_FAILED', '主案件已办结，不能合并', 'primaryCaseId');
      // "its reporters and photos move to it": the reporter follows the primary as a supporter.
      let moved = 0;
      if (row.reporterUserId && row.reporterUserId !== primary.reporterUserId) {
        const inserted = await tx.insert(caseSupporters).values({ caseId: primaryId, userId: row.reporterUserId, at: now }).onConflictDoNothing().returning();
        moved = inserted.length;
      }
      await tx
        .update(cases)
        .set({
          supporters: sql`${cases.supporters} + ${moved}`,
          photos: [...primary.photos, ...row.photos].slice(0, 18),
          version: sql`${cases.version} + 1`,
          updatedAt: now,
        })
        .where(eq(cases.id, primaryId));
      await cancelLimits(tx, id, 'accept');
      await cancelLimits(tx, id, 'verify');
      await cancelLimits(tx, id, 'handling');
      return {
        patch: { mergedIntoId: primaryId },
        eventData: { primaryCaseId: primaryId, primaryCaseNo: primary.caseNo },
        notifyUsers: row.reporterUserId ? [row.reporterUserId] : [],
        notifyDepartments: [],
      };
    }
    case 'support': {
      const inserted = await tx.insert(caseSupporters).values({ caseId: id, userId: ctx.actor.userId, at: now }).onConflictDoNothing().returning();
      if (inserted.length === 0) throw new AppError('CONFLICT', '您已经点过"我也遇到"');
      return { patch: { supporters: row.supporters + 1 }, notifyUsers: [], notifyDepartments: [], internal: true };
    }
    default: {
      const unknown: never = input.action;
      throw new AppError('VALIDATION_FAILED', `未知操作 ${String(unknown)}`, 'action');
    }
  }
}
