import { and, eq, inArray, lte, or } from 'drizzle-orm';
import type { Job } from '../../platform/jobs/scheduler';
import { enqueue } from '../../platform/outbox/outbox';
import { caseLimits, cases } from './cases.tables';
import { withCaseStats } from './stats/stats-rollup';

/**
 * Marks limits that reached 80% as warnings and passed limits as missed; a case's own warning and
 * overdue flags follow its handling limit. The assignee and the grid's dispatchers are told.
 */
export const deadlineSweepJob: Job = {
  name: 'case-deadline-sweep',
  everyMs: 60_000,
  async run(tx, now) {
    const warnable = and(eq(caseLimits.status, 'running'), eq(caseLimits.warned, false), lte(caseLimits.warnAt, now));
    const missable = and(eq(caseLimits.status, 'running'), lte(caseLimits.deadline, now));
    const touching = await tx.selectDistinct({ caseId: caseLimits.caseId }).from(caseLimits).where(or(warnable, missable));
    // A missed handling limit turns the case overdue in the dashboard rollup, so the touched cases'
    // contributions are redone; recordCaseStats locks them first, as actions do, before any limit row.
    const { warned, missed } = await withCaseStats(
      tx,
      touching.map((t) => t.caseId),
      async () => ({
        warned: await tx.update(caseLimits).set({ warned: true }).where(warnable).returning({ caseId: caseLimits.caseId, kind: caseLimits.kind }),
        missed: await tx.update(caseLimits).set({ status: 'missed' }).where(missable).returning({ caseId: caseLimits.caseId, kind: caseLimits.kind }),
      }),
    );
    const warnedCases = warned.filter((w) => w.kind === 'handling').map((w) => w.caseId);
    const overdueCases = missed.filter((m) => m.kind === 'handling').map((m) => m.caseId);
    if (warnedCases.length) await tx.update(cases).set({ warning: true }).where(inArray(cases.id, warnedCases));
    if (overdueCases.length) await tx.update(cases).set({ overdue: true, warning: false }).where(inArray(cases.id, overdueCases));
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
