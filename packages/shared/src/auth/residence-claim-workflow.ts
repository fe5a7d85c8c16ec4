import { RESIDENCE_CLAIM_STATE_LABELS } from '../glossary/zh-CN';
import { decideState, defineWorkflow } from '../workflow';
import { RESIDENCE_CLAIM_STATES, type ResidenceClaimState } from './residence-claims';

/** What staff do with a residence claim 住址认证; binding by the ledger at a code login approves it too. */
export const RESIDENCE_CLAIM_ACTIONS = ['approve', 'reject'] as const;
/** A residence claim action. */
export type ResidenceClaimAction = (typeof RESIDENCE_CLAIM_ACTIONS)[number];

/** The type parameters of the residence-claim workflow: who may decide is the access gate's (capability `residenceClaim` write). */
export interface ResidenceClaimWorkflowTypes {
  state: ResidenceClaimState;
  action: ResidenceClaimAction;
  facts: { state: ResidenceClaimState };
  actor: null;
  field: 'houseId' | 'reason';
  set: 'open';
}

/** The residence-claim lifecycle (ADR 0008; docs/workflows/residence-claims.md is generated from it). */
export const RESIDENCE_CLAIM_WORKFLOW = /* @__PURE__ */ defineWorkflow<ResidenceClaimWorkflowTypes>({
  name: 'residence-claim',
  title: 'A residence claim (住址认证)',
  states: RESIDENCE_CLAIM_STATES,
  start: { to: ['pending'], whoLabel: 'a pending resident (no post yet), naming a community and an address', note: 'one pending claim per user' },
  stateLabels: RESIDENCE_CLAIM_STATE_LABELS,
  // The one state a user may hold only one claim in at a time (partial unique index).
  sets: { open: ['pending'] },
  actions: {
    approve: {
      label: '通过',
      from: ['pending'],
      to: 'approved',
      // The gate admits only the capability table's residenceClaim writers, scoped to their area.
      who: () => true,
      whoLabel: 'staff holding `residenceClaim` write over the community (access gate); or the system, when a code login matches the ledger',
      required: ['houseId'],
      note: 'binds the user to the house as a resident',
    },
    reject: {
      label: '不通过',
      from: ['pending'],
      to: 'rejected',
      who: () => true,
      whoLabel: 'staff holding `residenceClaim` write over the community (access gate)',
      required: ['reason'],
      note: 'the reason is shown to the claimant',
    },
  },
});

/** The state a claim waits in; the one a user may hold only one of at a time (partial unique index). */
export const OPEN_RESIDENCE_CLAIM_STATE: ResidenceClaimState = RESIDENCE_CLAIM_WORKFLOW.sets.open[0];

/** The decision on a claim: its next state, or a refusal once it has been decided (ADR 0008). */
export type ResidenceClaimDecision = { ok: true; to: ResidenceClaimState } | { ok: false; reason: 'decided' };

/** Decides an action on a claim: only a pending claim is approved or rejected, once. */
export function decideResidenceClaim(state: ResidenceClaimState, action: ResidenceClaimAction): ResidenceClaimDecision {
  const d = decideState(RESIDENCE_CLAIM_WORKFLOW, { state }, null, action);
  return d.ok ? d : { ok: false, reason: 'decided' };
}
