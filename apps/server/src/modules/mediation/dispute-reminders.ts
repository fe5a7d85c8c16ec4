import { and, eq, gt, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import {
  CLOCK_DISPUTE_STATES,
  CONCLUDE_REMINDER_DAYS,
  CONFIRMATION_OPEN_STATES,
  CONFIRMATION_REMINDER_DAYS,
  CONFIRMATION_WINDOW_DAYS,
  confirmationNotApplied,
  confirmationWindowEnd,
  remindersDue,
  type ConfirmationState,
  type DisputeState,
} from '@linli/shared';
import { newId } from '../../platform/ids';
import type { Job } from '../../platform/jobs/scheduler';
import { enqueue } from '../../platform/outbox/outbox';
import type { DisputeRow } from './mediation.repository';
import { disputeEvents, disputes, mediators } from './mediation.tables';

const DAY = 86_400_000;
const AHEAD = Math.max(...CONCLUDE_REMINDER_DAYS, ...CONFIRMATION_REMINDER_DAYS) * DAY;

type Tx = Parameters<Job['run']>[0];

/** What one dispute is to be reminded of at `now`, and the keys to mark as sent. */
function dueFor(row: DisputeRow, now: Date): { title: string; body: string; mark: string[] } | null {
  const mark: string[] = [];
  const parts: string[] = [];
  if (row.dueAt && CLOCK_DISPUTE_STATES.includes(row.state as DisputeState)) {
    const r = remindersDue('conclude', row.dueAt, CONCLUDE_REMINDER_DAYS, now, row.remindersSent);
    mark.push(...r.mark);
    if (r.send) parts.push(`距一个月调结期限还有${r.send.days}天，请抓紧调解；确需延期须经双方当事人同意`);
  }
  if (
    row.concludedAt &&
    row.agreementForm === 'written' &&
    row.outcome === 'agreed' &&
    confirmationNotApplied(row.confirmation as ConfirmationState) &&
    CONFIRMATION_OPEN_STATES.includes(row.state as DisputeState)
  ) {
    const r = remindersDue('confirm', confirmationWindowEnd(row.concludedAt), CONFIRMATION_REMINDER_DAYS, now, row.remindersSent);
    mark.push(...r.mark);
    if (r.send) parts.push(`书面协议生效已满${CONFIRMATION_WINDOW_DAYS - r.send.days}天，司法确认申请期还剩${r.send.days}天，当事人如需申请请尽快`);
  }
  if (!mark.length) return null;
  return { title: `调解 ${row.disputeNo} 期限提醒`, body: parts.join('；'), mark };
}

/**
 * Reminds the mediators of a dispute (those with an account; else the community's staff) when its
 * one-month clock is 7 and 2 days from the end, and when a written agreement's 30-day window for court
 * confirmation is 7 and 2 days from closing. Each reminder is keyed by its deadline and kept on the
 * dispute (`remindersSent`), so a second run sends nothing and an extended deadline is reminded afresh;
 * the step goes on the committee's timeline (not the parties'), the version stays (no open form goes stale).
 */
export async function sendDisputeReminders(tx: Tx, now: Date): Promise<number> {
  const soon = new Date(now.getTime() + AHEAD);
  const windowOpenedAfter = new Date(now.getTime() - CONFIRMATION_WINDOW_DAYS * DAY);
  const rows = await tx
    .select()
    .from(disputes)
    .where(
      or(
        and(inArray(disputes.state, [...CLOCK_DISPUTE_STATES]), isNotNull(disputes.dueAt), gt(disputes.dueAt, now), lte(disputes.dueAt, soon)),
        and(
          inArray(disputes.state, [...CONFIRMATION_OPEN_STATES]),
          eq(disputes.agreementForm, 'written'),
          gt(disputes.concludedAt, windowOpenedAfter),
          lte(disputes.concludedAt, new Date(soon.getTime() - CONFIRMATION_WINDOW_DAYS * DAY)),
        ),
      ),
    )
    .limit(500);
  let sent = 0;
  for (const row of rows) {
    const due = dueFor(row, now);
    if (!due) continue;
    await tx
      .update(disputes)
      .set({ remindersSent: sql`${disputes.remindersSent} || ${sql.param(due.mark)}::text[]` })
      .where(eq(disputes.id, row.id));
    if (!due.body) continue;
    await tx.insert(disputeEvents).values({
      id: newId(now),
      disputeId: row.id,
      action: 'remind',
      fromState: row.state,
      toState: row.state,
      actorUserId: null,
      actorName: '系统',
      at: now,
      note: due.body,
      isPublic: false,
      path: row.path,
    });
    const accounts = row.mediatorIds.length
      ? (await tx.select({ userId: mediators.userId }).from(mediators).where(inArray(mediators.id, row.mediatorIds)))
          .map((m) => m.userId)
          .filter((u): u is string => u !== null)
      : [];
    const notice = { title: due.title, body: due.body, link: `/disputes/${row.id}` };
    if (accounts.length) await enqueue(tx, 'notify.users', { ...notice, userIds: accounts });
    else await enqueue(tx, 'notify.area', { ...notice, path: row.path, roles: ['communityStaff'] });
    sent += 1;
  }
  return sent;
}

/** The deadline reminders as a scheduled job (hourly: a reminder is at most an hour late). */
export const disputeRemindersJob: Job = {
  name: 'mediation-deadline-reminders',
  everyMs: 3_600_000,
  run: async (tx, now) => {
    await sendDisputeReminders(tx, now);
  },
};
