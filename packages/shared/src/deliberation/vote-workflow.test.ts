import { describe, expect, it } from 'vitest';
import { VOTE_ACTIONS, VOTE_METHODS, VOTE_STATES, type VoteAction, type VoteMethod, type VoteState } from './vote-enums';
import type { MeetingState } from './deliberation-enums';
import { allowedVoteActions, ballotRefusal, decideVoteAction, decideVoteStart, voteMeetingPhase, type VoteMeetingPhase } from './vote-workflow';

// Written out from the issue independently of the definition: draft → open → closed, keying in only for a show of hands.

describe('the vote transition table, every (state, action, method, actor) with the meeting held', () => {
  const EXPECTED: Record<VoteAction, Partial<Record<VoteState, { to: VoteState; methods: VoteMethod[] }>>> = {
    open: { draft: { to: 'open', methods: ['hands', 'phone'] } },
    keyIn: { open: { to: 'open', methods: ['hands'] } },
    close: { open: { to: 'closed', methods: ['hands', 'phone'] } },
  };
  for (const action of VOTE_ACTIONS)
    for (const state of VOTE_STATES)
      for (const method of VOTE_METHODS)
        for (const staff of [true, false]) {
          const e = EXPECTED[action][state];
          const allowed = Boolean(e && staff && e.methods.includes(method));
          it(`${staff ? 'staff' : 'an attendee'} ${allowed ? 'may' : 'may not'} ${action} a ${state} ${method} vote`, () => {
            const d = decideVoteAction({ state, method, meeting: 'held', keyedIn: true }, { staff }, action);
            if (allowed) expect(d).toEqual({ ok: true, to: e!.to });
            else expect(d).toMatchObject({ ok: false, code: !e ? 'CONFLICT' : staff ? 'CONFLICT' : 'FORBIDDEN' });
          });
        }
});

describe('the meeting around a vote', () => {
  const frozen: VoteMeetingPhase = 'frozen';
  it('freezes every vote with the minutes: nothing opens, is keyed in or closes once the meeting is closed', () => {
    for (const state of VOTE_STATES)
      for (const method of VOTE_METHODS) expect(allowedVoteActions({ state, method, meeting: frozen, keyedIn: true }, { staff: true })).toEqual([]);
    expect(decideVoteAction({ state: 'open', method: 'hands', meeting: frozen, keyedIn: true }, { staff: true }, 'keyIn')).toMatchObject({
      reason: '会议已归档，表决结果已随纪要封存，不能再改',
    });
    expect(decideVoteStart(frozen, { staff: true })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(ballotRefusal({ state: 'open', method: 'phone', meeting: frozen, checkedIn: true })).toBe('会议已归档，表决结果已随纪要封存，不能再改');
  });

  it('prepares a motion before the meeting but opens it only once the meeting is held', () => {
    expect(decideVoteStart('before', { staff: true })).toEqual({ ok: true, to: 'draft' });
    expect(decideVoteStart('held', { staff: false })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(allowedVoteActions({ state: 'draft', method: 'phone', meeting: 'before', keyedIn: false }, { staff: true })).toEqual([]);
  });

  it('does not close a show of hands before its counts are keyed in', () => {
    expect(allowedVoteActions({ state: 'open', method: 'hands', meeting: 'held', keyedIn: false }, { staff: true })).toEqual(['keyIn']);
  });

  it('takes a phone ballot only from a checked-in attendee while a phone vote is open', () => {
    const open = { state: 'open' as const, method: 'phone' as const, meeting: 'held' as const };
    expect(ballotRefusal({ ...open, checkedIn: true })).toBeNull();
    expect(ballotRefusal({ ...open, checkedIn: false })).toBe('签到后才能投票');
    expect(ballotRefusal({ ...open, method: 'hands', checkedIn: true })).toBe('这项是举手表决，请在现场举手');
    expect(ballotRefusal({ ...open, state: 'closed', checkedIn: true })).toBe('表决未开始或已结束');
  });
});

describe("a meeting's phase for its votes", () => {
  it('is before while scheduled, held once held, frozen when closed or cancelled', () => {
    expect(['scheduled', 'held', 'closed', 'cancelled'].map((s) => voteMeetingPhase(s as MeetingState))).toEqual(['before', 'held', 'frozen', 'frozen']);
  });
});
