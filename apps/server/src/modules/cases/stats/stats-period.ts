import { CASE_STATS_MAX_YEARS, type StatsPeriod } from '@linli/shared';
import { AppError } from '../../../platform/errors';
import { localDay } from '../../../platform/time/deadlines';

/** A period of Beijing days [from, to) with the instants it spans. */
export interface ResolvedPeriod extends StatsPeriod {
  start: Date;
  end: Date;
}

/** The instant a Beijing calendar day (YYYY-MM-DD) begins; Beijing has no daylight saving. */
export function beijingMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  const at = new Date(Date.UTC(y, m - 1, d + days));
  return format(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** `day` moved by `months` calendar months; a day past the target month's end becomes its last day (29 Feb → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(d, last));
}

function daysBetween(from: string, to: string): number {
  return Math.round((beijingMidnight(to).getTime() - beijingMidnight(from).getTime()) / 86_400_000);
}

function period(from: string, to: string): ResolvedPeriod {
  return { from, to, start: beijingMidnight(from), end: beijingMidnight(to) };
}

/**
 * The period asked for, with defaults: `to` = tomorrow (so today counts), `from` = the first
 * day of the month eleven months before the period's last day (twelve calendar months). Refuses
 * an empty or reversed period (field `to`, or `from` when only it was given) and one longer than
 * three years (field `from`).
 */
export function resolvePeriod(input: { from?: string; to?: string }, now: Date): ResolvedPeriod {
  const to = input.to ?? addDays(localDay(now), 1);
  const from = input.from ?? addMonths(`${addDays(to, -1).slice(0, 7)}-01`, -11);
  if (from >= to) throw new AppError('VALIDATION_FAILED', '统计结束日期须晚于开始日期', input.to ? 'to' : 'from');
  if (from < addMonths(to, -12 * CASE_STATS_MAX_YEARS)) throw new AppError('VALIDATION_FAILED', `统计期间最长${CASE_STATS_MAX_YEARS}年`, 'from');
  return period(from, to);
}

/**
 * The comparison periods: month over month is the period of the same length just before — the
 * same number of whole months when both ends are the first of a month, otherwise the same number
 * of days; year over year is the same days a year earlier.
 */
export function comparisonPeriods(p: StatsPeriod): { monthOverMonth: ResolvedPeriod; yearOverYear: ResolvedPeriod } {
  const wholeMonths = p.from.endsWith('-01') && p.to.endsWith('-01');
  let previousFrom: string;
  if (wholeMonths) {
    const [fy, fm] = parts(p.from);
    const [ty, tm] = parts(p.to);
    previousFrom = addMonths(p.from, -((ty - fy) * 12 + (tm - fm)));
  } else {
    previousFrom = addDays(p.from, -daysBetween(p.from, p.to));
  }
  return { monthOverMonth: period(previousFrom, p.from), yearOverYear: period(addMonths(p.from, -12), addMonths(p.to, -12)) };
}

/** Every calendar month (YYYY-MM) the period touches, oldest first. */
export function monthsOf(p: StatsPeriod): string[] {
  const months: string[] = [];
  const last = addDays(p.to, -1).slice(0, 7);
  for (let month = p.from.slice(0, 7); month <= last; month = addMonths(`${month}-01`, 1).slice(0, 7)) months.push(month);
  return months;
}
