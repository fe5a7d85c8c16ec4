import {
  VOTE_CHOICE_LABELS,
  allowedVoteActions,
  ballotRefusal,
  decideVoteAction,
  decideVoteStart,
  handsCountProblem,
  isClosedVote,
  isOpenVote,
  tallyVote,
  voteMeetingPhase,
  type CreateVoteInput,
  type MeetingState,
  type VoteActionInput,
  type VoteChoice,
  type VoteCounts,
  type VoteFacts,
  type VoteList,
  type VoteMethod,
  type VoteState,
  type VoteTallyView,
  type VoteView,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { applyStart, applyTransition, eventRow } from '../../platform/workflow/apply-transition';
import { deliberationScope, isStaffFor, nowOf, type DeliberationScope } from './deliberation-access';
import { findMeeting, registrationCounts, type MeetingRow } from './deliberation.repository';
import { meetingEvents } from './deliberation.tables';
import {
  ballotCounts,
  checkedInMeetings,
  checkedInUsers,
  findVote,
  isCheckedIn,
  listVisibleVotes,
  meetingsOf,
  myBallots,
  upsertBallot,
  votesOfMeeting,
  type VoteRow,
} from './votes.repository';
import { noticeToUsers } from './meeting-notices';
import { meetingVotes } from './votes.tables';

// Live votes 表决 (DOMAIN §5): staff put a motion, open it once the meeting is held, key in the
// counted hands or let checked-in attendees vote by phone, and close it; the result is fixed then,
// and the meeting's minutes freeze every vote (VOTE_WORKFLOW).

function factsOf(vote: VoteRow, meeting: MeetingRow): VoteFacts {
  return {
    state: vote.state as VoteState,
    method: vote.method as VoteMethod,
    meeting: voteMeetingPhase(meeting.state as MeetingState),
    keyedIn: vote.yes !== null,
  };
}

function storedCounts(vote: VoteRow): VoteCounts | null {
  return vote.yes === null || vote.no === null || vote.abstain === null || vote.present === null
    ? null
    : { yes: vote.yes, no: vote.no, abstain: vote.abstain, present: vote.present };
}

/** The counts a vote stands on now: fixed once closed, keyed-in hands, or the phone ballots so far against those checked in. */
function countsOf(vote: VoteRow, ballots: Record<VoteChoice, number> | undefined, checkedIn: number): VoteCounts | null {
  const state = vote.state as VoteState;
  if (isClosedVote(state) || (vote.method as VoteMethod) === 'hands') return storedCounts(vote);
  if (!isOpenVote(state)) return null;
  return { ...(ballots ?? { yes: 0, no: 0, abstain: 0 }), present: checkedIn };
}

function tallyView(c: VoteCounts, quorumPercent: number): VoteTallyView {
  return { ...c, ...tallyVote(c, quorumPercent) };
}

async function checkedInCount(db: DbOrTx, meetingId: string): Promise<number> {
  return (await registrationCounts(db, [meetingId])).get(meetingId)?.attended ?? 0;
}

/** Votes as the caller sees them, each with its meeting's facts; votes whose meeting is not visible are left out. */
async function viewsOf(db: DbOrTx, scope: DeliberationScope, votes: VoteRow[]): Promise<VoteView[]> {
  const ids = votes.map((v) => v.id);
  const meetingIds = votes.map((v) => v.meetingId);
  const [counts, mine, meetingRows, checkedIn, present] = await Promise.all([
    ballotCounts(db, ids),
    myBallots(db, scope, ids),
    meetingsOf(db, scope, meetingIds),
    registrationCounts(db, [...new Set(meetingIds)]),
    checkedInMeetings(db, meetingIds, scope.userId),
  ]);
  return votes.flatMap((v): VoteView[] => {
    const meeting = meetingRows.get(v.meetingId);
    if (!meeting) return [];
    const staff = isStaffFor(scope, meeting.path);
    const facts = factsOf(v, meeting);
    const c = countsOf(v, counts.get(v.id), checkedIn.get(meeting.id)?.attended ?? 0);
    // Attendees see the result once it is fixed, never a running count that could sway them.
    const shown = c && (staff || isClosedVote(facts.state)) ? tallyView(c, v.quorumPercent) : null;
    return [
      {
        id: v.id,
        meetingId: v.meetingId,
        meetingTitle: meeting.title,
        motion: v.motion,
        method: facts.method,
        quorumPercent: v.quorumPercent,
        state: facts.state,
        openedAt: v.openedAt?.toISOString() ?? null,
        closedAt: v.closedAt?.toISOString() ?? null,
        tally: shown,
        myChoice: mine.get(v.id) ?? null,
        canVote: ballotRefusal({ ...facts, checkedIn: present.has(meeting.id) }) === null,
        version: v.version,
        allowedActions: allowedVoteActions(facts, { staff }),
      },
    ];
  });
}

/** A meeting's votes with their tallies (running for staff, fixed for everyone once closed) and the caller's own ballot. */
export async function listVotes(deps: AppDeps, actor: Actor, meetingId: string): Promise<VoteList> {
  const scope = deliberationScope(actor);
  const meeting = await findMeeting(deps.db, scope, meetingId);
  const items = await viewsOf(deps.db, scope, await votesOfMeeting(deps.db, scope, meetingId));
  const staff = isStaffFor(scope, meeting.path);
  return {
    items,
    canCreate: decideVoteStart(voteMeetingPhase(meeting.state as MeetingState), { staff }).ok,
    checkedIn: await checkedInCount(deps.db, meeting.id),
  };
}

/** The votes the caller sees across meetings, newest first: the phone shows the open ones. */
export async function visibleVoteList(deps: AppDeps, actor: Actor, state?: VoteState): Promise<VoteView[]> {
  const scope = deliberationScope(actor);
  return viewsOf(deps.db, scope, await listVisibleVotes(deps.db, scope, state));
}

/** One vote as the caller sees it, or 404. */
export async function getVote(deps: AppDeps, actor: Actor, voteId: string): Promise<VoteView> {
  return oneView(deps, deliberationScope(actor), voteId);
}

async function oneView(deps: AppDeps, scope: DeliberationScope, voteId: string): Promise<VoteView> {
  const [view] = await viewsOf(deps.db, scope, [await findVote(deps.db, scope, voteId)]);
  if (!view) notFound('表决');
  return view;
}

/** Staff put a motion to the meeting (VOTE_WORKFLOW start): not once the meeting is closed or cancelled. */
export async function createVote(deps: AppDeps, actor: Actor, meetingId: string, input: CreateVoteInput): Promise<VoteView> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    // The meeting's lock orders this against its closing.
    const meeting = await findMeeting(tx, scope, meetingId, true);
    await applyStart(tx, {
      table: meetingVotes,
      values: {
        id,
        meetingId,
        path: meeting.path,
        motion: input.motion,
        method: input.method,
        quorumPercent: input.quorumPercent,
        createdBy: actor.userId,
        createdAt: now,
      },
      decide: () => decideVoteStart(voteMeetingPhase(meeting.state as MeetingState), { staff: isStaffFor(scope, meeting.path) }),
      apply: () => ({
        event: eventRow(meetingEvents, {
          id: newId(now),
          meetingId,
          action: voteEventAction('create'),
          actorUserId: actor.userId,
          actorName: actor.displayName,
          note: input.motion,
          at: now,
        }),
        audit: {
          actor: auditActorOf(actor),
          event: {
            action: 'deliberation.vote.create',
            targetType: 'meetingVote',
            targetId: id,
            path: meeting.path,
            detail: { meetingId, method: input.method, quorumPercent: input.quorumPercent },
          },
        },
      }),
    });
  });
  return oneView(deps, scope, id);
}

