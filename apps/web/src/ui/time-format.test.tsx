import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { actionBody } from '../modules/cases/action-spec';
import { formatShortTime, formatTime as caseTime } from '../modules/cases/case-format';
import { formatDate as claimsDate, formatTime as claimsTime } from '../modules/claims/claims-format';
import { greetingFor } from './greeting';
import { activityTime } from '../modules/volunteers/volunteer-format';
import { formatDate, formatDateTime, formatDateTimeSeconds, formatMonthDay, formatMonthDayTime, formatTime, pickedToIso, todayInShanghai } from './time-format';

// vitest.config.ts runs web tests with TZ=UTC, so these prove the zone of the browser does not matter.
const AT = '2026-11-23T18:56:00Z'; // 2026-11-24 02:56 in Beijing

describe('times are shown in Beijing time whatever the browser zone', () => {
  it('runs in a zone other than Beijing', () => {
    expect(new Date(AT).getHours()).not.toBe(2);
  });

  it('formats date, time and both', () => {
    expect(formatDateTime(AT)).toBe('2026-11-24 02:56');
    expect(formatDateTimeSeconds('2026-11-23T18:56:07Z')).toBe('2026-11-24 02:56:07');
    expect(formatDate(AT)).toBe('2026-11-24');
    expect(formatTime(AT)).toBe('02:56');
    expect(formatMonthDay(AT)).toBe('11月24日');
    expect(formatMonthDayTime(AT)).toBe('11月24日 02:56');
    expect(formatDateTime(new Date('2026-01-01T01:00:00Z'))).toBe('2026-01-01 09:00');
  });

  it('keeps a plain calendar date as it is', () => {
    expect(formatDate('2026-11-24')).toBe('2026-11-24');
    expect(formatMonthDay('2026-03-05')).toBe('3月5日');
  });

  it('the module helpers use it', () => {
    expect(caseTime(AT)).toBe('2026-11-24 02:56');
    expect(formatShortTime('2020-11-23T18:56:00Z')).toBe('2020-11-24 02:56');
    expect(claimsTime(AT)).toBe('2026-11-24 02:56');
    expect(claimsDate(AT)).toBe('2026-11-24');
    expect(activityTime('2026-11-20T01:00:00Z', '2026-11-20T03:00:00Z')).toBe('11月20日 周五 09:00–11:00');
  });

  it('greets by the Beijing hour', () => {
    expect(greetingFor(new Date('2026-11-23T01:00:00Z'))).toBe('早上好'); // 09:00 in Beijing
  });

  it("today's date is Beijing's", () => {
    expect(todayInShanghai(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });

  it('a time picked in a date picker is Beijing wall-clock time', () => {
    const body = actionBody({ action: 'requestExtension', required: ['newDeadline', 'reason'], optional: [] }, 3, {
      newDeadline: dayjs('2026-11-25T17:00:00'),
      reason: '等待配件',
    });
    expect(body).toMatchObject({ newDeadline: '2026-11-25T09:00:00.000Z' });
    expect(pickedToIso(dayjs('2026-11-25T01:30:00'))).toBe('2026-11-24T17:30:00.000Z');
  });
});
