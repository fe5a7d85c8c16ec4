import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A live vote 表决 in a meeting: a motion, how it is taken (show of hands keyed in by staff, or
 * attendees' phones), the quorum share, and once closed its fixed counts and result.
 */
export const meetingVotes = pgTable(
  'meeting_votes',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id').notNull(),
    /** The meeting's community path (visibility). */
    path: text('path').notNull(),
    motion: text('motion').notNull(),
    method: text('method').notNull(),
    /** Votes cast must be more than this percent of those present (`tallyVote`). */
    quorumPercent: integer('quorum_percent').notNull(),
    state: text('state').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    /** Show of hands: as keyed in; phone: counted from the ballots at close. Null until then. */
    yes: integer('yes'),
    no: integer('no'),
    abstain: integer('abstain'),
    /** Those present: keyed in with the hands, or the checked-in attendees when a phone vote closes. */
    present: integer('present'),
    quorumMet: boolean('quorum_met'),
    passed: boolean('passed'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('meeting_votes_meeting_idx').on(t.meetingId, t.createdAt)],
);

/** One attendee's phone ballot in a vote: one per voter (unique), changed in place until the vote closes. */
export const meetingBallots = pgTable(
  'meeting_ballots',
  {
    id: uuid('id').primaryKey(),
    voteId: uuid('vote_id').notNull(),
    userId: uuid('user_id').notNull(),
    path: text('path').notNull(),
    choice: text('choice').notNull(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('meeting_ballots_voter_uq').on(t.voteId, t.userId)],
);
