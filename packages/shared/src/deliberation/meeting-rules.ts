import {
  OCCUPANCY_NOTICE_PERCENTS,
  type MeetingKind,
  type MeetingState,
  type ReservableRole,
  type SuggestionOutcome,
  type SuggestionState,
} from './deliberation-enums';
import { ASSEMBLY_PASSED_STATES, DONE_SUGGESTION_STATES, FINISHED_SUGGESTION_STATES } from './deliberation-states';

/**
 * A meeting series' recurrence: monthly, either on the n-th weekday(s) of the month (`weekday` 1 = Monday …
 * 7 = Sunday, `nth` 1…5 or -1 for the last) or on fixed days of the month (`monthDays`), at a local
 * (China, UTC+8) time, lasting `durationMinutes`.
 */
export interface MeetingRule {
  weekday?: number;
  nth?: number[];
  monthDays?: number[];
  time: string;
  durationMinutes: number;
}

/** The seeds' rules: 联席会 the first Thursday 19:00 [002]; the others are Linli's defaults, each community may change them. */
export const DEFAULT_MEETING_RULES: Readonly<Record<MeetingKind, MeetingRule>> = {
  jointMeeting: { weekday: 4, nth: [1], time: '19:00', durationMinutes: 90 },
  redCouncil: { weekday: 2, nth: [3], time: '15:00', durationMinutes: 90 },
  residentsCouncil: { weekday: 3, nth: [2, 4], time: '19:30', durationMinutes: 60 },
  deliberationDay: { monthDays: [15], time: '09:00', durationMinutes: 120 },
  buildingTalk: { weekday: 6, nth: [-1], time: '10:00', durationMinutes: 60 },
};

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

/** The rule in words, as the calendar page shows it (每月第一个周四 19:00). */
export function describeMeetingRule(rule: MeetingRule): string {
  if (rule.monthDays?.length) return `每月${rule.monthDays.join('、')}日 ${rule.time}`;
  const nth = (rule.nth ?? []).map((n) => (n === -1 ? '最后一个' : `第${['', '一', '二', '三', '四', '五'][n]}个`)).join('和');
  return `每月${nth}周${WEEKDAYS[rule.weekday ?? 1]} ${rule.time}`;
}

/** China's offset from UTC (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** One occurrence of a rule: its local date and its start and end instants. */
export interface Occurrence {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function daysOf(rule: MeetingRule, year: number, month: number): number[] {
  const last = daysInMonth(year, month);
  if (rule.monthDays?.length) return rule.monthDays.filter((d) => d >= 1 && d <= last);
  const weekday = rule.weekday ?? 1;
  const matching: number[] = [];
  for (let d = 1; d <= last; d++) {
    const iso = ((new Date(Date.UTC(year, month - 1, d)).getUTCDay() + 6) % 7) + 1;
    if (iso === weekday) matching.push(d);
  }
  return (rule.nth ?? [1]).map((n) => (n === -1 ? matching[matching.length - 1] : matching[n - 1])).filter((d): d is number => d !== undefined);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every occurrence of `rule` whose local date lies in [from, to] (both `YYYY-MM-DD`), in date order. */
export function occurrencesOf(rule: MeetingRule, from: string, to: string): Occurrence[] {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const [hh, mm] = rule.time.split(':').map(Number);
  const out: Occurrence[] = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    for (const d of [...new Set(daysOf(rule, y, m))].sort((a, b) => a - b)) {
      const date = `${y}-${pad(m)}-${pad(d)}`;
      if (date < from || date > to) continue;
      const startsAt = new Date(Date.UTC(y, m - 1, d, hh, mm) - CHINA_OFFSET_MS);
      out.push({ date, startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000) });
    }
  }
  return out;
}

