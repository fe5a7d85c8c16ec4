import type { ResidenceClaimState } from './residence-claims';
import { OPEN_RESIDENCE_CLAIM_STATE } from './residence-claim-workflow';

/** Whether a residence claim in `state` still waits for staff: one per user at a time, and staff may decide it. */
export function isOpenResidenceClaim(state: ResidenceClaimState): boolean {
  return state === OPEN_RESIDENCE_CLAIM_STATE;
}

/** The state of a claim staff approved: the user is bound to the household. */
export const APPROVED_RESIDENCE_CLAIM_STATE: ResidenceClaimState = 'approved';

/** The state of a claim staff turned down, with a reason; the user may claim again. */
export const REJECTED_RESIDENCE_CLAIM_STATE: ResidenceClaimState = 'rejected';
