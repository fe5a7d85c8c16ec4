import { TERMINAL_CASE_STATES, type CaseState } from './case-enums';

/** The terminal state of a solved case: 结案. */
export const SOLVED_CASE_STATES: readonly CaseState[] = ['closed'];

/** Terminal states that end a case unsolved: 不予受理, or merged into another case. */
export const UNSOLVED_CASE_STATES: readonly CaseState[] = TERMINAL_CASE_STATES.filter((s) => !SOLVED_CASE_STATES.includes(s));

/** Whether a case in `state` has been solved and closed. */
export function isSolvedCaseState(state: CaseState): boolean {
  return SOLVED_CASE_STATES.includes(state);
}

/** Whether a case in `state` ended without being solved (rejected or merged). */
export function isUnsolvedCaseState(state: CaseState): boolean {
  return UNSOLVED_CASE_STATES.includes(state);
}

/** States in which the lead department's acknowledgement 报到 is still due: it starts handling (CASE_RULES.acknowledge). */
export const LEAD_ACKNOWLEDGES_IN: readonly CaseState[] = ['dispatched'];

/**
 * Whether an acknowledgement by a whistled department of `role` records its report in `state`: a
 * co-department's whenever it may acknowledge, the lead's only while its acknowledgement starts handling.
 */
export function acknowledgementReports(role: 'lead' | 'co', state: CaseState): boolean {
  return role === 'co' || LEAD_ACKNOWLEDGES_IN.includes(state);
}

/** States a case reaches through its follow-up 回访 (CASE_RULES.visit.to): rework from there answers the reporter's verdict, not a failed check. */
export const FOLLOWED_UP_CASE_STATES: readonly CaseState[] = ['visited'];

/** Whether a case in `state` has had its follow-up visit and waits to be closed or sent back. */
export function isFollowedUpCaseState(state: CaseState): boolean {
  return FOLLOWED_UP_CASE_STATES.includes(state);
}
