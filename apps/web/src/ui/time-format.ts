/**
 * Every time the web app shows is Beijing time (Asia/Shanghai), whatever zone the browser is in:
 * a phone set to UTC must still show a case submitted at 02:56 as 02:56.
 *
 * Plain `Intl` only: the H5 shell imports this module, so it must not pull dayjs, antd or zod.
 */
export const TIME_ZONE = 'Asia/Shanghai';

type TimeValue = string | number | Date;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const PARTS = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Beijing calendar and clock fields of an instant; a plain "2026-11-24" is taken as that calendar day. */
export function shanghaiParts(value: TimeValue): Parts {
  const plain = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (plain) {
    const [year, month, day] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
    return { year, month, day, hour: 0, minute: 0, second: 0, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
  }
  const at = value instanceof Date ? value : new Date(value);
  const got: Record<string, number> = {};
  for (const p of PARTS.formatToParts(at)) if (p.type !== 'literal') got[p.type] = Number(p.value);
  const { year, month, day } = got as { year: number; month: number; day: number };
  return { year, month, day, hour: got.hour % 24, minute: got.minute, second: got.second, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-24 02:56" */
export function formatDateTime(value: TimeValue): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** "2026-11-24 02:56:07" (audit log). */
export function formatDateTimeSeconds(value: TimeValue): string {
  return `${formatDate(value)} ${formatTimeSeconds(value)}`;
}

/** "2026-11-24" */
export function formatDate(value: TimeValue): string {
  const p = shanghaiParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "02:56" */
export function formatTime(value: TimeValue): string {
  const p = shanghaiParts(value);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "02:56:07" */
export function formatTimeSeconds(value: TimeValue): string {
  const p = shanghaiParts(value);
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** "11月24日" */
export function formatMonthDay(value: TimeValue): string {
  const p = shanghaiParts(value);
  return `${p.month}月${p.day}日`;
}

/** "11月24日 02:56" (notices). */
export function formatMonthDayTime(value: TimeValue): string {
  return `${formatMonthDay(value)} ${formatTime(value)}`;
}

/** "11-24 02:56" this year, "2025-11-24 02:56" before: times in narrow tables. */
export function formatShortDateTime(value: TimeValue, now: TimeValue = new Date()): string {
  const p = shanghaiParts(value);
  return p.year === shanghaiParts(now).year ? `${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}` : formatDateTime(value);
}

/** Today's date in Beijing, "2026-11-24". */
export function todayInShanghai(now: TimeValue = new Date()): string {
  return formatDate(now);
}

/**
 * The instant of a time picked in a date picker, read as Beijing wall-clock time: a worker whose
 * laptop is set to another zone who picks "11-25 17:00" means 17:00 in Beijing.
 */
export function pickedToIso(picked: { format(template: string): string }): string {
  return new Date(`${picked.format('YYYY-MM-DDTHH:mm:ss')}+08:00`).toISOString();
}
