import { describe, expect, it } from 'vitest';
import { handsCountProblem, tallyVote } from './vote-rules';

describe('the live-vote rule (quorum, then a simple majority of the votes cast)', () => {
  it('passes with more 同意 than half the votes cast once more than half of those present voted', () => {
    expect(tallyVote({ yes: 6, no: 3, abstain: 1, present: 12 }, 50)).toEqual({ cast: 10, quorumNeeded: 7, quorumMet: true, passed: true });
  });

  it('counts abstentions as cast but not as 同意: 5 of 10 is not more than half', () => {
    expect(tallyVote({ yes: 5, no: 2, abstain: 3, present: 10 }, 50)).toMatchObject({ cast: 10, quorumMet: true, passed: false });
    expect(tallyVote({ yes: 5, no: 5, abstain: 0, present: 10 }, 50).passed).toBe(false);
  });

  it('is no quorum at exactly half present voting, and a quorum one vote more (default: more than half)', () => {
    expect(tallyVote({ yes: 5, no: 0, abstain: 0, present: 10 }, 50)).toMatchObject({ quorumNeeded: 6, quorumMet: false, passed: false });
    expect(tallyVote({ yes: 6, no: 0, abstain: 0, present: 10 }, 50)).toMatchObject({ quorumMet: true, passed: true });
  });

  it('takes a configured share: more than two thirds (66) of 9 present needs 6 votes cast', () => {
    expect(tallyVote({ yes: 5, no: 0, abstain: 0, present: 9 }, 66)).toMatchObject({ quorumNeeded: 6, quorumMet: false });
    expect(tallyVote({ yes: 6, no: 0, abstain: 0, present: 9 }, 66)).toMatchObject({ quorumNeeded: 6, quorumMet: true, passed: true });
    // 0 % means any vote at all.
    expect(tallyVote({ yes: 1, no: 0, abstain: 0, present: 30 }, 0)).toMatchObject({ quorumNeeded: 1, quorumMet: true, passed: true });
  });

  it('never meets a quorum with nobody present or no vote cast', () => {
    expect(tallyVote({ yes: 0, no: 0, abstain: 0, present: 0 }, 0)).toMatchObject({ cast: 0, quorumMet: false, passed: false });
    expect(tallyVote({ yes: 0, no: 0, abstain: 0, present: 8 }, 0)).toMatchObject({ quorumMet: false, passed: false });
  });
});

describe('keyed-in show-of-hands counts', () => {
  it('may not exceed those present, nor put fewer present than checked in, naming the field', () => {
    expect(handsCountProblem({ yes: 5, no: 4, abstain: 2, present: 10 }, 3)).toEqual({ field: 'yes', message: '同意、反对、弃权合计不能超过到会的10人' });
    expect(handsCountProblem({ yes: 1, no: 0, abstain: 0, present: 2 }, 3)).toMatchObject({ field: 'present' });
    expect(handsCountProblem({ yes: 5, no: 3, abstain: 2, present: 10 }, 10)).toBeNull();
  });
});
