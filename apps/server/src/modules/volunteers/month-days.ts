/** Calendar arithmetic for one month, on plain `YYYY-MM-DD` dates (China has one time zone, UTC+8). */

const CHINA_OFFSET_MS = 8 * 3_600_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function firstOf(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** Every date of `month` that falls on `weekday` (0 = Sunday … 6 = Saturday): the fixed service days. */
export function datesOnWeekday(month: string, weekday: number): string[] {
  const out: string[] = [];
  for (let d = firstOf(month); iso(d).startsWith(month); d = new Date(d.getTime() + 86_400_000)) if (d.getUTCDay() === weekday) out.push(iso(d));
  return out;
}

/** The Mondays starting the weeks that touch `month`, in order (week 1 may start in the month before). */
export function weekStartsOf(month: string): string[] {
  const first = firstOf(month);
  const monday = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const out = [iso(monday)];
  for (let d = new Date(monday.getTime() + 7 * 86_400_000); iso(d).startsWith(month); d = new Date(d.getTime() + 7 * 86_400_000)) out.push(iso(d));
  return out;
}

/** The instants bounding `month` in China time: [start, end). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const first = firstOf(month);
  const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
  return { start: new Date(first.getTime() - CHINA_OFFSET_MS), end: new Date(next.getTime() - CHINA_OFFSET_MS) };
}

/** The month (`YYYY-MM`) an instant falls in, in China time. */
export function monthOf(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}
