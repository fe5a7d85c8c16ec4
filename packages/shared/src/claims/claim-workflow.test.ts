import { describe, expect, it } from 'vitest';
import { allowedActions } from '../workflow';
import {
  CLAIM_ACTIONS,
  CLAIM_STATES,
  MEMBER_REGISTRATION_ACTIONS,
  MEMBER_REGISTRATION_STATES,
  NEED_STATES,
  WISH_ACTIONS,
  WISH_STATES,
  type ClaimAction,
  type ClaimState,
  type MemberRegistrationAction,
  type MemberRegistrationState,
  type NeedState,
  type WishAction,
  type WishState,
} from './claims-enums';
import {
  allowedClaimActions,
  allowedWishActions,
  decideClaimAction,
  decideNeedAction,
  decideNeedClaim,
  decideNeedFollowingClaim,
  decideNeedReferral,
  decideRegistrationAction,
  decideWishAction,
  NEED_STATE_FOR_CLAIM,
  NEED_WORKFLOW,
  needFollowsClaim,
  SYSTEM_WISH_ACTOR,
  type ClaimActorFacts,
  type WishActorFacts,
} from './claim-workflow';

const noClaimActor: ClaimActorFacts = { staff: false, isClaimant: false, isRequester: false, system: false };
const CLAIM_ROLES = {
  staff: { ...noClaimActor, staff: true },
  claimant: { ...noClaimActor, isClaimant: true },
  requester: { ...noClaimActor, isRequester: true },
  system: { ...noClaimActor, system: true },
  stranger: noClaimActor,
} satisfies Record<string, ClaimActorFacts>;
type ClaimRole = keyof typeof CLAIM_ROLES;

/** Written out from DOMAIN §3 independently of the rules: action → state → roles allowed. */
const CLAIM_EXPECTED: Record<ClaimAction, Partial<Record<ClaimState, ClaimRole[]>>> = {
  start: { claimed: ['claimant'] },
  complete: { claimed: ['claimant'], inProgress: ['claimant'] },
  confirm: { done: ['staff', 'requester'] },
  sendBack: { done: ['staff', 'requester'] },
  release: { claimed: ['staff', 'claimant'], inProgress: ['staff', 'claimant'] },
  expire: { claimed: ['system'] },
};

