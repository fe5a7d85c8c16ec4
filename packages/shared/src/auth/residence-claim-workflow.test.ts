import { describe, expect, it } from 'vitest';
import { RESIDENCE_CLAIM_STATES } from './residence-claims';
import { RESIDENCE_CLAIM_ACTIONS, decideResidenceClaim } from './residence-claim-workflow';

describe('the residence claim workflow', () => {
  it('approves or rejects a pending claim once, and refuses every action on a decided one', () => {
    const table = RESIDENCE_CLAIM_STATES.flatMap((state) => RESIDENCE_CLAIM_ACTIONS.map((action) => [state, action, decideResidenceClaim(state, action)]));
    expect(table).toEqual([
      ['pending', 'approve', { ok: true, to: 'approved' }],
      ['pending', 'reject', { ok: true, to: 'rejected' }],
      ['approved', 'approve', { ok: false, reason: 'decided' }],
      ['approved', 'reject', { ok: false, reason: 'decided' }],
      ['rejected', 'approve', { ok: false, reason: 'decided' }],
      ['rejected', 'reject', { ok: false, reason: 'decided' }],
    ]);
  });
});
