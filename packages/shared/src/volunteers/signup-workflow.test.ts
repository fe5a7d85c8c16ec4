import { describe, expect, it } from 'vitest';
import { SIGNUP_ACTIONS, SIGNUP_STATES, type SignUpAction, type SignUpState } from './volunteer-enums';
import {
  allowedSignUpActions,
  creditedMinutes,
  decideSignUpAction,
  decideSignUpStart,
  holdsPlace,
  placeForNewSignUp,
  wholeHours,
  type SignUpActorFacts,
} from './signup-workflow';

const nobody: SignUpActorFacts = { isSelf: false, staff: false, system: false };
const ROLES = {
  self: { ...nobody, isSelf: true },
  staff: { ...nobody, staff: true },
  system: { ...nobody, system: true },
  stranger: nobody,
} satisfies Record<string, SignUpActorFacts>;
type ActorRole = keyof typeof ROLES;

/** Written out from DOMAIN §4 independently of the rules: action → state → (roles allowed, state after). */
const EXPECTED: Record<SignUpAction, Partial<Record<SignUpState, { roles: ActorRole[]; to: SignUpState }>>> = {
  cancel: { signedUp: { roles: ['self', 'staff'], to: 'cancelled' }, waitlisted: { roles: ['self', 'staff'], to: 'cancelled' } },
  promote: { waitlisted: { roles: ['system'], to: 'signedUp' } },
  checkIn: { signedUp: { roles: ['self'], to: 'checkedIn' } },
  checkOut: { checkedIn: { roles: ['self'], to: 'completed' } },
};

describe('the sign-up transition table, every (state, action, actor) triple', () => {
  for (const action of SIGNUP_ACTIONS) {
    for (const state of SIGNUP_STATES) {
      for (const role of Object.keys(ROLES) as ActorRole[]) {
        const expected = EXPECTED[action][state];
        const allowed = expected?.roles.includes(role) ?? false;
        it(`${role} ${allowed ? 'may' : 'may not'} ${action} a ${state} sign-up`, () => {
          const decision = decideSignUpAction(state, ROLES[role], action);
          if (allowed) expect(decision).toEqual({ ok: true, to: expected!.to });
          else expect(decision).toMatchObject({ ok: false, code: expected ? 'FORBIDDEN' : 'CONFLICT' });
        });
      }
    }
  }
});

describe('what the pages offer', () => {
  it('offers only cancel to the member and staff while a place or waitlist spot is held', () => {
    expect(allowedSignUpActions('signedUp', ROLES.self)).toEqual(['cancel']);
    expect(allowedSignUpActions('waitlisted', ROLES.staff)).toEqual(['cancel']);
    expect(allowedSignUpActions('checkedIn', ROLES.self)).toEqual([]);
    expect(allowedSignUpActions('signedUp', ROLES.stranger)).toEqual([]);
  });

  it('counts places only for signed-up, checked-in and completed sign-ups', () => {
    expect(SIGNUP_STATES.filter(holdsPlace)).toEqual(['signedUp', 'checkedIn', 'completed']);
  });

  it('puts a new sign-up on the waitlist once every place is taken', () => {
    expect(placeForNewSignUp(9, 10)).toBe('signedUp');
    expect(placeForNewSignUp(10, 10)).toBe('waitlisted');
  });
});

describe('a new sign-up (the workflow start)', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  const facts = { startsAt: new Date('2026-11-20T01:00:00Z'), alreadySignedUp: false, placesTaken: 9, capacity: 10 };
  const member = { ...ROLES.self, partyMember: true };

  it('takes a place while places remain, the waitlist after that', () => {
    expect(decideSignUpStart(facts, member, now)).toEqual({ ok: true, to: 'signedUp' });
    expect(decideSignUpStart({ ...facts, placesTaken: 10 }, member, now)).toEqual({ ok: true, to: 'waitlisted' });
  });

  it('refuses a non-member (FORBIDDEN), then a started activity or a second sign-up (CONFLICT), in that order', () => {
    expect(decideSignUpStart({ ...facts, alreadySignedUp: true }, ROLES.self, now)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: '只有在本社区报到的党员可以报名',
    });
    expect(decideSignUpStart({ ...facts, alreadySignedUp: true }, member, facts.startsAt)).toEqual({
      ok: false,
      code: 'CONFLICT',
      reason: '活动已开始，报名已截止',
    });
    expect(decideSignUpStart({ ...facts, alreadySignedUp: true }, member, now)).toEqual({ ok: false, code: 'CONFLICT', reason: '您已报名该活动' });
  });
});

describe('credited service time', () => {
  const startsAt = new Date('2026-11-20T01:00:00Z');
  const endsAt = new Date('2026-11-20T03:00:00Z');

  it('credits check-out minus check-in', () => {
    expect(creditedMinutes(new Date('2026-11-20T01:10:00Z'), new Date('2026-11-20T02:40:30Z'), startsAt, endsAt)).toBe(90);
  });

  it('caps the time at the activity length however long the member stayed', () => {
    expect(creditedMinutes(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-20T05:00:00Z'), startsAt, endsAt)).toBe(120);
  });

  it('pays points per whole hour', () => {
    expect([59, 60, 119, 120].map(wholeHours)).toEqual([0, 1, 1, 2]);
  });
});
