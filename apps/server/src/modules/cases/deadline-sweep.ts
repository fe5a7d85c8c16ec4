import { and, inArray, lte, or } from 'drizzle-orm';
import { CASE_FLAGS_ON, CLOCK_RULES, FLAGGING_LIMIT } from '@linli/shared';
import type { Job } from '../../platform/jobs/scheduler';
import { enqueue } from '../../platform/outbox/outbox';
import { caseLimits, cases } from './cases.tables';
import { clockIn, clockPatch } from './limit-clock-sql';
import { withCaseStats } from './stats/stats-rollup';

/**
 * The deadline clock's sweep events: limits past their 80 % point turn due soon (`warn`), limits
 * past their deadline overdue (`overdue`); a case's own warning and overdue flags follow its
 * handling limit (FLAGGING_LIMIT, CASE_FLAGS_ON). The assignee and the grid's dispatchers are told.
 */
export const deadlineSweepJob: Job = {
  name: 'case-deadline-sweep',
  everyMs: 60_000,
  async run(tx, now) {
    // The events' guards (warning point, deadline passed) as SQL, over the states each event moves from.
    const warnable = and(clockIn(CLOCK_RULES.warn.from), lte(caseLimits.warnAt, now));
    const missable = and(clockIn(CLOCK_RULES.overdue.from), lte(caseLimits.deadline, now));
    const touching = await tx.selectDistinct({ caseId: caseLimits.caseId }).from(caseLimits).where(or(warnable, missable));
    // A missed handling limit turns the case overdue in the dashboard rollup, so the touched cases'
    // contributions are redone; recordCaseStats locks them first, as actions do, before any limit row.
    const { warned, missed } = await withCaseStats(
      tx,
      touching.map((t) => t.caseId),
      async () => ({
        warned: await tx.update(caseLimits).set(clockPatch('dueSoon')).where(warnable).returning({ caseId: caseLimits.caseId, kind: caseLimits.kind }),
        missed: await tx.update(caseLimits).set(clockPatch('overdue')).where(missable).returning({ caseId: caseLimits.caseId, kind: caseLimits.kind }),
      }),
    );
    const warnedCases = warned.filter((w) => w.kind === FLAGGING_LIMIT).map((w) => w.caseId);
    const overdueCases = missed.filter((m) => m.kind === FLAGGING_LIMIT).map((m) => m.caseId);
    if (warnedCases.length) await tx.update(cases).set(CASE_FLAGS_ON.dueSoon).where(inArray(cases.id, warnedCases));
    if (overdueCases.length) await tx.update(cases).set(CASE_FLAGS_ON.overdue).where(inArray(cases.id, overdueCases));
    const touched = [...new Set([...warnedCases, ...overdueCases])];
    if (touched.length === 0) return;
    const rows = await tx
      .select({ id: cases.id, caseNo: cases.caseNo, path: cases.path, assigneeUserId: cases.assigneeUserId, assigneeNodeId: cases.assigneeNodeId })
      .from(cases)
      .where(inArray(cases.id, touched));
    for (const row of rows) {
      const overdue = overdueCases.includes(row.id);
      const notice = {
        title: `案件 ${row.caseNo}${overdue ? '已超期' : '即将超期'}`,
        body: overdue ? '处置时限已过，请尽快办理' : '已用去80%的处置时限',
        link: `/cases/${row.id}`,
      };
      if (row.assigneeUserId) await enqueue(tx, 'notify.users', { ...notice, userIds: [row.assigneeUserId] });
      if (row.assigneeNodeId) await enqueue(tx, 'notify.departments', { ...notice, departmentIds: [row.assigneeNodeId] });
      await enqueue(tx, 'notify.area', { ...notice, path: row.path, roles: ['communityStaff'] });
    }
  },
};
