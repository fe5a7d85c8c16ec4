import { z } from 'zod';
import { DEFAULT_QUORUM_PERCENT, VOTE_ACTIONS, VOTE_CHOICES, VOTE_METHODS, VOTE_STATES } from './vote-enums';

const count = z.number().int().min(0, '人数不能为负').max(5000);

/** `POST /api/meetings/:id/votes`: a motion to put to the meeting. */
export const createVoteRequest = z.object({
  motion: z.string().trim().min(4, '请把表决事项写清楚（至少4个字）').max(300),
  method: z.enum(VOTE_METHODS),
  /** Votes cast must be more than this percent of those present (50 = more than half). */
  quorumPercent: z.number().int().min(0, '法定比例应在0至99之间').max(99, '法定比例应在0至99之间').default(DEFAULT_QUORUM_PERCENT),
});
export type CreateVoteInput = z.infer<typeof createVoteRequest>;

/** `POST /api/meeting-votes/:id/actions`: open, key in the hands, close. */
export const voteActionRequest = z.object({
  action: z.enum(VOTE_ACTIONS),
  expectedVersion: z.number().int().min(1),
  yes: count.optional(),
  no: count.optional(),
  abstain: count.optional(),
  present: count.optional(),
});
export type VoteActionInput = z.infer<typeof voteActionRequest>;

/** `POST /api/meeting-votes/:id/ballot`: the caller's choice (cast again to change it until the vote closes). */
export const castBallotRequest = z.object({ choice: z.enum(VOTE_CHOICES) });

/** A vote's counts and what they decide (`tallyVote`). */
export const voteTallyView = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  present: z.number().int(),
  cast: z.number().int(),
  quorumNeeded: z.number().int(),
  quorumMet: z.boolean(),
  passed: z.boolean(),
});
export type VoteTallyView = z.infer<typeof voteTallyView>;

/** One vote as its meeting lists it. */
export const voteView = z.object({
  id: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  motion: z.string(),
  method: z.enum(VOTE_METHODS),
  quorumPercent: z.number().int(),
  state: z.enum(VOTE_STATES),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Staff see the running count; attendees only the fixed result once closed. */
  tally: voteTallyView.nullable(),
  /** The caller's own phone ballot. */
  myChoice: z.enum(VOTE_CHOICES).nullable(),
  canVote: z.boolean(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(VOTE_ACTIONS)),
});
export type VoteView = z.infer<typeof voteView>;

/** `GET /api/meeting-votes`: the votes the caller sees across meetings, newest first (the phone lists the open ones). */
export const listVotesQuery = z.object({ state: z.enum(VOTE_STATES).optional() });

/** `GET /api/meetings/:id/votes`. */
export const voteList = z.object({
  items: z.array(voteView),
  /** Staff of the meeting may start a vote now. */
  canCreate: z.boolean(),
  /** Attendees checked in: who may vote by phone, and the present count of a phone vote. */
  checkedIn: z.number().int(),
});
export type VoteList = z.infer<typeof voteList>;
