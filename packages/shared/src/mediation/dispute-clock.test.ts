import { describe, expect, it } from 'vitest';
import {
  CONCLUDE_REMINDER_DAYS,
  CONFIRMATION_REMINDER_DAYS,
  addMonths,
  allPartiesConsent,
  concludedOnTime,
  conclusionDueOf,
  confirmationWindowEnd,
  daysLeft,
  extendedDue,
  isOverdue,
  remindersDue,
} from './dispute-clock';

describe('the one-month clock', () => {
  it('runs one calendar month on the Beijing calendar from acceptance', () => {
    expect(conclusionDueOf(new Date('2026-03-10T01:30:00Z')).toISOString()).toBe('2026-04-10T01:30:00.000Z');
    // 31 January Beijing time (the UTC date is still the 30th) ends on the last day of February.
    expect(addMonths(new Date('2026-01-30T17:00:00Z'), 1).toISOString()).toBe('2026-02-27T17:00:00.000Z');
    expect(addMonths(new Date('2026-12-15T00:00:00Z'), 1).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('counts a conclusion on the deadline as on time, a minute later as late, and the extension as the new deadline', () => {
    const due = conclusionDueOf(new Date('2026-03-10T01:30:00Z'));
    expect(concludedOnTime(due, due)).toBe(true);
    expect(concludedOnTime(new Date(due.getTime() + 60_000), due)).toBe(false);
    expect(concludedOnTime(new Date(due.getTime() + 10 * 86_400_000), extendedDue(due, 15))).toBe(true);
    expect(isOverdue(due, new Date(due.getTime() + 1))).toBe(true);
    expect(isOverdue(null, new Date())).toBe(false);
  });

  it('needs every party (and at least two) to consent to an extension', () => {
    expect(allPartiesConsent(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(allPartiesConsent(['a', 'b'], ['a'])).toBe(false);
    expect(allPartiesConsent(['a'], ['a'])).toBe(false);
  });

  it('closes the court-confirmation window 30 days after the agreement takes effect', () => {
    expect(confirmationWindowEnd(new Date('2026-11-01T02:00:00Z')).toISOString()).toBe('2026-12-01T02:00:00.000Z');
  });
});

describe('reminders before a deadline', () => {
  const due = new Date('2026-04-10T02:00:00Z');
  const at = (iso: string) => new Date(iso);
  it('sends the 7-day one from 7 days before, the 2-day one from 2 days before, each once, nothing after the deadline', () => {
    expect(remindersDue('conclude', due, CONCLUDE_REMINDER_DAYS, at('2026-04-02T02:00:00Z'), [])).toEqual({ send: null, mark: [] });
    const first = remindersDue('conclude', due, CONCLUDE_REMINDER_DAYS, at('2026-04-03T02:00:00Z'), []);
    expect(first).toEqual({ send: { key: 'conclude-7@2026-04-10', days: 7 }, mark: ['conclude-7@2026-04-10'] });
    expect(remindersDue('conclude', due, CONCLUDE_REMINDER_DAYS, at('2026-04-05T02:00:00Z'), first.mark)).toEqual({ send: null, mark: [] });
    const second = remindersDue('conclude', due, CONCLUDE_REMINDER_DAYS, at('2026-04-08T03:00:00Z'), first.mark);
    expect(second.send).toEqual({ key: 'conclude-2@2026-04-10', days: 2 });
    expect(remindersDue('conclude', due, CONCLUDE_REMINDER_DAYS, at('2026-04-11T02:00:00Z'), [])).toEqual({ send: null, mark: [] });
  });

  it('sends only the nearest when a late run finds both due, and marks the other', () => {
    const late = remindersDue('confirm', due, CONFIRMATION_REMINDER_DAYS, at('2026-04-09T02:00:00Z'), []);
    expect(late).toEqual({ send: { key: 'confirm-2@2026-04-10', days: 2 }, mark: ['confirm-2@2026-04-10', 'confirm-7@2026-04-10'] });
  });

  it('counts whole days left, rounding up', () => {
    expect(daysLeft(due, at('2026-04-09T03:00:00Z'))).toBe(1);
    expect(daysLeft(due, at('2026-03-31T02:00:00Z'))).toBe(10);
    expect(daysLeft(due, at('2026-04-11T02:00:00Z'))).toBe(0);
  });
});
