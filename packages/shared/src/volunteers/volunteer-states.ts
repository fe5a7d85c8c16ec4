import { SIGNUP_RULES } from './signup-workflow';
import { LIVE_SIGNUP_STATES, SIGNUP_STATES, type SignUpState, type VolunteerPostState } from './volunteer-enums';

/** Sign-up states that no longer count (the complement of LIVE_SIGNUP_STATES): one member may sign up again. */
export const DROPPED_SIGNUP_STATES: readonly SignUpState[] = SIGNUP_STATES.filter((s) => !LIVE_SIGNUP_STATES.includes(s));

/** Sign-ups on the waitlist 候补, promoted in queue order when a place frees up (SIGNUP_RULES.promote). */
export const WAITLISTED_SIGNUP_STATES: readonly SignUpState[] = SIGNUP_RULES.promote.from;

/** Whether a sign-up in `state` waits on the waitlist. */
export function isWaitlisted(state: SignUpState): boolean {
  return WAITLISTED_SIGNUP_STATES.includes(state);
}

/** Sign-ups that served: checked out, with hours credited (the figures count their members as volunteers). */
export const SERVED_SIGNUP_STATES: readonly SignUpState[] = ['completed'];

/** Volunteer post states in which one member holds the post. */
export const HELD_POST_STATES: readonly VolunteerPostState[] = ['claimed'];

/** Whether a volunteer post in `state` is held by a member. */
export function isPostHeld(state: VolunteerPostState): boolean {
  return HELD_POST_STATES.includes(state);
}
