import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEETING_RULES,
  complianceOf,
  describeMeetingRule,
  occupancyCrossed,
  occurrencesOf,
  projectProgress,
  seatFor,
  suggestionFunnel,
  type FunnelInput,
} from './meeting-rules';

describe('recurrence', () => {
  it('puts the joint meeting on the first Thursday at 19:00 Beijing time', () => {
    const dates = occurrencesOf(DEFAULT_MEETING_RULES.jointMeeting, '2026-01-01', '2026-04-30');
    expect(dates.map((o) => o.date)).toEqual(['2026-01-01', '2026-02-05', '2026-03-05', '2026-04-02']);
    expect(dates[1].startsAt.toISOString()).toBe('2026-02-05T11:00:00.000Z');
    expect(dates[1].endsAt.toISOString()).toBe('2026-02-05T12:30:00.000Z');
    expect(describeMeetingRule(DEFAULT_MEETING_RULES.jointMeeting)).toBe('每月第一个周四 19:00');
  });

  it('takes the second and fourth Wednesday, the last Saturday and fixed days, inside the range only', () => {
    expect(occurrencesOf(DEFAULT_MEETING_RULES.residentsCouncil, '2026-12-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-12-09', '2026-12-23']);
    expect(occurrencesOf(DEFAULT_MEETING_RULES.buildingTalk, '2026-11-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-11-28', '2026-12-26']);
    expect(occurrencesOf({ monthDays: [31], time: '09:00', durationMinutes: 60 }, '2026-01-15', '2026-04-30').map((o) => o.date)).toEqual([
      '2026-01-31',
      '2026-03-31',
    ]);
  });
});

describe('seats', () => {
  const plan = { seats: 10, reserved: { buildingLead: 2 } };

  it('seats everyone when unlimited, a reserved role first, then general seats, then the waitlist', () => {
    expect(seatFor({ seats: 0, reserved: {} }, { general: 500, reserved: {} }, [])).toBe('general');
    expect(seatFor(plan, { general: 8, reserved: {} }, ['buildingLead'])).toBe('buildingLead');
    expect(seatFor(plan, { general: 8, reserved: {} }, ['resident'])).toBeNull();
    expect(seatFor(plan, { general: 7, reserved: { buildingLead: 2 } }, ['buildingLead'])).toBe('general');
  });

  it('tells the convener at 50, 80 and 100 % once each', () => {
    expect(occupancyCrossed(10, 4, 5)).toEqual([50]);
    expect(occupancyCrossed(10, 5, 6)).toEqual([]);
    expect(occupancyCrossed(10, 7, 8)).toEqual([80]);
    expect(occupancyCrossed(10, 9, 10)).toEqual([100]);
    expect(occupancyCrossed(3, 0, 3)).toEqual([50, 80, 100]);
    expect(occupancyCrossed(0, 0, 40)).toEqual([]);
  });
});

describe('held vs required', () => {
  it('counts held and closed meetings, and misses cancelled, never held and absent ones', () => {
    const required = ['2026-01-01', '2026-02-05', '2026-03-05', '2026-04-02', '2026-05-07'];
    const c = complianceOf(required, [
      { occurrence: '2026-01-01', state: 'closed' },
      { occurrence: '2026-02-05', state: 'held' },
      { occurrence: '2026-03-05', state: 'cancelled' },
      { occurrence: '2026-04-02', state: 'scheduled' },
      { occurrence: null, state: 'closed' },
    ]);
    expect(c).toEqual({ required: 5, held: 2, missed: ['2026-03-05', '2026-04-02', '2026-05-07'], unclosed: 1 });
  });
});

describe('the suggestion funnel on a hand-built log', () => {
  it('follows the assembly route: 10 collected → 4 submitted → 3 passed → 2 done, every route in its column', () => {
    const rows: FunnelInput[] = [
      { state: 'solved', outcome: 'solved' },
      { state: 'solved', outcome: 'solved' },
      { state: 'done', outcome: 'tracked' },
      { state: 'project', outcome: 'project' },
      { state: 'submitted', outcome: 'assembly' },
      { state: 'passed', outcome: 'assembly' },
      { state: 'done', outcome: 'assembly' },
      { state: 'done', outcome: 'assembly' },
      { state: 'notAdopted', outcome: 'notAdopted' },
      { state: 'collected', outcome: null },
    ];
    const f = suggestionFunnel(rows);
    expect([f.collected, f.submitted, f.passed, f.done]).toEqual([10, 4, 3, 2]);
    expect(f.byOutcome).toEqual({ solved: 2, tracked: 1, project: 1, assembly: 4, notAdopted: 1, pending: 1 });
    expect(f.finished).toBe(5);
  });

  it('counts an assembly suggestion rejected by the assembly as submitted but not passed', () => {
    expect(suggestionFunnel([{ state: 'notAdopted', outcome: 'assembly' }])).toMatchObject({ submitted: 1, passed: 0, done: 0 });
  });
});

describe('project progress', () => {
  it('is the weighted mean of the milestones', () => {
    expect(projectProgress([])).toBe(0);
    expect(
      projectProgress([
        { weight: 1, progress: 100 },
        { weight: 3, progress: 0 },
      ]),
    ).toBe(25);
    expect(
      projectProgress([
        { weight: 2, progress: 50 },
        { weight: 2, progress: 100 },
      ]),
    ).toBe(75);
  });
});
