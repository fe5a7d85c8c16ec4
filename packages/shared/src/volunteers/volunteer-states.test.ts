import { describe, expect, it } from 'vitest';
import { decideSignUpAction } from './signup-workflow';
import { LIVE_SIGNUP_STATES, SIGNUP_STATES, VOLUNTEER_POST_STATES } from './volunteer-enums';
import { hasActivityStarted } from './signup-workflow';
import { DROPPED_SIGNUP_STATES, isPostHeld, isWaitlisted, SERVED_SIGNUP_STATES } from './volunteer-states';

describe('volunteer state sets', () => {
  it('drops exactly the sign-up states that are not live', () => {
    expect([...DROPPED_SIGNUP_STATES, ...LIVE_SIGNUP_STATES].sort()).toEqual([...SIGNUP_STATES].sort());
    expect(DROPPED_SIGNUP_STATES).toEqual(['cancelled']);
  });

  it('calls a sign-up waitlisted exactly where the system may promote it', () => {
    const system = { isSelf: false, staff: false, system: true };
    expect(SIGNUP_STATES.filter(isWaitlisted)).toEqual(SIGNUP_STATES.filter((s) => decideSignUpAction(s, system, 'promote').ok));
  });

  it('counts as served exactly the state a check-out leads to', () => {
    const self = { isSelf: true, staff: false, system: false };
    const checkedOut = SIGNUP_STATES.flatMap((from) => {
      const d = decideSignUpAction(from, self, 'checkOut');
      return d.ok ? [d.to] : [];
    });
    expect([...SERVED_SIGNUP_STATES]).toEqual(checkedOut);
  });

  it('closes sign-ups and cancellations from the moment the activity starts', () => {
    const startsAt = new Date('2025-06-01T09:00:00+08:00');
    expect(hasActivityStarted(startsAt, new Date(startsAt.getTime() - 1))).toBe(false);
    expect(hasActivityStarted(startsAt, startsAt)).toBe(true);
  });

  it('holds a post only when it is claimed', () => {
    expect(VOLUNTEER_POST_STATES.filter(isPostHeld)).toEqual(['claimed']);
  });
});
