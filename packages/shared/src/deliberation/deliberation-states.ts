import {
  LIVE_MEETING_REGISTRATION_STATES,
  REGISTRATION_STATES,
  SEATED_REGISTRATION_STATES,
  UNCLOSED_MEETING_STATES,
  type MeetingState,
  type RegistrationState,
  type SuggestionState,
} from './deliberation-enums';
import { REGISTRATION_WORKFLOW } from './registration-workflow';
import { MEETING_WORKFLOW } from './meeting-workflow';

/** Registrations that no longer count (the complement of the live ones): the person may register again. */
export const DROPPED_MEETING_REGISTRATION_STATES: readonly RegistrationState[] = REGISTRATION_STATES.filter(
  (s) => !LIVE_MEETING_REGISTRATION_STATES.includes(s),
);

/** Registrations on the waiting list, promoted oldest first (REGISTRATION_WORKFLOW.promote). */
export const WAITLISTED_MEETING_REGISTRATION_STATES: readonly RegistrationState[] = REGISTRATION_WORKFLOW.actions.promote.from;

/** Registrations checked in at the door. */
export const ATTENDED_REGISTRATION_STATES: readonly RegistrationState[] = ['attended'];

/** Registrations the registrant may still leave. */
export const LEAVABLE_REGISTRATION_STATES: readonly RegistrationState[] = REGISTRATION_WORKFLOW.actions.leave.from;

/** Whether a registration waits on the waiting list. */
export function isWaitlistedRegistration(state: RegistrationState): boolean {
  return WAITLISTED_MEETING_REGISTRATION_STATES.includes(state);
}

/** Whether a registration holds a seat it could free by leaving. */
export function holdsFreeableSeat(state: RegistrationState): boolean {
  return LEAVABLE_REGISTRATION_STATES.includes(state) && !isWaitlistedRegistration(state);
}

/** Meetings open to registration: on the calendar and not yet started (the service checks the time). */
export const REGISTRABLE_MEETING_STATES: readonly MeetingState[] = MEETING_WORKFLOW.actions.hold.from;

/** Meetings where check-in is open: not yet closed or cancelled. */
export const CHECKIN_MEETING_STATES: readonly MeetingState[] = UNCLOSED_MEETING_STATES;

/** Suggestions the owners' assembly passed (passed, or done since). */
export const ASSEMBLY_PASSED_STATES: readonly SuggestionState[] = ['passed', 'done'];

/** Suggestions carried out to the end. */
export const DONE_SUGGESTION_STATES: readonly SuggestionState[] = ['done'];

/** Suggestions finished whatever the route: solved on the spot, or done. */
export const FINISHED_SUGGESTION_STATES: readonly SuggestionState[] = ['solved', 'done'];

/** Registrations that hold a seat (registered or checked in): the door code is shown for these. */
export function isSeatedRegistration(state: RegistrationState): boolean {
  return SEATED_REGISTRATION_STATES.includes(state);
}

/** Whether a meeting is still open (not closed or cancelled). */
export function isOpenMeeting(state: MeetingState): boolean {
  return UNCLOSED_MEETING_STATES.includes(state);
}

/** Whether a suggestion follows a linked case (定期追踪). */
export function isTrackingSuggestion(state: SuggestionState): boolean {
  return state === 'tracking';
}

/** Whether a suggestion is a long-term project still under way. */
export function isRunningProject(state: SuggestionState): boolean {
  return state === 'project';
}
