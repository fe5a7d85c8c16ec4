import type { Gender } from '../residents/special-tags';
import type { CommitteeSeat } from './mediation-enums';

/** Fewest and most members of a mediation committee (人民调解法 art. 8). */
export const COMMITTEE_SIZE = { min: 3, max: 9 } as const;

/** Years of a committee's term (art. 9). */
export const COMMITTEE_TERM_YEARS = 3;

/** What the composition rule reads of each member. */
export interface CommitteeMemberFacts {
  gender: Gender;
  seat: CommitteeSeat;
}

/** One broken rule, with the request field it belongs to (the 400 names it). */
export interface CommitteeProblem {
  field: 'members' | 'termEndsOn';
  message: string;
}

/** `YYYY-MM-DD` plus whole years; 29 February falls back to 28 February in a common year. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = y + years;
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${target}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day a term that starts on `startsOn` ends: three years on (art. 9). */
export function termEndOf(startsOn: string): string {
  return addYears(startsOn, COMMITTEE_TERM_YEARS);
}

/**
 * What is wrong with a committee's composition (art. 8–9): 3 to 9 members, at least one woman, one
 * chair, and a term of exactly three years when an end is given. Empty when the committee may stand.
 */
export function committeeProblems(members: readonly CommitteeMemberFacts[], termStartsOn: string, termEndsOn?: string): CommitteeProblem[] {
  const problems: CommitteeProblem[] = [];
  if (members.length < COMMITTEE_SIZE.min || members.length > COMMITTEE_SIZE.max)
    problems.push({ field: 'members', message: `调解委员会由${COMMITTEE_SIZE.min}至${COMMITTEE_SIZE.max}名委员组成，现有${members.length}名` });
  if (!members.some((m) => m.gender === 'female')) problems.push({ field: 'members', message: '调解委员会应当有妇女成员' });
  const chairs = members.filter((m) => m.seat === 'chair').length;
  if (chairs !== 1) problems.push({ field: 'members', message: `调解委员会设主任一人，现有${chairs}人` });
  if (termEndsOn !== undefined && termEndsOn !== termEndOf(termStartsOn))
    problems.push({ field: 'termEndsOn', message: `每届任期三年，应至${termEndOf(termStartsOn)}` });
  return problems;
}
