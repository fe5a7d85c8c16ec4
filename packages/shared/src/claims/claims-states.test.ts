import { describe, expect, it } from 'vitest';
import { decideClaimAction, decideRegistrationAction, decideWishAction, SYSTEM_CLAIM_ACTOR } from './claim-workflow';
import { CLAIM_STATES, MEMBER_REGISTRATION_STATES, NEED_STATES, WISH_STATES } from './claims-enums';
import {
  APPROVED_REGISTRATION_STATES,
  DONE_NEED_STATES,
  FULFILLED_WISH_STATES,
  isApprovedRegistrationState,
  isClaimableWishState,
  isConfirmedClaimState,
  isOpenOrderState,
  RATED_ORDER_STATES,
  UNDECIDED_REGISTRATION_STATES,
  UNSTARTED_CLAIM_STATES,
} from './claims-states';
import { decideOrderAction, ORDER_STATES } from './service-order-workflow';

describe('claims state sets', () => {
  it('expires exactly the claims the workflow lets the system expire', () => {
    expect(CLAIM_STATES.filter((s) => decideClaimAction(s, SYSTEM_CLAIM_ACTOR, 'expire').ok)).toEqual([...UNSTARTED_CLAIM_STATES]);
    expect(UNSTARTED_CLAIM_STATES).toEqual(['claimed']);
  });

  it('calls a wish claimable exactly where a party member may claim it', () => {
    const member = { staff: false, partyMember: true, isWisher: false, isClaimant: false };
    const claimable = WISH_STATES.filter((state) => decideWishAction({ state, claimState: null }, member, 'claim').ok);
    expect(WISH_STATES.filter(isClaimableWishState)).toEqual(claimable);
    expect(claimable).toEqual(['published']);
  });

  it('calls an order open exactly where a team member may take it', () => {
    const taker = { staff: false, isOrderer: false, isTaker: false, canTake: true };
    expect(ORDER_STATES.filter(isOpenOrderState)).toEqual(ORDER_STATES.filter((s) => decideOrderAction(s, taker, 'take').ok));
  });

  it('leaves registrations undecided exactly where staff may approve them, and counts what approval leads to', () => {
    const staff = { staff: true };
    const approvals = MEMBER_REGISTRATION_STATES.map((s) => decideRegistrationAction(s, staff, 'approve'));
    expect([...UNDECIDED_REGISTRATION_STATES]).toEqual(MEMBER_REGISTRATION_STATES.filter((_s, i) => approvals[i].ok));
    expect([...APPROVED_REGISTRATION_STATES]).toEqual(approvals.flatMap((d) => (d.ok ? [d.to] : [])));
  });

  it('calls confirmed exactly the claim state a confirmation leads to', () => {
    const requester = { staff: false, isClaimant: false, isRequester: true, system: false };
    const confirmed = CLAIM_STATES.flatMap((s) => {
      const d = decideClaimAction(s, requester, 'confirm');
      return d.ok ? [d.to] : [];
    });
    expect(CLAIM_STATES.filter(isConfirmedClaimState)).toEqual(confirmed);
    expect(MEMBER_REGISTRATION_STATES.filter(isApprovedRegistrationState)).toEqual([...APPROVED_REGISTRATION_STATES]);
  });

  it('keeps the figure sets inside their lifecycles', () => {
    for (const s of FULFILLED_WISH_STATES) expect(WISH_STATES).toContain(s);
    for (const s of DONE_NEED_STATES) expect(NEED_STATES).toContain(s);
    for (const s of RATED_ORDER_STATES) expect(ORDER_STATES).toContain(s);
  });
});
