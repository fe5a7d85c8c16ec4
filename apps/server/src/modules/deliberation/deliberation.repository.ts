import { and, asc, desc, eq, gt, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import {
  ATTENDED_REGISTRATION_STATES,
  DROPPED_MEETING_REGISTRATION_STATES,
  UNCLOSED_MEETING_STATES,
  WAITLISTED_MEETING_REGISTRATION_STATES,
  SEATED_REGISTRATION_STATES,
  type ListMeetingsQuery,
  type ListSuggestionsQuery,
  type SeatCounts,
  type ReservableRole,
} from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { type DeliberationScope, visibleMeetings, visibleRegistrations, visibleSeries, visibleSuggestions } from './deliberation-access';
import { meetingEvents, meetingRegistrations, meetingSeries, meetings, suggestionEvents, suggestionMilestones, suggestions } from './deliberation.tables';

/** A meeting row. */
export type MeetingRow = typeof meetings.$inferSelect;
/** A registration row. */
export type RegistrationRow = typeof meetingRegistrations.$inferSelect;
/** A suggestion row. */
export type SuggestionRow = typeof suggestions.$inferSelect;
/** A series row. */
export type SeriesRow = typeof meetingSeries.$inferSelect;

// Every read takes the caller's scope and applies the table's rule from deliberation-access.ts.

/** A visible meeting, optionally locked for the transaction (registrations queue on it), or 404. */
export async function findMeeting(db: DbOrTx, scope: DeliberationScope, id: string, lock = false): Promise<MeetingRow> {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), visibleMeetings(scope)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) notFound('议事会');
  return row;
}

/** Meetings in the caller's view between two instants, soonest first (a calendar range, at most 1000). */
export async function listMeetings(
  db: DbOrTx,
  scope: DeliberationScope,
  filter: MeetingFilter,
  page: { after?: { at: Date; id: string }; limit: number } = { limit: 1000 },
): Promise<MeetingRow[]> {
  const conditions = meetingConditions(scope, filter);
  if (page.after) conditions.push(or(gt(meetings.startsAt, page.after.at), and(eq(meetings.startsAt, page.after.at), gt(meetings.id, page.after.id))) as SQL);
  return db
    .select()
    .from(meetings)
    .where(and(...conditions))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(page.limit);
}

/** How many meetings {@link listMeetings} would list without a page limit (the export's count). */
export async function countMeetings(db: DbOrTx, scope: DeliberationScope, filter: MeetingFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(and(...meetingConditions(scope, filter)));
  return row.n;
}

/** A meeting list's filter with its range resolved to instants. */
export type MeetingFilter = Omit<ListMeetingsQuery, 'from' | 'to' | 'unclosed'> & { from: Date; to: Date; endedBefore?: Date };

function meetingConditions(scope: DeliberationScope, filter: MeetingFilter): SQL[] {
  const conditions: SQL[] = [visibleMeetings(scope), gte(meetings.startsAt, filter.from), lt(meetings.startsAt, filter.to)];
  if (filter.communityId) conditions.push(eq(meetings.communityId, filter.communityId));
  if (filter.state) conditions.push(eq(meetings.state, filter.state));
  if (filter.kind) conditions.push(eq(meetings.kind, filter.kind));
  if (filter.endedBefore) conditions.push(inArray(meetings.state, [...UNCLOSED_MEETING_STATES]), lte(meetings.endsAt, filter.endedBefore));
  return conditions;
}

/** Series in the caller's view. */
export async function listSeries(db: DbOrTx, scope: DeliberationScope, communityId?: string): Promise<SeriesRow[]> {
  const conditions: SQL[] = [visibleSeries(scope), eq(meetingSeries.active, true)];
  if (communityId) conditions.push(eq(meetingSeries.communityId, communityId));
  return db
    .select()
    .from(meetingSeries)
    .where(and(...conditions))
    .orderBy(asc(meetingSeries.path), asc(meetingSeries.kind));
}

/** Seats taken, waiting and checked in per meeting. */
export async function registrationCounts(db: DbOrTx, ids: string[]): Promise<Map<string, { seated: number; waiting: number; attended: number }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      meetingId: meetingRegistrations.meetingId,
      seated: sql<number>`count(*) filter (where ${inArray(meetingRegistrations.state, [...SEATED_REGISTRATION_STATES])})`.mapWith(Number),
      waiting: sql<number>`count(*) filter (where ${inArray(meetingRegistrations.state, [...WAITLISTED_MEETING_REGISTRATION_STATES])})`.mapWith(Number),
      attended: sql<number>`count(*) filter (where ${inArray(meetingRegistrations.state, [...ATTENDED_REGISTRATION_STATES])})`.mapWith(Number),
    })
    .from(meetingRegistrations)
    .where(inArray(meetingRegistrations.meetingId, ids))
    .groupBy(meetingRegistrations.meetingId);
  return new Map(rows.map((r) => [r.meetingId, r]));
}

/** Seats taken by kind in one meeting (call under the meeting's lock). */
export async function seatCounts(db: DbOrTx, meetingId: string): Promise<SeatCounts> {
  const rows = await db
    .select({ seat: meetingRegistrations.seat, n: sql<number>`count(*)`.mapWith(Number) })
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meetingId), inArray(meetingRegistrations.state, [...SEATED_REGISTRATION_STATES])))
    .groupBy(meetingRegistrations.seat);
  const counts: SeatCounts = { general: 0, reserved: {} };
  for (const r of rows) {
    if (r.seat === 'general' || r.seat === null) counts.general += r.n;
    else counts.reserved[r.seat as ReservableRole] = r.n;
  }
  return counts;
}