/** The meeting history's name for a vote step (`voteOpen`): the web labels them from VOTE_ACTION_LABELS. */
function voteEventAction(action: string): string {
  return `vote${action[0].toUpperCase()}${action.slice(1)}`;
}

function need(value: number | undefined, field: string, label: string): number {
  if (value === undefined) throw new AppError('VALIDATION_FAILED', `请填写${label}`, field);
  return value;
}

function resultNote(c: VoteCounts, quorumPercent: number): string {
  const t = tallyVote(c, quorumPercent);
  const verdict = t.passed ? '通过' : t.quorumMet ? '未通过' : '未通过（投票人数不足）';
  return `${verdict}：到会${c.present}人，${VOTE_CHOICE_LABELS.yes}${c.yes}、${VOTE_CHOICE_LABELS.no}${c.no}、${VOTE_CHOICE_LABELS.abstain}${c.abstain}`;
}

/**
 * Opens a vote, keys in the counted hands (同意/反对/弃权 and those present, at most the head count and
 * at least those checked in), or closes it: the phone ballots are counted against the checked-in
 * attendees and the result fixed. Nothing moves once the meeting is closed with its minutes.
 */
export async function actOnVote(deps: AppDeps, actor: Actor, voteId: string, input: VoteActionInput): Promise<VoteView> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const found = await findVote(tx, scope, voteId);
    const meeting = await findMeeting(tx, scope, found.meetingId, true);
    const vote = await findVote(tx, scope, voteId, 'update');
    const facts = factsOf(vote, meeting);
    await applyTransition(tx, {
      table: meetingVotes,
      row: vote,
      expectedVersion: input.expectedVersion,
      stale: { message: '表决已被他人更新，请刷新后重试' },
      decide: () => decideVoteAction(facts, { staff: isStaffFor(scope, vote.path) }, input.action),
      apply: async (decision) => {
        const set: Partial<typeof meetingVotes.$inferInsert> = {};
        let note: string = vote.motion;
        const outbox = [];
        if (input.action === 'open') {
          set.openedAt = now;
          if (facts.method === 'phone')
            outbox.push(
              ...noticeToUsers(
                await checkedInUsers(tx, meeting.id),
                '现场表决开始',
                `「${meeting.title}」正在表决：${vote.motion}`,
                `/meeting-votes/${vote.id}`,
              ),
            );
        }
        if (input.action === 'keyIn') {
          const c: VoteCounts = {
            yes: need(input.yes, 'yes', '同意人数'),
            no: need(input.no, 'no', '反对人数'),
            abstain: need(input.abstain, 'abstain', '弃权人数'),
            present: need(input.present, 'present', '到会人数'),
          };
          const problem = handsCountProblem(c, await checkedInCount(tx, meeting.id));
          if (problem) throw new AppError('VALIDATION_FAILED', problem.message, problem.field);
          Object.assign(set, c);
          note = `${vote.motion}：到会${c.present}人，同意${c.yes}、反对${c.no}、弃权${c.abstain}`;
        }
        if (input.action === 'close') {
          const c =
            facts.method === 'phone'
              ? { ...((await ballotCounts(tx, [vote.id])).get(vote.id) ?? { yes: 0, no: 0, abstain: 0 }), present: await checkedInCount(tx, meeting.id) }
              : storedCounts(vote)!;
          const t = tallyVote(c, vote.quorumPercent);
          Object.assign(set, c, { quorumMet: t.quorumMet, passed: t.passed, closedAt: now });
          note = `${vote.motion}——${resultNote(c, vote.quorumPercent)}`;
        }
        return {
          set,
          event: eventRow(meetingEvents, {
            id: newId(now),
            meetingId: meeting.id,
            action: voteEventAction(input.action),
            actorUserId: actor.userId,
            actorName: actor.displayName,
            note,
            at: now,
          }),
          audit: {
            actor: auditActorOf(actor),
            event: {
              action: `deliberation.vote.${input.action}`,
              targetType: 'meetingVote',
              targetId: vote.id,
              path: vote.path,
              detail: { to: decision.to, ...set },
            },
          },
        };
      },
    });
  });
  return oneView(deps, scope, voteId);
}

