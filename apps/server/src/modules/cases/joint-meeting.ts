import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/outbox/outbox';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { checkDepartment } from './case-actions';
import { startDefaultLimit, startLimit, stopLimits } from './case-limits';
import { findCategory } from './categories.repository';
import { caseDepartments, caseEvents, cases } from './cases.tables';
import { prepareNewCase } from './intake/prepare-new-case';
import { writeNewCases } from './intake/write-new-cases';
import { recordCaseStats } from './stats/stats-rollup';

/** What the street joint meeting 联席会 decided: which grid the case belongs to, what it is, who handles it. */
export interface JointMeetingReferral {
  gridId: string;
  title: string;
  description: string;
  categoryId: string;
  leadDepartmentId: string;
  note?: string;
}

/**
 * Opens a case the street joint meeting 联席会 hands to a department (DOMAIN §3): submitted, then
 * straight to `dispatched` at street tier with the category's handling limit and the department's
 * report limit running. The meeting's decision stands for the community's intake steps (the
 * community sits on the meeting), so nobody acts under a post they do not hold: the timeline
 * records the submission and one whistle by the street officer. Runs in the caller's transaction,
 * so a refusal after it leaves no case behind.
 */
export async function openFromJointMeeting(deps: AppDeps, tx: Tx, actor: Actor, input: JointMeetingReferral): Promise<{ id: string; caseNo: string }> {
  const now = deps.now ? deps.now() : new Date();
  // The timeline and notices name the officer as acting for the meeting; the posts stay the officer's own.
  const officer: Actor = { ...actor, displayName: `${actor.displayName}（街道联席会）` };
  const category = await findCategory(tx, input.categoryId);
  if (!category?.active) throw new AppError('VALIDATION_FAILED', '案件类别不存在或已停用', 'categoryId');
  const description = input.description;
  const prepared = await prepareNewCase(
    deps,
    tx,
    officer,
    { description, title: input.title, channel: 'meeting', gridId: input.gridId, photos: [], anonymous: false },
    undefined,
    now,
  );
  const street = prepared.row.path.split('/').filter(Boolean).slice(0, 2);
  const streetPath = `/${street.join('/')}/`;
  if (!actor.posts.some((p) => p.role === 'streetOfficer' && streetPath.startsWith(p.nodePath)))
    throw new AppError('FORBIDDEN', '只有街道工作人员可以在联席会上交办案件');
  const [written] = await writeNewCases(tx, deps.calendar, [prepared]);
  const row = written.row;
  await checkDepartment(tx, row, input.leadDepartmentId, 'leadDepartmentId');

  // The case's "submitted" contribution to the dashboard rollup out, its "dispatched" one in after the write.
  await recordCaseStats(tx, [row.id], -1);
  await stopLimits(tx, row.id, 'accept', now);
  const handlingDeadline = await startLimit(tx, deps.calendar, {
    caseId: row.id,
    kind: 'handling',
    start: now,
    amount: category.limitAmount,
    clock: category.limitClock as never,
  });
  const reportDeadline = await startDefaultLimit(tx, deps.calendar, row.id, 'report', now, input.leadDepartmentId);
  await tx.insert(caseDepartments).values({ caseId: row.id, departmentId: input.leadDepartmentId, role: 'lead', whistledAt: now, reportDeadline });
  await tx
    .update(cases)
    .set({
      categoryId: category.id,
      urgency: category.urgency,
      tier: 'street',
      highestTier: 'street',
      state: 'dispatched',
      handlingDeadline,
      assigneeNodeId: input.leadDepartmentId,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(eq(cases.id, row.id));
  await tx.insert(caseEvents).values({
    id: newId(),
    caseId: row.id,
    action: 'whistle',
    fromState: row.state,
    toState: 'dispatched',
    actorUserId: actor.userId,
    actorName: officer.displayName,
    at: now,
    note: input.note ?? '街道联席会交办',
    isPublic: true,
    data: { jointMeeting: true, category: category.name, tier: 'street', leadDepartmentId: input.leadDepartmentId, coDepartmentIds: [] },
    photos: [],
    path: row.path,
  });
  await recordCaseStats(tx, [row.id], 1);
  await recordAudit(tx, auditActorOf(actor), {
    action: 'cases.openFromJointMeeting',
    targetType: 'case',
    targetId: row.id,
    path: row.path,
    detail: { leadDepartmentId: input.leadDepartmentId },
  });
  await enqueue(tx, 'notify.departments', {
    title: `案件 ${row.caseNo}`,
    body: `${officer.displayName}：吹哨派发`,
    link: `/cases/${row.id}`,
    departmentIds: [input.leadDepartmentId],
  });
  return { id: row.id, caseNo: row.caseNo };
}
