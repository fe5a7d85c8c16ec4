import { sql, type SQL } from 'drizzle-orm';
import { DEADLINE_CLOCK_WORKFLOW } from '@linli/shared';
import { clockStatusText } from '../limit-clock-sql';

/** The rollup's count columns, in table order (stats-rollup.tables.ts). */
export const ROLLUP_COUNTS = [
  'received',
  'registered',
  'accepted_in_time',
  'closed',
  'closed_on_time',
  'closed_within_1_day',
  'closed_within_2_days',
  'closed_within_3_days',
  'closed_inside_grid',
  'due',
  'due_overdue',
  'due_closed',
  'checked',
  'failed_check',
  'visits',
  'satisfied',
  'basically_satisfied',
  'solved_answers',
  'escalations',
  'whistles',
  'departments_whistled',
  'departments_reported_on_time',
] as const;

/** One rollup count column. */
export type RollupCount = (typeof ROLLUP_COUNTS)[number];

const KEY_COLUMNS = 'day, path, street_code, community_code, grid_code, category_id, tier, pair_day';

// Beijing has no daylight saving: the local day is the UTC time plus eight hours (as stats.repository.ts).
const bj = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/** One source of contributions: the day and pair day it counts on, and the counts it sets (the rest are 0). */
function branch(from: string, day: string, pairDay: string, counts: Partial<Record<RollupCount, string>>): string {
  const columns = ROLLUP_COUNTS.map((c) => `${counts[c] ?? '0'} as ${c}`).join(', ');
  return `select case_id, ${day} as day, ${pairDay}::date as pair_day, ${columns} ${from}`;
}

/**
 * What each case contributes, as signed, grouped rollup rows ready for `insert into <table>`: the
 * same definitions as stats.repository.ts, per case instead of per period. `where` picks the cases
 * (`c` is the cases row). Each count column's day and pair day are chosen so that, for any period
 * of whole Beijing days, the period's figure is a sum of rows filtered on day and pair day:
 * - checked / failed: one row per distinct day with such an event, paired with the previous such
 *   day, so "distinct cases in P" = rows in P whose previous day is before P (or none);
 * - due: on the deadline day, and `due_closed` paired with the closing day, so
 *   "due in P or closed in P" = due + closed − due_closed(closing day in P).
 */
export function contributionRows(where: SQL, sign: 1 | -1): SQL {
  const sums = ROLLUP_COUNTS.map((c) => `${sign} * sum(p.${c})::int as ${c}`).join(', ');
  const events = `from stats_events where action`;
  // Limit outcomes in deadline-clock terms, written as literals like the rest of the query: met on time; late = overdue or stopped late.
  const met = clockStatusText(['met']);
  const late = clockStatusText(DEADLINE_CLOCK_WORKFLOW.sets.late);
  const cancelled = clockStatusText(['cancelled']);
  return sql`
    with c as materialized (
      select c.id, c.id as case_id, c.path, c.street_code, c.community_code, c.grid_code, c.category_id, c.highest_tier as tier,
             c.submitted_at, c.closed_at, c.handling_deadline, c.merged_into_id,
             h.status as handling,
             exists (select 1 from case_limits a where a.case_id = c.id and a.kind = 'accept' and a.status = ${sql.raw(met)}) as accepted
      from cases c
      -- The handling outcome is the latest non-cancelled handling limit (a reopened case gets a new one).
      left join lateral (
        select l.status from case_limits l
        where l.case_id = c.id and l.kind = 'handling' and l.status <> ${sql.raw(cancelled)}
        order by l.started_at desc limit 1
      ) h on true
      where ${where}
    ),
    stats_events as materialized (
      select e.case_id, e.action, ${sql.raw(bj('e.at'))} as day, e.data ->> 'satisfaction' as satisfaction, e.data ->> 'solved' as solved
      from case_events e
      where e.case_id in (select id from c) and e.action in ('pass', 'fail', 'visit', 'escalate', 'whistle')
    ),
    check_days as (select distinct case_id, day, action = 'fail' as failed ${sql.raw(events)} in ('pass', 'fail')),
    parts as (
      ${sql.raw(
        [
          branch('from c', bj('submitted_at'), 'null', {
            received: '1',
            registered: '(handling_deadline is not null)::int',
            accepted_in_time: 'accepted::int',
          }),
          branch('from c where closed_at is not null', bj('closed_at'), 'null', {
            closed: '1',
            closed_on_time: `(handling is not distinct from ${met})::int`,
            closed_within_1_day: `(closed_at - submitted_at <= interval '24 hours')::int`,
            closed_within_2_days: `(closed_at - submitted_at <= interval '48 hours')::int`,
            closed_within_3_days: `(closed_at - submitted_at <= interval '72 hours')::int`,
            closed_inside_grid: `(tier = 'grid')::int`,
          }),
          branch(
            'from c where handling_deadline is not null and merged_into_id is null',
            bj('handling_deadline'),
            `case when closed_at is not null then ${bj('closed_at')} end`,
            {
              due: '1',
              due_overdue: `(handling is not distinct from ${late})::int`,
              due_closed: '(closed_at is not null)::int',
            },
          ),
          branch(`from (select distinct case_id, day from check_days) d`, 'day', 'lag(day) over (partition by case_id order by day)', { checked: '1' }),
          branch(`from check_days where failed`, 'day', 'lag(day) over (partition by case_id order by day)', { failed_check: '1' }),
          branch(`${events} in ('visit', 'escalate', 'whistle')`, 'day', 'null', {
            visits: `(action = 'visit')::int`,
            satisfied: `(action = 'visit' and satisfaction = 'satisfied')::int`,
            basically_satisfied: `(action = 'visit' and satisfaction = 'basicallySatisfied')::int`,
            solved_answers: `(action = 'visit' and solved = 'true')::int`,
            escalations: `(action = 'escalate')::int`,
            whistles: `(action = 'whistle')::int`,
          }),
          branch(`from case_limits r where r.kind = 'report' and r.case_id in (select id from c)`, bj('r.started_at'), 'null', {
            departments_whistled: `(r.status <> ${cancelled})::int`,
            departments_reported_on_time: `(r.status = ${met})::int`,
          }),
        ].join('\n      union all\n      '),
      )}
    )
    select p.day, c.path, c.street_code, c.community_code, c.grid_code, c.category_id, c.tier, p.pair_day, ${sql.raw(sums)}
    from parts p join c on c.id = p.case_id
    group by p.day, c.path, c.street_code, c.community_code, c.grid_code, c.category_id, c.tier, p.pair_day`;
}

/** The column list for `insert into case_stats_daily|case_stats_delta (…)`. */
export const ROLLUP_COLUMNS = sql.raw(`${KEY_COLUMNS}, ${ROLLUP_COUNTS.join(', ')}`);
