import type { ResidenceClaimState } from './residence-claims';

/** What staff do with a residence claim 住址认证; binding by the ledger at a code login approves it too. */
export const RESIDENCE_CLAIM_ACTIONS = ['approve', 'reject'] as const;
/** A residence claim action. */
export type ResidenceClaimAction = (typeof RESIDENCE_CLAIM_ACTIONS)[number];

/** The state a claim waits in; the one a user may hold only one of at a time (partial unique index). */
export const OPEN_RESIDENCE_CLAIM_STATE: ResidenceClaimState = 'pending';

const NEXT: Record<ResidenceClaimAction, ResidenceClaimState> = { approve: 'approved', reject: 'rejected' };

/** The decision on a claim: its next state, or a refusal once it has been decided (ADR 0008). */
export type ResidenceClaimDecision = { ok: true; to: ResidenceClaimState } | { ok: false; reason: 'decided' };

/** Decides an action on a claim: only a pending claim is approved or rejected, once. */
export function decideResidenceClaim(state: ResidenceClaimState, action: ResidenceClaimAction): ResidenceClaimDecision {
  return state === OPEN_RESIDENCE_CLAIM_STATE ? { ok: true, to: NEXT[action] } : { ok: false, reason: 'decided' };
}
