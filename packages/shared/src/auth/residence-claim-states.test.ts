import { describe, expect, it } from 'vitest';
import { APPROVED_RESIDENCE_CLAIM_STATE, isOpenResidenceClaim, REJECTED_RESIDENCE_CLAIM_STATE } from './residence-claim-states';
import { decideResidenceClaim } from './residence-claim-workflow';
import { RESIDENCE_CLAIM_STATES } from './residence-claims';

describe('residence claim states', () => {
  it('calls a claim open exactly where staff may still decide it, and names where each decision leads', () => {
    expect(RESIDENCE_CLAIM_STATES.filter(isOpenResidenceClaim)).toEqual(RESIDENCE_CLAIM_STATES.filter((s) => decideResidenceClaim(s, 'approve').ok));
    expect(decideResidenceClaim('pending', 'approve')).toEqual({ ok: true, to: APPROVED_RESIDENCE_CLAIM_STATE });
    expect(decideResidenceClaim('pending', 'reject')).toEqual({ ok: true, to: REJECTED_RESIDENCE_CLAIM_STATE });
  });
});
