import { and, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { STORED_CLOCK, storedFormsOf, storedStatusesOf, type ClockState } from '@linli/shared';
import { caseLimits } from './cases.tables';

/** A condition that a `case_limits` row's deadline clock is in one of `states` (DEADLINE_CLOCK_WORKFLOW), read from its stored form. */
export function clockIn(states: readonly ClockState[]): SQL {
  const forms = storedFormsOf(states).map((f) =>
    and(
      eq(caseLimits.status, f.status),
      f.warned === undefined ? undefined : eq(caseLimits.warned, f.warned),
      f.stopped === undefined ? undefined : f.stopped ? isNotNull(caseLimits.metAt) : isNull(caseLimits.metAt),
    )!,
  );
  return forms.length === 1 ? forms[0] : or(...forms)!;
}

/** The columns a clock entering `state` writes (its status, and the warning flag where it tells the state). */
export function clockPatch(state: ClockState): { status: string; warned?: boolean } {
  const { status, warned } = STORED_CLOCK[state];
  return warned === undefined ? { status } : { status, warned };
}

/**
 * The one stored status that holds exactly the clock states `states`, quoted for SQL text (`'met'`): for
 * the hand-written figure queries, so their text and plans stay the same as with a written literal.
 */
export function clockStatusText(states: readonly ClockState[]): string {
  const statuses = storedStatusesOf(states);
  if (statuses.length !== 1) throw new Error(`clock states ${states.join(', ')} are stored as ${statuses.length} statuses`);
  return `'${statuses[0]}'`;
}

/** `clockStatusText` as an SQL fragment, for drizzle `sql` templates. */
export function clockStatusLiteral(states: readonly ClockState[]): SQL {
  return sql.raw(clockStatusText(states));
}