/** The local (China) date of an instant, `YYYY-MM-DD`. */
export function chinaDateOf(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- seats (Decidim's available and reserved slots)

/** A meeting's seats: `seats` 0 means unlimited; `reserved` holds seats back for named roles, out of `seats`. */
export interface SeatPlan {
  seats: number;
  reserved: Partial<Record<ReservableRole, number>>;
}

/** Seats taken: general ones, and reserved ones by role. */
export interface SeatCounts {
  general: number;
  reserved: Partial<Record<ReservableRole, number>>;
}

/** What a seat is: a general one, or one reserved for a role. */
export type SeatKind = 'general' | ReservableRole;

/** Seats open to anyone: all seats less those reserved. */
export function generalSeats(plan: SeatPlan): number {
  return Math.max(0, plan.seats - Object.values(plan.reserved).reduce((a, b) => a + (b ?? 0), 0));
}

/**
 * The seat a newcomer holding `roles` gets, or null for the waiting list: unlimited meetings seat
 * everyone; otherwise a free seat reserved for one of their roles first, then a free general seat.
 */
export function seatFor(plan: SeatPlan, taken: SeatCounts, roles: readonly ReservableRole[]): SeatKind | null {
  if (plan.seats === 0) return 'general';
  for (const role of roles) if ((plan.reserved[role] ?? 0) > (taken.reserved[role] ?? 0)) return role;
  return taken.general < generalSeats(plan) ? 'general' : null;
}

/** Seats taken in all. */
export function seatsTaken(taken: SeatCounts): number {
  return taken.general + Object.values(taken.reserved).reduce((a, b) => a + (b ?? 0), 0);
}

/** The occupancy shares (50/80/100 %) a registration crossed going from `before` to `after` seats taken; none when unlimited. */
export function occupancyCrossed(seats: number, before: number, after: number): number[] {
  if (seats === 0) return [];
  return OCCUPANCY_NOTICE_PERCENTS.filter((p) => before * 100 < p * seats && after * 100 >= p * seats);
}

// ---------------------------------------------------------------- held vs required

/** A meeting of a series as the compliance list reads it. */
export interface SeriesMeeting {
  occurrence: string | null;
  state: MeetingState;
}

/** How one series did over a period: occurrences required so far, those held, and the dates missed. */
export interface Compliance {
  required: number;
  held: number;
  missed: string[];
  unclosed: number;
}

/**
 * Held vs required for one series: every occurrence of its rule up to `until` is required; it counts
 * as held when its meeting was held or closed; a cancelled meeting, one never held or no meeting at
 * all is missed. Held meetings still without minutes are `unclosed`.
 */
export function complianceOf(required: readonly string[], meetings: readonly SeriesMeeting[]): Compliance {
  const byDate = new Map(meetings.filter((m) => m.occurrence).map((m) => [m.occurrence!, m.state]));
  const held = required.filter((d) => byDate.get(d) === 'held' || byDate.get(d) === 'closed');
  return {
    required: required.length,
    held: held.length,
    missed: required.filter((d) => !held.includes(d)),
    unclosed: required.filter((d) => byDate.get(d) === 'held').length,
  };
}

// ---------------------------------------------------------------- the suggestion funnel

/** A suggestion as the funnel counts it. */
export interface FunnelInput {
  state: SuggestionState;
  outcome: SuggestionOutcome | null;
}

/** The funnel and the outcome columns of one community or street. */
export interface SuggestionFunnel {
  collected: number;
  submitted: number;
  passed: number;
  done: number;
  byOutcome: Record<SuggestionOutcome | 'pending', number>;
  /** Every suggestion finished whatever its route: solved on the spot or done. */
  finished: number;
}

/**
 * The funnel follows the owners' assembly route, as the seed counts it [002: 345 → 58 → 49]:
 * collected = every suggestion; submitted = those whose outcome is the assembly; passed = those the
 * assembly passed (passed or done since); done = passed and then carried out. The outcome columns
 * count every route, and `finished` every suggestion solved on the spot or done.
 */
export function suggestionFunnel(rows: readonly FunnelInput[]): SuggestionFunnel {
  const byOutcome: SuggestionFunnel['byOutcome'] = { solved: 0, tracked: 0, project: 0, assembly: 0, notAdopted: 0, pending: 0 };
  let passed = 0;
  let done = 0;
  let finished = 0;
  for (const r of rows) {
    byOutcome[r.outcome ?? 'pending'] += 1;
    if (r.outcome === 'assembly' && ASSEMBLY_PASSED_STATES.includes(r.state)) passed += 1;
    if (r.outcome === 'assembly' && DONE_SUGGESTION_STATES.includes(r.state)) done += 1;
    if (FINISHED_SUGGESTION_STATES.includes(r.state)) finished += 1;
  }
  return { collected: rows.length, submitted: byOutcome.assembly, passed, done, byOutcome, finished };
}

/**
 * The share of suggestions solved 建议办结率: those finished whatever their route (solved on the spot,
 * or done) ÷ those collected; null when none were collected.
 */
export function suggestionSolvedRate(f: Pick<SuggestionFunnel, 'collected' | 'finished'>): number | null {
  return f.collected ? f.finished / f.collected : null;
}

// ---------------------------------------------------------------- project progress

/** A milestone of a long-term project: its weight (a positive whole number) and progress %. */
export interface MilestoneProgress {
  weight: number;
  progress: number;
}

/** A project's progress %: the milestones' progress weighted by their weights, rounded; 0 without milestones. */
export function projectProgress(milestones: readonly MilestoneProgress[]): number {
  const total = milestones.reduce((a, m) => a + m.weight, 0);
  if (!total) return 0;
  return Math.round(milestones.reduce((a, m) => a + m.progress * m.weight, 0) / total);
}
