import type { LimitClock } from '@linli/shared';
import type { WorkingCalendar } from './working-calendar';

/** Beijing time has no daylight saving: local = UTC + 8 h. */
const OFFSET_MS = 8 * 3_600_000;
const MINUTE = 60_000;

/** Working-hour windows of a working day, in minutes after local midnight (08:30–12:00, 13:30–17:30). */
export const WORKING_WINDOWS: readonly [number, number][] = [
  [8 * 60 + 30, 12 * 60],
  [13 * 60 + 30, 17 * 60 + 30],
];

/** The Beijing calendar date of an instant, YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

function localMidnight(at: Date): number {
  const local = at.getTime() + OFFSET_MS;
  return local - (local % 86_400_000) - OFFSET_MS;
}

/** Adds working-hour minutes: only time inside the windows of working days counts. */
function addWorkingMinutes(start: Date, minutes: number, cal: WorkingCalendar): Date {
  let remaining = minutes;
  let dayStart = localMidnight(start);
  let cursor = start.getTime();
  for (let guard = 0; guard < 3660; guard++) {
    if (cal.isWorkday(localDay(new Date(dayStart)))) {
      for (const [from, to] of WORKING_WINDOWS) {
        const windowStart = Math.max(dayStart + from * MINUTE, cursor);
        const windowEnd = dayStart + to * MINUTE;
        if (windowStart >= windowEnd) continue;
        const available = (windowEnd - windowStart) / MINUTE;
        if (remaining <= available) return new Date(windowStart + remaining * MINUTE);
        remaining -= available;
      }
    }
    dayStart += 86_400_000;
    cursor = dayStart;
  }
  throw new Error('working-hours limit ran past ten years');
}

/**
 * Moves forward `days` working days keeping the time of day. A start on a day off counts from the
 * start of the next working day (08:30), so a case raised on Sunday gets whole working days.
 */
function addWorkingDays(start: Date, days: number, cal: WorkingCalendar): Date {
  let at = start.getTime();
  if (!cal.isWorkday(localDay(start))) {
    let day = localMidnight(start);
    do day += 86_400_000;
    while (!cal.isWorkday(localDay(new Date(day))));
    at = day + WORKING_WINDOWS[0][0] * MINUTE;
  }
  let remaining = days;
  while (remaining > 0) {
    at += 86_400_000;
    if (cal.isWorkday(localDay(new Date(at)))) remaining -= 1;
  }
  return new Date(at);
}

/** The deadline of a limit of `amount` on `clock`, started at `start` (workflows/cases.md "Time limits"). */
export function deadlineOf(start: Date, amount: number, clock: LimitClock, cal: WorkingCalendar): Date {
  switch (clock) {
    case 'urgentHours':
      return new Date(start.getTime() + amount * 3_600_000);
    case 'calendarDays':
      return new Date(start.getTime() + amount * 86_400_000);
    case 'workingHours':
      return addWorkingMinutes(start, amount * 60, cal);
    case 'workingDays':
      return addWorkingDays(start, amount, cal);
  }
}

/** Share of a limit after which it shows a warning (预警). */
export const WARNING_SHARE = 0.8;

/** Working hours in one working day (the two windows). */
const HOURS_PER_WORKING_DAY = WORKING_WINDOWS.reduce((sum, [from, to]) => sum + (to - from) / 60, 0);

/**
 * When a limit turns to "warning": 80% of the allowed time, counted on working time where the
 * limit is (so nights and holidays don't bring a warning at midnight): hour clocks take 80% of
 * their hours, working days 80% of their working hours; calendar days 80% of the span.
 */
export function warningOf(start: Date, amount: number, clock: LimitClock, cal: WorkingCalendar): Date {
  if (clock === 'workingHours' || clock === 'urgentHours') return deadlineOf(start, amount * WARNING_SHARE, clock, cal);
  if (clock === 'workingDays') return deadlineOf(start, amount * HOURS_PER_WORKING_DAY * WARNING_SHARE, 'workingHours', cal);
  const deadline = deadlineOf(start, amount, clock, cal);
  return new Date(start.getTime() + (deadline.getTime() - start.getTime()) * WARNING_SHARE);
}