/** The caller's live registrations of these meetings. */
export async function myRegistrations(db: DbOrTx, scope: DeliberationScope, meetingIds: string[]): Promise<Map<string, RegistrationRow>> {
  if (!meetingIds.length) return new Map();
  const rows = await db
    .select()
    .from(meetingRegistrations)
    .where(
      and(
        inArray(meetingRegistrations.meetingId, meetingIds),
        eq(meetingRegistrations.userId, scope.userId),
        notInArray(meetingRegistrations.state, [...DROPPED_MEETING_REGISTRATION_STATES]),
        visibleRegistrations(scope),
      ),
    );
  return new Map(rows.map((r) => [r.meetingId, r]));
}

/** Every registration of a meeting in queue order (staff of the meeting see them). */
export async function meetingRegistrationRows(db: DbOrTx, scope: DeliberationScope, meetingId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meetingId), visibleRegistrations(scope)))
    .orderBy(asc(meetingRegistrations.queueNo));
}

/** A visible registration by id, or 404. */
export async function findRegistration(db: DbOrTx, scope: DeliberationScope, id: string): Promise<RegistrationRow> {
  const [row] = await db
    .select()
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.id, id), visibleRegistrations(scope)));
  if (!row) notFound('报名');
  return row;
}

/** The waiting list of a meeting, oldest first. */
export async function waitlist(db: DbOrTx, meetingId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meetingId), inArray(meetingRegistrations.state, [...WAITLISTED_MEETING_REGISTRATION_STATES])))
    .orderBy(asc(meetingRegistrations.queueNo));
}

/** A meeting's history, oldest first. */
export async function meetingHistory(db: DbOrTx, meetingId: string) {
  return db.select().from(meetingEvents).where(eq(meetingEvents.meetingId, meetingId)).orderBy(asc(meetingEvents.at), asc(meetingEvents.seq));
}

/** A visible suggestion, optionally locked, or 404. */
export async function findSuggestion(db: DbOrTx, scope: DeliberationScope, id: string, lock = false): Promise<SuggestionRow> {
  const query = db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.id, id), visibleSuggestions(scope)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) notFound('建议');
  return row;
}

/** Suggestions in the caller's view, newest first (keyset on created time and id). */
export async function listSuggestionRows(
  db: DbOrTx,
  scope: DeliberationScope,
  filter: SuggestionFilter & { before?: { at: Date; id: string } },
  limit: number,
): Promise<SuggestionRow[]> {
  const conditions = suggestionConditions(scope, filter);
  if (filter.before)
    conditions.push(
      or(lt(suggestions.createdAt, filter.before.at), and(eq(suggestions.createdAt, filter.before.at), lt(suggestions.id, filter.before.id))) as SQL,
    );
  return db
    .select()
    .from(suggestions)
    .where(and(...conditions))
    .orderBy(desc(suggestions.createdAt), desc(suggestions.id))
    .limit(limit);
}

/** How many suggestions {@link listSuggestionRows} would list without a page limit (the export's count). */
export async function countSuggestionRows(db: DbOrTx, scope: DeliberationScope, filter: SuggestionFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(suggestions)
    .where(and(...suggestionConditions(scope, filter)));
  return row.n;
}

/** A suggestion list's filter (`mine`: only the caller's own). */
export type SuggestionFilter = Omit<ListSuggestionsQuery, 'after' | 'limit'> & { mine?: boolean };

function suggestionConditions(scope: DeliberationScope, filter: SuggestionFilter): SQL[] {
  const conditions: SQL[] = [visibleSuggestions(scope)];
  if (filter.mine) conditions.push(eq(suggestions.suggesterUserId, scope.userId));
  if (filter.communityId) conditions.push(eq(suggestions.communityId, filter.communityId));
  if (filter.state) conditions.push(eq(suggestions.state, filter.state));
  if (filter.source) conditions.push(eq(suggestions.source, filter.source));
  if (filter.outcome) conditions.push(eq(suggestions.outcome, filter.outcome));
  if (filter.meetingId) conditions.push(eq(suggestions.meetingId, filter.meetingId));
  return conditions;
}

/** State and outcome of the suggestions in the caller's staff view collected in [from, to), with their community, for the funnel. */
export async function funnelRows(db: DbOrTx, scope: DeliberationScope, under: string | null, from: Date, to: Date) {
  const conditions: SQL[] = [visibleSuggestions(scope), gte(suggestions.createdAt, from), lt(suggestions.createdAt, to)];
  if (under) conditions.push(sql`${suggestions.path} like ${under + '%'}`);
  return db
    .select({ communityId: suggestions.communityId, path: suggestions.path, state: suggestions.state, outcome: suggestions.outcome })
    .from(suggestions)
    .where(and(...conditions));
}

/** A suggestion's milestones in order. */
export async function milestonesOf(db: DbOrTx, suggestionId: string) {
  return db.select().from(suggestionMilestones).where(eq(suggestionMilestones.suggestionId, suggestionId)).orderBy(asc(suggestionMilestones.position));
}

/** A suggestion's timeline, oldest first. */
export async function suggestionHistory(db: DbOrTx, suggestionId: string) {
  return db.select().from(suggestionEvents).where(eq(suggestionEvents.suggestionId, suggestionId)).orderBy(asc(suggestionEvents.at), asc(suggestionEvents.seq));
}

/** Suggestions counted per meeting. */
export async function suggestionCountOf(db: DbOrTx, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(suggestions)
    .where(eq(suggestions.meetingId, meetingId));
  return row.n;
}
