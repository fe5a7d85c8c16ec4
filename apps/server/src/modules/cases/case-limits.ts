import { and, eq } from 'drizzle-orm';
import {
  CLOCK_RULES,
  DEADLINE_CLOCK_WORKFLOW,
  STORED_CLOCK,
  clockStateOf,
  decide,
  isClockLate,
  type LimitClock,
  type LimitKind,
  type LimitStatus,
} from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { deadlineOf, warningOf } from '../../platform/time/deadlines';
import type { WorkingCalendar } from '../../platform/time/working-calendar';
import { caseLimits } from './cases.tables';
import { clockIn, clockPatch } from './limit-clock-sql';

/** Limits that do not come from the category (workflows/cases.md "Limits that run"). */
export const DEFAULT_LIMITS: Record<Exclude<LimitKind, 'handling'>, [number, LimitClock]> = {
  accept: [4, 'workingHours'],
  verify: [1, 'workingDays'],
  report: [0.5, 'urgentHours'],
  check: [1, 'workingDays'],
  visit: [2, 'workingDays'],
};

/** A time-limit row. */
export type LimitRow = typeof caseLimits.$inferSelect;

/** What starting a limit needs: the case, the kind, when it starts and how long it runs. */
export interface LimitStart {
  caseId: string;
  kind: LimitKind;
  start: Date;
  amount: number;
  clock: LimitClock;
  departmentId?: string;
}

/** The row that starts a limit (its warning time and deadline on the working calendar). */
export function limitValues(cal: WorkingCalendar, input: LimitStart): typeof caseLimits.$inferInsert {
  return {
    id: newId(),
    caseId: input.caseId,
    kind: input.kind,
    departmentId: input.departmentId ?? null,
    startedAt: input.start,
    warnAt: warningOf(input.start, input.amount, input.clock, cal),
    deadline: deadlineOf(input.start, input.amount, input.clock, cal),
  };
}

/** Starts a limit and returns the row written. */
export async function insertLimit(db: DbOrTx, cal: WorkingCalendar, input: LimitStart): Promise<LimitRow> {
  const [row] = await db.insert(caseLimits).values(limitValues(cal, input)).returning();
  return row;
}

/** Starts a limit and returns its deadline. */
export async function startLimit(db: DbOrTx, cal: WorkingCalendar, input: LimitStart): Promise<Date> {
  return (await insertLimit(db, cal, input)).deadline;
}

/** Starts one of the default limits. */
export function startDefaultLimit(db: DbOrTx, cal: WorkingCalendar, caseId: string, kind: keyof typeof DEFAULT_LIMITS, start: Date, departmentId?: string) {
  const [amount, clock] = DEFAULT_LIMITS[kind];
  return startLimit(db, cal, { caseId, kind, start, amount, clock, departmentId });
}

const CASE_ACTION = { by: 'caseAction' } as const;

/**
 * Stops the running limits of a kind (deadline clock `stop`): met when stopped by the deadline,
 * missed after it (the sweep may already have marked it overdue; then it ends missed).
 */
export async function stopLimits(db: DbOrTx, caseId: string, kind: LimitKind, at: Date, departmentId?: string): Promise<void> {
  const running = await db
    .select()
    .from(caseLimits)
    .where(and(eq(caseLimits.caseId, caseId), eq(caseLimits.kind, kind), ...(departmentId ? [eq(caseLimits.departmentId, departmentId)] : [])));
  for (const limit of running) {
    const clock = { state: clockStateOf({ ...limit, status: limit.status as LimitStatus }), warnAt: limit.warnAt, deadline: limit.deadline };
    const stop = decide(DEADLINE_CLOCK_WORKFLOW, clock, CASE_ACTION, 'stop', at);
    if (!stop.ok) continue;
    await db.update(caseLimits).set({ metAt: at, status: STORED_CLOCK[stop.to].status }).where(eq(caseLimits.id, limit.id));
  }
}

/** Cancels the ticking limits of a kind (deadline clock `cancel`; e.g. the report limits of a whistle withdrawn). */
export async function cancelLimits(db: DbOrTx, caseId: string, kind: LimitKind): Promise<void> {
  await db
    .update(caseLimits)
    .set(clockPatch('cancelled'))
    .where(and(eq(caseLimits.caseId, caseId), eq(caseLimits.kind, kind), clockIn(CLOCK_RULES.cancel.from)));
}

/** Moves the running handling limit to an approved new deadline (deadline clock `extend`: running again, not warned). */
export async function extendHandlingLimit(db: DbOrTx, caseId: string, deadline: Date): Promise<void> {
  await db
    .update(caseLimits)
    // `extend` leaves the clock running and not warned.
    .set({ deadline, ...clockPatch('running') })
    .where(and(eq(caseLimits.caseId, caseId), eq(caseLimits.kind, 'handling'), clockIn(CLOCK_RULES.extend.from)));
}

/**
 * Rework (deadline clock `reopen`): the handling limit `handle` stopped runs again with the same start and deadline, so a
 * failed check cannot buy a fresh limit (ADR 0009). Returns the deadline, or null when the case had no handling limit.
 */
export async function reopenHandlingLimit(db: DbOrTx, caseId: string, at: Date): Promise<{ deadline: Date; overdue: boolean } | null> {
  const stopped = await db
    .select()
    .from(caseLimits)
    .where(and(eq(caseLimits.caseId, caseId), eq(caseLimits.kind, 'handling'), clockIn(CLOCK_RULES.reopen.from)));
  // A reopened case may have had an earlier handling limit: the latest one is the limit of the work being redone.
  const limit = stopped.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
  if (!limit) return null;
  const clock = { state: clockStateOf({ ...limit, status: limit.status as LimitStatus }), warnAt: limit.warnAt, deadline: limit.deadline };
  const reopen = decide(DEADLINE_CLOCK_WORKFLOW, clock, CASE_ACTION, 'reopen', at);
  if (!reopen.ok) return null;
  await db
    .update(caseLimits)
    .set({ ...clockPatch(reopen.to), metAt: null })
    .where(eq(caseLimits.id, limit.id));
  return { deadline: limit.deadline, overdue: isClockLate(reopen.to) };
}