/**
 * A checked-in attendee's phone ballot: one per voter (a unique index; two at once leave one), and
 * cast again it changes the choice, until the vote closes. The vote row is share-locked, so a close
 * waits for ballots under way and counts them; a ballot after the close is refused.
 */
export async function castBallot(deps: AppDeps, actor: Actor, voteId: string, choice: VoteChoice): Promise<VoteView> {
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const vote = await findVote(tx, scope, voteId, 'share');
    const meeting = await findMeeting(tx, scope, vote.meetingId);
    const facts = { ...factsOf(vote, meeting), checkedIn: await isCheckedIn(tx, meeting.id, actor.userId) };
    const refusal = ballotRefusal(facts);
    // Not checked in is a wrong person; anything else the vote's or meeting's state.
    if (refusal) throw new AppError(ballotRefusal({ ...facts, checkedIn: true }) === null ? 'FORBIDDEN' : 'CONFLICT', refusal);
    await upsertBallot(tx, { id: newId(now), voteId, userId: actor.userId, path: vote.path, choice, castAt: now, changedAt: now });
    // Who voted is audited; what they chose is not.
    await recordAudit(tx, auditActorOf(actor), { action: 'deliberation.ballot.cast', targetType: 'meetingVote', targetId: vote.id, path: vote.path });
  });
  return oneView(deps, scope, voteId);
}
