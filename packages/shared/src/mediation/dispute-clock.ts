/** Calendar months a mediation may take from acceptance (人民调解工作若干规定 art. 33: 一般在一个月内调结). */
export const MEDIATION_MONTHS = 1;

/** Most days one extension adds; an extension needs every party's consent, recorded. */
export const MAX_EXTENSION_DAYS = 30;

/** Days after a written agreement takes effect within which the parties may apply for court confirmation (art. 33). */
export const CONFIRMATION_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;
// Months are counted on the Beijing calendar, whatever the server's zone.
const BEIJING_MS = 8 * 3_600_000;

/** The same Beijing wall-clock time `months` calendar months later; the 31st falls back to the month's last day. */
export function addMonths(at: Date, months: number): Date {
  const local = new Date(at.getTime() + BEIJING_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const moved = Date.UTC(
    y,
    m,
    Math.min(local.getUTCDate(), last),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  return new Date(moved - BEIJING_MS);
}

/** When a mediation accepted at `acceptedAt` should be concluded: one month on. */
export function conclusionDueOf(acceptedAt: Date): Date {
  return addMonths(acceptedAt, MEDIATION_MONTHS);
}

/** The deadline after an extension of `days` (1 … {@link MAX_EXTENSION_DAYS}). */
export function extendedDue(due: Date, days: number): Date {
  return new Date(due.getTime() + days * DAY_MS);
}

/** True when a dispute concluded at `concludedAt` made its deadline (the extended one, if any). */
export function concludedOnTime(concludedAt: Date, dueAt: Date): boolean {
  return concludedAt.getTime() <= dueAt.getTime();
}

/** True when an open mediation has passed its deadline at `now`. */
export function isOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}

/** The last moment to apply for court confirmation of an agreement that took effect at `effectiveAt`. */
export function confirmationWindowEnd(effectiveAt: Date): Date {
  return new Date(effectiveAt.getTime() + CONFIRMATION_WINDOW_DAYS * DAY_MS);
}

/** True when every party has consented: the parties' ids all appear among the consenting ones (and there are parties). */
export function allPartiesConsent(partyIds: readonly string[], consentingIds: readonly string[]): boolean {
  return partyIds.length >= 2 && partyIds.every((id) => consentingIds.includes(id));
}

/** Days before the conclusion deadline on which the dispute's mediators are reminded (once each per deadline). */
export const CONCLUDE_REMINDER_DAYS = [7, 2] as const;

/** Days before the end of the court-confirmation window on which the mediators are reminded (once each). */
export const CONFIRMATION_REMINDER_DAYS = [7, 2] as const;

/**
 * The reminders due at `now` for a deadline `dueAt`: for each of `days` already reached (now ≥ dueAt − d)
 * and the deadline not yet passed, its key `<kind>-<d>@<deadline day>`. Keyed by the deadline, so an extended
 * deadline is reminded afresh; of several due at once only the nearest is sent, the others are marked as sent.
 */
export function remindersDue(
  kind: 'conclude' | 'confirm',
  dueAt: Date,
  days: readonly number[],
  now: Date,
  sent: readonly string[],
): { send: { key: string; days: number } | null; mark: string[] } {
  if (now.getTime() > dueAt.getTime()) return { send: null, mark: [] };
  const day = new Date(dueAt.getTime() + BEIJING_MS).toISOString().slice(0, 10);
  const reached = [...days].sort((a, b) => a - b).filter((d) => now.getTime() >= dueAt.getTime() - d * DAY_MS);
  const keys = reached.map((d) => ({ key: `${kind}-${d}@${day}`, days: d }));
  const fresh = keys.filter((k) => !sent.includes(k.key));
  if (!fresh.length) return { send: null, mark: [] };
  // The nearest reached reminder speaks; the farther ones it supersedes are only marked.
  const nearest = keys[0];
  return { send: sent.includes(nearest.key) ? null : nearest, mark: fresh.map((k) => k.key) };
}

/** Whole days left from `now` until `dueAt` (rounded up; 0 once passed): the clock a mediator sees. */
export function daysLeft(dueAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS));
}
