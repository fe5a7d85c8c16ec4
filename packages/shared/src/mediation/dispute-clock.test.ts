import { describe, expect, it } from 'vitest';
import { addMonths, allPartiesConsent, concludedOnTime, conclusionDueOf, confirmationWindowEnd, extendedDue, isOverdue } from './dispute-clock';

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
