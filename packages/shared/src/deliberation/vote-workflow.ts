import { allowedActions, decideStart, decideState, defineWorkflow, type StateDecision } from '../workflow';
import type { MeetingState } from './deliberation-enums';
import { isOpenMeeting } from './deliberation-states';
import { MEETING_WORKFLOW } from './meeting-workflow';
import { VOTE_STATES, VOTE_STATE_LABELS, type VoteAction, type VoteMethod, type VoteState } from './vote-enums';

/** Where the vote's meeting stands: not yet held, held (votes may run), or closed/cancelled (votes frozen with the minutes). */
export type VoteMeetingPhase = 'before' | 'held' | 'frozen';

/** The phase of a meeting in that state, as its votes see it: closed or cancelled freezes them, held lets them run. */
export function voteMeetingPhase(state: MeetingState): VoteMeetingPhase {
  if (!isOpenMeeting(state)) return 'frozen';
  return state === MEETING_WORKFLOW.actions.hold.to ? 'held' : 'before';
}

/** What the vote workflow knows about whoever acts: staff of the meeting's community (or above). */
export interface VoteActorFacts {
  staff: boolean;
}

/** What the vote workflow knows about a vote. */
export interface VoteFacts {
  state: VoteState;
  method: VoteMethod;
  meeting: VoteMeetingPhase;
  /** Show-of-hands counts have been keyed in. */
  keyedIn: boolean;
}

/** The type parameters of the vote workflow. */
export interface VoteWorkflowTypes {
  state: VoteState;
  action: VoteAction;
  facts: VoteFacts;
  actor: VoteActorFacts;
  field: 'yes' | 'no' | 'abstain' | 'present';
  set: 'ballotOpen';
  startFacts: { meeting: VoteMeetingPhase };
}

const staff = (_f: unknown, a: VoteActorFacts) => a.staff;
const FROZEN = '会议已归档，表决结果已随纪要封存，不能再改';
const notFrozen = (f: { meeting: VoteMeetingPhase }) => (f.meeting === 'frozen' ? FROZEN : null);

/**
 * A live vote 表决 in a meeting (DOMAIN §5): staff prepare a motion, open it once the meeting is
 * held, key in the counted hands or let checked-in attendees vote on their phones, and close it,
 * which fixes the result (`tallyVote`). Once the meeting is closed with its minutes nothing changes.
 */
export const VOTE_WORKFLOW = /* @__PURE__ */ defineWorkflow<VoteWorkflowTypes>({
  name: 'meeting-vote',
  title: 'A live vote in a meeting (表决)',
  states: VOTE_STATES,
  stateLabels: VOTE_STATE_LABELS,
  start: {
    to: ['draft'],
    whoLabel: "staff of the meeting's community",
    who: staff,
    wrongPersonReason: '只有社区工作人员可以发起表决',
    guard: notFrozen,
    note: 'a motion, the method (show of hands or phones) and the quorum share (default more than half); not on a closed or cancelled meeting',
  },
  sets: { ballotOpen: ['open'] },
  actions: {
    open: {
      label: '开始表决',
      from: ['draft'],
      to: 'open',
      who: staff,
      whoLabel: 'staff of the community',
      required: [],
      guard: (f) => notFrozen(f) ?? (f.meeting === 'before' ? '请先登记会议已召开，再开始表决' : null),
      guardText: 'the meeting is held and not yet closed',
    },
    keyIn: {
      label: '录入举手结果',
      from: ['open'],
      to: 'same',
      who: staff,
      whoLabel: 'staff of the community',
      required: ['yes', 'no', 'abstain', 'present'],
      guard: (f) => notFrozen(f) ?? (f.method === 'hands' ? null : '手机投票由参会人在手机上投，不能录入'),
      guardText: 'a show-of-hands vote; the three counts together at most those present, present at least those checked in',
      note: 'may be keyed in again until the vote closes',
    },
    close: {
      label: '结束表决',
      from: ['open'],
      to: 'closed',
      who: staff,
      whoLabel: 'staff of the community',
      required: [],
      guard: (f) => notFrozen(f) ?? (f.method === 'hands' && !f.keyedIn ? '请先录入举手表决结果' : null),
      guardText: 'the meeting is not closed; a show of hands has its counts keyed in',
      note: 'the tally is fixed: phone ballots are counted and the checked-in attendees taken as present; a meeting is not closed while one of its votes is open',
    },
  },
});

/** Whether staff may start a vote in a meeting at this phase. */
export function decideVoteStart(meeting: VoteMeetingPhase, a: VoteActorFacts): StateDecision<VoteState> {
  return decideStart(VOTE_WORKFLOW, { meeting }, a);
}

/** Decides a vote action. */
export function decideVoteAction(facts: VoteFacts, a: VoteActorFacts, action: VoteAction): StateDecision<VoteState> {
  return decideState(VOTE_WORKFLOW, facts, a, action);
}

/** The vote actions the caller may take now. */
export function allowedVoteActions(facts: VoteFacts, a: VoteActorFacts): VoteAction[] {
  return allowedActions(VOTE_WORKFLOW, facts, a).map((x) => x.action);
}

/** Votes that take ballots now. */
export const BALLOT_OPEN_VOTE_STATES: readonly VoteState[] = VOTE_WORKFLOW.sets.ballotOpen;

/** Whether a vote takes ballots (or hands) now. */
export function isOpenVote(state: VoteState): boolean {
  return BALLOT_OPEN_VOTE_STATES.includes(state);
}

/** Whether a vote is over and its result fixed. */
export function isClosedVote(state: VoteState): boolean {
  return VOTE_WORKFLOW.actions.close.to === state;
}

/**
 * Why the caller may not cast a phone ballot now, or null: the vote is a phone vote and open, its
 * meeting not frozen, and the caller checked in at the meeting (present attendees only vote).
 */
export function ballotRefusal(f: { state: VoteState; method: VoteMethod; meeting: VoteMeetingPhase; checkedIn: boolean }): string | null {
  if (f.meeting === 'frozen') return FROZEN;
  if (!isOpenVote(f.state)) return '表决未开始或已结束';
  if (f.method !== 'phone') return '这项是举手表决，请在现场举手';
  if (!f.checkedIn) return '签到后才能投票';
  return null;
}
