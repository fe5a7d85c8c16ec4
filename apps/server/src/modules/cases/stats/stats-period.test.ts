import { describe, expect, it } from 'vitest';
import { addMonths, comparisonPeriods, monthsOf, resolvePeriod } from './stats-period';

describe('stats periods', () => {
  it('clamps a month shift to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('defaults to twelve calendar months ending today, Beijing time', () => {
    // 16:30 UTC on 31 May is already 1 June in Beijing.
    const p = resolvePeriod({}, new Date('2026-05-31T16:30:00Z'));
    expect([p.from, p.to]).toEqual(['2025-07-01', '2026-06-02']);
    expect(p.start.toISOString()).toBe('2025-06-30T16:00:00.000Z');
  });

  it('compares whole months with the previous whole months and other periods with the previous days', () => {
    expect(comparisonPeriods({ from: '2026-01-01', to: '2026-04-01' }).monthOverMonth).toMatchObject({ from: '2025-10-01', to: '2026-01-01' });
    expect(comparisonPeriods({ from: '2026-03-10', to: '2026-03-17' }).monthOverMonth).toMatchObject({ from: '2026-03-03', to: '2026-03-10' });
    expect(comparisonPeriods({ from: '2024-02-29', to: '2024-03-10' }).yearOverYear).toMatchObject({ from: '2023-02-28', to: '2023-03-10' });
  });

  it('lists every month a period touches', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(monthsOf({ from: '2026-03-31', to: '2026-04-01' })).toEqual(['2026-03']);
  });

  it('names the field of an empty, reversed or too long period', () => {
    const now = new Date('2026-03-11T10:00:00+08:00');
    expect(() => resolvePeriod({ from: '2026-03-12' }, now)).toThrow(expect.objectContaining({ field: 'from' }));
    expect(() => resolvePeriod({ from: '2026-03-01', to: '2026-02-01' }, now)).toThrow(expect.objectContaining({ field: 'to' }));
    expect(() => resolvePeriod({ from: '2022-12-31', to: '2026-01-01' }, now)).toThrow(expect.objectContaining({ field: 'from' }));
    expect(resolvePeriod({ from: '2023-01-01', to: '2026-01-01' }, now).from).toBe('2023-01-01');
  });
});