describe('the claim transition table, every (state, action, role) triple', () => {
  for (const action of CLAIM_ACTIONS) {
    it(`${action}: allowed exactly where the lifecycle says`, () => {
      const mismatches: string[] = [];
      for (const state of CLAIM_STATES) {
        for (const role of Object.keys(CLAIM_ROLES) as ClaimRole[]) {
          const expected = (CLAIM_EXPECTED[action][state] ?? []).includes(role);
          const got = decideClaimAction(state, CLAIM_ROLES[role], action).ok;
          if (got !== expected) mismatches.push(`${state}/${role}: expected ${expected}, got ${got}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('runs claimed → inProgress → done → confirmed, and done can be sent back to work', () => {
    expect(decideClaimAction('claimed', CLAIM_ROLES.claimant, 'start')).toEqual({ ok: true, to: 'inProgress' });
    expect(decideClaimAction('inProgress', CLAIM_ROLES.claimant, 'complete')).toEqual({ ok: true, to: 'done' });
    expect(decideClaimAction('done', CLAIM_ROLES.requester, 'sendBack')).toEqual({ ok: true, to: 'inProgress' });
    expect(decideClaimAction('done', CLAIM_ROLES.staff, 'confirm')).toEqual({ ok: true, to: 'confirmed' });
  });

  it('tells a wrong state apart from a wrong person', () => {
    expect(decideClaimAction('confirmed', CLAIM_ROLES.claimant, 'start')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideClaimAction('claimed', CLAIM_ROLES.stranger, 'start')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('never offers expiry to a person, and offers the claimant exactly start, complete and release', () => {
    expect(allowedClaimActions('claimed', { ...noClaimActor, isClaimant: true, staff: true, system: true }).map((a) => a.action)).not.toContain('expire');
    const offered = allowedClaimActions('claimed', CLAIM_ROLES.claimant);
    expect(offered.map((a) => a.action)).toEqual(['start', 'complete', 'release']);
    expect(offered.find((a) => a.action === 'complete')).toEqual({ action: 'complete', required: ['note'], optional: ['photos'] });
  });

  it('moves the need with its claim: held while live, done when confirmed, open again when released or expired', () => {
    expect(NEED_STATE_FOR_CLAIM).toEqual({ claimed: 'claimed', inProgress: 'claimed', done: 'claimed', confirmed: 'done', released: 'open', expired: 'open' });
  });

  it('decides the need following its claim: only the system, only from claimed, and no step where the state stays', () => {
    expect(needFollowsClaim('claimed', 'inProgress')).toBeNull();
    expect(needFollowsClaim('claimed', 'confirmed')).toBe('done');
    expect(decideNeedFollowingClaim('claimed', 'confirmed')).toEqual({ ok: true, to: 'done' });
    expect(decideNeedFollowingClaim('claimed', 'expired')).toEqual({ ok: true, to: 'open' });
    expect(decideNeedFollowingClaim('referred', 'released')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideNeedAction('claimed', { registeredLiaison: true }, 'followClaim')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(allowedActions(NEED_WORKFLOW, { state: 'claimed', claimState: 'released' }, { system: true })).toEqual([]);
  });

  it('lets only the system publish a wish again when its claim expired', () => {
    expect(decideWishAction({ state: 'claimed', claimState: 'claimed' }, SYSTEM_WISH_ACTOR, 'claimExpired')).toEqual({
      ok: true,
      to: 'published',
      claimTo: null,
    });
    expect(decideWishAction({ state: 'fulfilled', claimState: 'done' }, SYSTEM_WISH_ACTOR, 'claimExpired')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideWishAction({ state: 'claimed', claimState: 'claimed' }, WISH_ROLES.staff, 'claimExpired')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('claiming a need', () => {
  const EXPECTED: Record<NeedState, { liaison: string; other: string }> = {
    open: { liaison: 'ok', other: 'FORBIDDEN' },
    claimed: { liaison: 'ITEM_TAKEN', other: 'ITEM_TAKEN' },
    done: { liaison: 'ITEM_TAKEN', other: 'ITEM_TAKEN' },
    closed: { liaison: 'CONFLICT', other: 'CONFLICT' },
    referred: { liaison: 'ITEM_TAKEN', other: 'ITEM_TAKEN' },
  };
  for (const state of NEED_STATES) {
    it(`in state ${state}: a registered liaison ${EXPECTED[state].liaison}, anyone else ${EXPECTED[state].other}`, () => {
      const code = (d: ReturnType<typeof decideNeedClaim>) => (d.ok ? 'ok' : d.code);
      expect(code(decideNeedClaim(state, { registeredLiaison: true }))).toBe(EXPECTED[state].liaison);
      expect(code(decideNeedClaim(state, { registeredLiaison: false }))).toBe(EXPECTED[state].other);
    });
  }
});

describe('referring a need at the street joint meeting', () => {
  const EXPECTED: Record<NeedState, { officer: string; other: string }> = {
    open: { officer: 'ok', other: 'FORBIDDEN' },
    claimed: { officer: 'CONFLICT', other: 'CONFLICT' },
    done: { officer: 'CONFLICT', other: 'CONFLICT' },
    closed: { officer: 'CONFLICT', other: 'CONFLICT' },
    referred: { officer: 'ITEM_TAKEN', other: 'ITEM_TAKEN' },
  };
  for (const state of NEED_STATES) {
    it(`in state ${state}: a street officer ${EXPECTED[state].officer}, anyone else ${EXPECTED[state].other}`, () => {
      const code = (d: ReturnType<typeof decideNeedReferral>) => (d.ok ? 'ok' : d.code);
      expect(code(decideNeedReferral(state, { streetOfficer: true }))).toBe(EXPECTED[state].officer);
      expect(code(decideNeedReferral(state, { streetOfficer: false }))).toBe(EXPECTED[state].other);
    });
  }
  it('moves an open need to referred', () => {
    expect(decideNeedReferral('open', { streetOfficer: true })).toEqual({ ok: true, to: 'referred' });
  });
});

const noWishActor: WishActorFacts = { staff: false, isWisher: false, partyMember: false, isClaimant: false };
const WISH_ROLES = {
  staff: { ...noWishActor, staff: true },
  wisher: { ...noWishActor, isWisher: true },
  member: { ...noWishActor, partyMember: true },
  claimant: { ...noWishActor, partyMember: true, isClaimant: true },
  stranger: noWishActor,
} satisfies Record<string, WishActorFacts>;
type WishRole = keyof typeof WISH_ROLES;

/** The claim a wish holds in each state, as the server keeps them in step. */
const CLAIM_OF: Record<WishState, ClaimState | null> = {
  pendingReview: null,
  published: null,
  claimed: 'claimed',
  fulfilled: 'done',
  confirmed: 'confirmed',
  rejected: null,
  cancelled: null,
};

const WISH_EXPECTED: Record<WishAction, Partial<Record<WishState, WishRole[]>>> = {
  approve: { pendingReview: ['staff'] },
  reject: { pendingReview: ['staff'] },
  claim: { published: ['member', 'claimant'] },
  start: { claimed: ['claimant'] },
  release: { claimed: ['staff', 'claimant'] },
  fulfil: { claimed: ['claimant'] },
  sendBack: { fulfilled: ['staff', 'wisher'] },
  confirm: { fulfilled: ['staff', 'wisher'] },
  cancel: { pendingReview: ['staff', 'wisher'], published: ['staff', 'wisher'] },
  claimExpired: {},
};

describe('the wish transition table, every (state, action, role) triple', () => {
  for (const action of WISH_ACTIONS) {
    it(`${action}: allowed exactly where the micro-wish lifecycle says`, () => {
      const mismatches: string[] = [];
      for (const state of WISH_STATES) {
        for (const role of Object.keys(WISH_ROLES) as WishRole[]) {
          const expected = (WISH_EXPECTED[action][state] ?? []).includes(role);
          const got = decideWishAction({ state, claimState: CLAIM_OF[state] }, WISH_ROLES[role], action).ok;
          if (got !== expected) mismatches.push(`${state}/${role}: expected ${expected}, got ${got}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('refuses a claim on a claimed, fulfilled or confirmed wish as ITEM_TAKEN, and on a closed one as CONFLICT', () => {
    for (const state of ['claimed', 'fulfilled', 'confirmed'] as WishState[]) {
      expect(decideWishAction({ state, claimState: CLAIM_OF[state] }, WISH_ROLES.member, 'claim')).toMatchObject({ ok: false, code: 'ITEM_TAKEN' });
    }
    expect(decideWishAction({ state: 'cancelled', claimState: null }, WISH_ROLES.member, 'claim')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('does not let a party member claim a wish they raised themselves', () => {
    expect(decideWishAction({ state: 'published', claimState: null }, { ...WISH_ROLES.member, isWisher: true }, 'claim')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('moves the claim in step: claim creates it, fulfil completes it, confirm confirms it, release releases it', () => {
    expect(decideWishAction({ state: 'published', claimState: null }, WISH_ROLES.member, 'claim')).toEqual({ ok: true, to: 'claimed', claimTo: 'claimed' });
    expect(decideWishAction({ state: 'claimed', claimState: 'inProgress' }, WISH_ROLES.claimant, 'fulfil')).toEqual({
      ok: true,
      to: 'fulfilled',
      claimTo: 'done',
    });
    expect(decideWishAction({ state: 'fulfilled', claimState: 'done' }, WISH_ROLES.wisher, 'confirm')).toEqual({
      ok: true,
      to: 'confirmed',
      claimTo: 'confirmed',
    });
    expect(decideWishAction({ state: 'claimed', claimState: 'claimed' }, WISH_ROLES.staff, 'release')).toEqual({
      ok: true,
      to: 'published',
      claimTo: 'released',
    });
  });

  it('lets the claim table veto: a started claim cannot be started again', () => {
    expect(decideWishAction({ state: 'claimed', claimState: 'inProgress' }, WISH_ROLES.claimant, 'start')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideWishAction({ state: 'claimed', claimState: null }, WISH_ROLES.claimant, 'fulfil')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('offers the claimant start, release and fulfil, with fulfil needing a photo', () => {
    const offered = allowedWishActions({ state: 'claimed', claimState: 'claimed' }, WISH_ROLES.claimant);
    expect(offered.map((a) => a.action)).toEqual(['start', 'release', 'fulfil']);
    expect(offered.find((a) => a.action === 'fulfil')?.required).toEqual(['photos']);
  });
});

describe('the dual-registration approval table', () => {
  const EXPECTED: Record<MemberRegistrationAction, Partial<Record<MemberRegistrationState, boolean>>> = {
    approve: { pending: true },
    reject: { pending: true },
  };
  for (const action of MEMBER_REGISTRATION_ACTIONS) {
    it(`${action}: only community staff, only while pending`, () => {
      for (const state of MEMBER_REGISTRATION_STATES) {
        expect(decideRegistrationAction(state, { staff: true }, action).ok).toBe(EXPECTED[action][state] ?? false);
        expect(decideRegistrationAction(state, { staff: false }, action).ok).toBe(false);
      }
    });
  }
});
