import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { CLOSE_REMINDER_DAYS, UNCLOSED_MEETING_STATES } from '@linli/shared';
import type { Job } from '../../platform/jobs/scheduler';
import { enqueueMany } from '../../platform/outbox/outbox';
import { newId } from '../../platform/ids';
import { meetingEvents, meetings } from './deliberation.tables';
import { noticeToConvener } from './meeting-notices';

const DAY = 86_400_000;

/**
 * Reminds the convener of each meeting still without minutes 3 and 7 days after its end (Decidim's
 * close-meeting reminders). Each reminder is recorded on the meeting (`remindersSent`), so a second
 * run, or a run after a late start, sends none twice; a meeting 7 days past gets only the 7-day one.
 */
export async function sendCloseReminders(tx: Parameters<Job['run']>[0], now: Date): Promise<number> {
  let sent = 0;
  for (const days of [...CLOSE_REMINDER_DAYS].sort((a, b) => b - a)) {
    const due = await tx
      .select()
      .from(meetings)
      .where(
        and(
          inArray(meetings.state, [...UNCLOSED_MEETING_STATES]),
          lte(meetings.endsAt, new Date(now.getTime() - days * DAY)),
          sql`not (${days} = any(${meetings.remindersSent}))`,
        ),
      )
      .limit(500);
    for (const m of due) {
      // A later reminder counts for the earlier ones too: the 3-day one is not sent after the 7-day one.
      const marks = CLOSE_REMINDER_DAYS.filter((d) => d <= days && !m.remindersSent.includes(d));
      await tx
        .update(meetings)
        .set({ remindersSent: [...m.remindersSent, ...marks] })
        .where(eq(meetings.id, m.id));
      await tx
        .insert(meetingEvents)
        .values({ id: newId(now), meetingId: m.id, action: 'closeReminder', actorName: '系统', note: `会后${days}天未归档纪要，已提醒召集人`, at: now });
      await enqueueMany(tx, [noticeToConvener(m, '议事会纪要待归档', `「${m.title}」已结束${days}天，请登记召开情况并归档会议纪要`)]);
      sent += 1;
    }
  }
  return sent;
}

/** The close reminders as a scheduled job. */
export const closeRemindersJob: Job = {
  name: 'deliberation-close-reminders',
  everyMs: 3_600_000,
  run: async (tx, now) => {
    await sendCloseReminders(tx, now);
  },
};
