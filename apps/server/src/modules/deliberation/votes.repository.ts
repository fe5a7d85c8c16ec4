import { and, asc, desc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import { ATTENDED_REGISTRATION_STATES, BALLOT_OPEN_VOTE_STATES, type VoteChoice, type VoteState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { type DeliberationScope, visibleBallots, visibleMeetings, visibleVotes } from './deliberation-access';
import { meetingRegistrations, meetings } from './deliberation.tables';
import type { MeetingRow } from './deliberation.repository';
import { meetingBallots, meetingVotes } from './votes.tables';

/** A vote row. */
export type VoteRow = typeof meetingVotes.$inferSelect;

/** A visible vote, optionally locked (`update` for its transitions, `share` for a ballot), or 404. */
export async function findVote(db: DbOrTx, scope: DeliberationScope, id: string, lock?: 'update' | 'share'): Promise<VoteRow> {
  const query = db
    .select()
    .from(meetingVotes)
    .where(and(eq(meetingVotes.id, id), visibleVotes(scope)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) notFound('表决');
  return row;
}

/** A meeting's votes in the order they were put (the meeting itself was found in the caller's scope). */
export async function votesOfMeeting(db: DbOrTx, scope: DeliberationScope, meetingId: string): Promise<VoteRow[]> {
  return db
    .select()
    .from(meetingVotes)
    .where(and(eq(meetingVotes.meetingId, meetingId), visibleVotes(scope)))
    .orderBy(asc(meetingVotes.createdAt), asc(meetingVotes.id));
}

/** The votes the caller sees across meetings, newest first (at most 50). */
export async function listVisibleVotes(db: DbOrTx, scope: DeliberationScope, state?: VoteState): Promise<VoteRow[]> {
  const conditions: SQL[] = [visibleVotes(scope)];
  if (state) conditions.push(eq(meetingVotes.state, state));
  return db
    .select()
    .from(meetingVotes)
    .where(and(...conditions))
    .orderBy(desc(meetingVotes.createdAt), desc(meetingVotes.id))
    .limit(50);
}

/** The visible meetings of these votes, by id. */
export async function meetingsOf(db: DbOrTx, scope: DeliberationScope, ids: string[]): Promise<Map<string, MeetingRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(meetings)
    .where(and(inArray(meetings.id, [...new Set(ids)]), visibleMeetings(scope)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The meetings among these where the user checked in. */
export async function checkedInMeetings(db: DbOrTx, meetingIds: string[], userId: string): Promise<Set<string>> {
  if (!meetingIds.length) return new Set();
  const rows = await db
    .select({ meetingId: meetingRegistrations.meetingId })
    .from(meetingRegistrations)
    .where(
      and(
        inArray(meetingRegistrations.meetingId, [...new Set(meetingIds)]),
        eq(meetingRegistrations.userId, userId),
        inArray(meetingRegistrations.state, [...ATTENDED_REGISTRATION_STATES]),
      ),
    );
  return new Set(rows.map((r) => r.meetingId));
}

/** The users checked in at a meeting (told when a phone vote opens). */
export async function checkedInUsers(db: DbOrTx, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: meetingRegistrations.userId })
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meetingId), inArray(meetingRegistrations.state, [...ATTENDED_REGISTRATION_STATES])));
  return rows.map((r) => r.userId);
}

/** Phone ballots per vote and choice: counts only, never who. */
export async function ballotCounts(db: DbOrTx, voteIds: string[]): Promise<Map<string, Record<VoteChoice, number>>> {
  const out = new Map<string, Record<VoteChoice, number>>();
  if (!voteIds.length) return out;
  const rows = await db
    .select({ voteId: meetingBallots.voteId, choice: meetingBallots.choice, n: sql<number>`count(*)`.mapWith(Number) })
    .from(meetingBallots)
    .where(inArray(meetingBallots.voteId, voteIds))
    .groupBy(meetingBallots.voteId, meetingBallots.choice);
  for (const r of rows) {
    const counts = out.get(r.voteId) ?? { yes: 0, no: 0, abstain: 0 };
    counts[r.choice as VoteChoice] += r.n;
    out.set(r.voteId, counts);
  }
  return out;
}

/** The caller's own ballots in these votes. */
export async function myBallots(db: DbOrTx, scope: DeliberationScope, voteIds: string[]): Promise<Map<string, VoteChoice>> {
  if (!voteIds.length) return new Map();
  const rows = await db
    .select({ voteId: meetingBallots.voteId, choice: meetingBallots.choice })
    .from(meetingBallots)
    .where(and(inArray(meetingBallots.voteId, voteIds), visibleBallots(scope)));
  return new Map(rows.map((r) => [r.voteId, r.choice as VoteChoice]));
}

/** Whether the user checked in at the meeting (present attendees vote by phone). */
export async function isCheckedIn(db: DbOrTx, meetingId: string, userId: string): Promise<boolean> {
  return (await checkedInMeetings(db, [meetingId], userId)).has(meetingId);
}

/** Records the caller's choice, or changes it: one row per voter and vote, whatever arrives at once. */
export async function upsertBallot(db: DbOrTx, row: typeof meetingBallots.$inferInsert): Promise<void> {
  await db
    .insert(meetingBallots)
    .values(row)
    .onConflictDoUpdate({ target: [meetingBallots.voteId, meetingBallots.userId], set: { choice: row.choice, changedAt: row.changedAt } });
}

/** How many of a meeting's votes are still open (a meeting is not closed over one), and the most present any of them counted. */
export async function meetingVoteFacts(db: DbOrTx, meetingId: string): Promise<{ open: number; maxPresent: number }> {
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${inArray(meetingVotes.state, [...BALLOT_OPEN_VOTE_STATES])})`.mapWith(Number),
      maxPresent: max(meetingVotes.present),
    })
    .from(meetingVotes)
    .where(eq(meetingVotes.meetingId, meetingId));
  return { open: row?.open ?? 0, maxPresent: row?.maxPresent ?? 0 };
}
