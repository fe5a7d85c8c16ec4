import { CLAIM_RULES, MEMBER_REGISTRATION_RULES, WISH_RULES } from './claim-workflow';
import type { ClaimState, MemberRegistrationState, NeedState, WishState } from './claims-enums';
import { ORDER_RULES, type OrderState } from './service-order-workflow';

// Named state sets of the claims module for queries, partial indexes, figures and pages. Sets a
// transition starts from are read from the workflow, so the two cannot disagree.

/** Claims still waiting to be started, which the expiry sweep may expire (CLAIM_RULES.expire). */
export const UNSTARTED_CLAIM_STATES: readonly ClaimState[] = CLAIM_RULES.expire.from;

/** Wish states in which party members may claim the wish (WISH_RULES.claim); a new wish in another waits for review. */
export const CLAIMABLE_WISH_STATES: readonly WishState[] = WISH_RULES.claim.from;

/** Whether party members may claim a wish in `state`. */
export function isClaimableWishState(state: WishState): boolean {
  return CLAIMABLE_WISH_STATES.includes(state);
}

/** Wish states the figures count as fulfilled: delivered, whether or not the wisher has confirmed yet. */
export const FULFILLED_WISH_STATES: readonly WishState[] = ['fulfilled', 'confirmed'];

/** Need states the figures count as done. */
export const DONE_NEED_STATES: readonly NeedState[] = ['done'];

/** Registrations waiting for staff to decide (MEMBER_REGISTRATION_RULES.approve): 待审核. */
export const UNDECIDED_REGISTRATION_STATES: readonly MemberRegistrationState[] = MEMBER_REGISTRATION_RULES.approve.from;

/** Registrations the figures count as registered 已报到; approval gives the member a partyMember post. */
export const APPROVED_REGISTRATION_STATES: readonly MemberRegistrationState[] = ['approved'];

/** Whether a registration in `state` is approved. */
export function isApprovedRegistrationState(state: MemberRegistrationState): boolean {
  return APPROVED_REGISTRATION_STATES.includes(state);
}

/** Claims the requester confirmed: reaching one earns the claimant points (wishConfirmed, needConfirmed). */
export const CONFIRMED_CLAIM_STATES: readonly ClaimState[] = ['confirmed'];

/** Whether a claim in `state` has been confirmed. */
export function isConfirmedClaimState(state: ClaimState): boolean {
  return CONFIRMED_CLAIM_STATES.includes(state);
}

/** Orders waiting for a taker (ORDER_RULES.take): teams and units of the community see them and may take them. */
export const OPEN_ORDER_STATES: readonly OrderState[] = ORDER_RULES.take.from;

/** Whether an order in `state` still waits for a taker. */
export function isOpenOrderState(state: OrderState): boolean {
  return OPEN_ORDER_STATES.includes(state);
}

/** Orders the figures count as rated 已评价 (their rating enters the average). */
export const RATED_ORDER_STATES: readonly OrderState[] = ['rated'];
