import { and, eq, lt } from 'drizzle-orm';
import { chinaDateOf, occurrencesOf, MEETING_KIND_LABELS, type MeetingKind } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import type { Job } from '../../platform/jobs/scheduler';
import { meetingSeries, meetings } from './deliberation.tables';
import type { SeriesRow } from './deliberation.repository';

/** How far ahead the calendar is generated, in days. */
export const CALENDAR_HORIZON_DAYS = 62;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes the series' meetings from the day after `generatedUntil` through `until` (local dates):
 * one per occurrence, skipped when it exists (the unique series/date index), so runs may overlap.
 */
export async function generateSeriesMeetings(db: DbOrTx, series: SeriesRow, until: string, now: Date): Promise<number> {
  const from = series.generatedUntil < series.startsOn ? series.startsOn : addDays(series.generatedUntil, 1);
  if (from > until) return 0;
  const rows = occurrencesOf(series.rule, from, until).map((o) => ({
    id: newId(o.startsAt),
    communityId: series.communityId,
    path: series.path,
    seriesId: series.id,
    occurrence: o.date,
    kind: series.kind,
    title: `${series.title}（${o.date.slice(5, 7)}月${o.date.slice(8)}日）`,
    place: series.place,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    seats: series.seats,
    reserved: series.reserved,
    convenerUserId: series.convenerUserId,
    createdAt: now,
  }));
  const written = rows.length
    ? await db
        .insert(meetings)
        .values(rows)
        .onConflictDoNothing({ target: [meetings.seriesId, meetings.occurrence] })
        .returning({ id: meetings.id })
    : [];
  await db.update(meetingSeries).set({ generatedUntil: until }).where(eq(meetingSeries.id, series.id));
  return written.length;
}

/** The default title of a series of `kind`. */
export function seriesTitle(kind: MeetingKind, communityName: string): string {
  return `${communityName}${MEETING_KIND_LABELS[kind]}`;
}

/** Keeps every active series' calendar generated `CALENDAR_HORIZON_DAYS` ahead. */
export const meetingCalendarJob: Job = {
  name: 'deliberation-calendar',
  everyMs: 6 * 3_600_000,
  async run(tx, now) {
    const until = addDays(chinaDateOf(now), CALENDAR_HORIZON_DAYS);
    const due = await tx
      .select()
      .from(meetingSeries)
      .where(and(eq(meetingSeries.active, true), lt(meetingSeries.generatedUntil, until)));
    for (const series of due) await generateSeriesMeetings(tx, series, until, now);
  },
};
