import { describe, expect, it } from 'vitest';
import { deadlineOf, warningOf } from './deadlines';
import { createChinaCalendar } from './working-calendar';

const cal = createChinaCalendar();
const at = (local: string) => new Date(`${local}+08:00`);

describe('deadlines across the 2026 Spring Festival (holiday 15–23 Feb, make-up workdays Sat 14 and Sat 28 Feb)', () => {
  it('counts the make-up Saturday as a working day', () => {
    expect(deadlineOf(at('2026-02-13T10:00:00'), 1, 'workingDays', cal)).toEqual(at('2026-02-14T10:00:00'));
  });

  it('skips the whole holiday: two working days from Friday 13 Feb land on Tuesday 24 Feb', () => {
    expect(deadlineOf(at('2026-02-13T10:00:00'), 2, 'workingDays', cal)).toEqual(at('2026-02-24T10:00:00'));
  });

  it('counts working hours only inside 08:30–12:00 and 13:30–17:30 of working days', () => {
    // 16:00–17:30 on the 13th is 1.5 h; the other 2.5 h run from 08:30 on the make-up Saturday.
    expect(deadlineOf(at('2026-02-13T16:00:00'), 4, 'workingHours', cal)).toEqual(at('2026-02-14T11:00:00'));
    // Raised on the holiday itself: the clock starts on Tuesday 24 Feb at 08:30.
    expect(deadlineOf(at('2026-02-18T09:00:00'), 5, 'workingHours', cal)).toEqual(at('2026-02-24T15:00:00'));
  });

  it('runs urgent hours around the clock and calendar days regardless of holidays', () => {
    expect(deadlineOf(at('2026-02-17T23:00:00'), 2, 'urgentHours', cal)).toEqual(at('2026-02-18T01:00:00'));
    expect(deadlineOf(at('2026-02-17T09:00:00'), 3, 'calendarDays', cal)).toEqual(at('2026-02-20T09:00:00'));
  });

  it('starts a working-day limit raised on a day off at 08:30 of the next working day', () => {
    expect(deadlineOf(at('2026-02-22T20:00:00'), 1, 'workingDays', cal)).toEqual(at('2026-02-25T08:30:00'));
  });

  it('honours a local override that makes a working day a day off', () => {
    const local = createChinaCalendar(new Map([['2026-02-24', false]]));
    expect(deadlineOf(at('2026-02-13T10:00:00'), 2, 'workingDays', local)).toEqual(at('2026-02-25T10:00:00'));
  });

  it('warns at 80% of the working time, not of the wall-clock span', () => {
    // 4 working hours from 16:00 Fri: 80% = 3.2 h = 1.5 h Friday + 1.7 h Saturday → 10:12.
    expect(warningOf(at('2026-02-13T16:00:00'), 4, 'workingHours', cal)).toEqual(at('2026-02-14T10:12:00'));
  });

  it('warns on working days at 80% of their working hours, skipping the holiday', () => {
    // 2 working days = 15 working hours; 80% = 12 h: 1.5 h Fri 13th, 7.5 h Sat 14th, 3 h from 08:30 Tue 24th.
    expect(warningOf(at('2026-02-13T16:00:00'), 2, 'workingDays', cal)).toEqual(at('2026-02-24T11:30:00'));
  });
});
