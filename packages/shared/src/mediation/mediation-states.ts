import { statesRunning } from '../workflow';
import { DISPUTE_WORKFLOW } from './dispute-workflow';
import type { ConfirmationState, DisputeState } from './mediation-enums';

/** Disputes before their conclusion (received, accepted, mediating): parties may still be registered. */
export const OPEN_DISPUTE_STATES: readonly DisputeState[] = DISPUTE_WORKFLOW.sets.open;

/** States in which the one-month clock runs (accepted, mediating). */
export const CLOCK_DISPUTE_STATES: readonly DisputeState[] = /* @__PURE__ */ statesRunning(DISPUTE_WORKFLOW, 'conclude');

/** True while the one-month clock runs for a dispute in `state`. */
export function isClockRunning(state: DisputeState): boolean {
  return CLOCK_DISPUTE_STATES.includes(state);
}

/** States whose dossier is closed to changes: archived, or never taken in. */
export const DOSSIER_CLOSED_STATES: readonly DisputeState[] = ['archived', 'rejected'];

/** True when the dossier of a dispute in `state` may no longer change. */
export function isDossierClosed(state: DisputeState): boolean {
  return DOSSIER_CLOSED_STATES.includes(state);
}

/** States after an agreement was reached (its 协议书 or 口头协议登记表 belongs in the dossier). */
export const AGREEMENT_DISPUTE_STATES: readonly DisputeState[] = ['agreed', 'performing', 'performed', 'breached'];

/** States whose performance is done: the receipts 履行凭证 belong in the dossier. */
export const PERFORMED_DISPUTE_STATES: readonly DisputeState[] = ['performed'];

/** States where the road stopped short of a performed agreement (the phone shows the step in red). */
export const STOPPED_DISPUTE_STATES: readonly DisputeState[] = ['rejected', 'failed', 'withdrawn', 'breached'];

/** The five stages a party sees on the phone (登记, 受理, 调解, 协议, 履行) and where a state stands on them. */
export function disputeStage(state: DisputeState): number {
  const stages: Record<DisputeState, number> = {
    received: 0,
    rejected: 0,
    accepted: 1,
    mediating: 2,
    failed: 2,
    withdrawn: 2,
    agreed: 3,
    performing: 4,
    performed: 4,
    breached: 4,
    archived: 4,
  };
  return stages[state];
}

/** True when a written agreement's court confirmation has not been applied for. */
export function confirmationNotApplied(state: ConfirmationState): boolean {
  return state === 'none';
}

/** The state a dossier is judged by: an archived dispute by the state it was archived from (read from its outcome and performance). */
export function dossierStateOf(state: DisputeState, outcome: string | null, performance: string | null): DisputeState {
  if (state !== 'archived') return state;
  if (outcome === 'agreed') return performance === 'breached' ? 'breached' : 'performed';
  return outcome === 'failed' ? 'failed' : 'withdrawn';
}

/** States in which sessions are under way: the parties of both sides must stay registered. */
export const MEDIATION_BEGUN_STATES: readonly DisputeState[] = ['mediating'];

/** True once mediation has begun for a dispute in `state` (and before its conclusion). */
export function hasMediationBegun(state: DisputeState): boolean {
  return MEDIATION_BEGUN_STATES.includes(state);
}

/** States from which a written agreement may still go to court confirmation (the window reminder watches them). */
export const CONFIRMATION_OPEN_STATES: readonly DisputeState[] = DISPUTE_WORKFLOW.actions.applyConfirmation.from;

/** The state a new dispute starts in, before the committee decides (an application still 待受理). */
export const RECEIVED_DISPUTE_STATES: readonly DisputeState[] = ['received'];
