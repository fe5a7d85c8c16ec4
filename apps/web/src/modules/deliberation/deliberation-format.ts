import type { MeetingState, RegistrationState, SuggestionState } from '@linli/shared';
import { formatDate, formatTime } from '../../ui/time-format';

/** Tag colours of the meeting states. */
export const MEETING_STATE_COLORS: Readonly<Record<MeetingState, string>> = { scheduled: 'blue', held: 'orange', closed: 'green', cancelled: 'default' };

/** Tag colours of the registration states. */
export const REGISTRATION_STATE_COLORS: Readonly<Record<RegistrationState, string>> = {
  registered: 'blue',
  waitlisted: 'orange',
  attended: 'green',
  left: 'default',
};

/** Tag colours of the suggestion states. */
export const SUGGESTION_STATE_COLORS: Readonly<Record<SuggestionState, string>> = {
  collected: 'gold',
  solved: 'green',
  tracking: 'blue',
  project: 'purple',
  submitted: 'cyan',
  passed: 'geekblue',
  done: 'green',
  notAdopted: 'default',
};

/** A meeting's time as one line: 2026-12-03 19:00–20:30. */
export function meetingTime(startsAt: string, endsAt: string): string {
  return `${formatDate(startsAt)} ${formatTime(startsAt).slice(0, 5)}–${formatTime(endsAt).slice(0, 5)}`;
}

/** Seats as people read them. */
export function seatsText(seats: number, registered: number): string {
  return seats === 0 ? `已报 ${registered}（不限名额）` : `已报 ${registered} / ${seats}`;
}
