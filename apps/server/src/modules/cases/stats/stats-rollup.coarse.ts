import { sql, type SQL } from 'drizzle-orm';
import { ROLLUP_COUNTS } from './stats-rollup.contributions';
import { addMonths } from './stats-period';

/**
 * The coarse levels of the rollup (ADR 0005) for district and street views, without grid or
 * category: per month for whole months, per day for the days around them; per community (a street
 * view's children) or per street (a district view's). Each period has a per-street category table
 * for the top-categories list.
 */
export type CoarseLevel = 'month' | 'day';
/** The area a coarse row sums: a community (street views) or a whole street (district views). */
export type CoarseUnit = 'community' | 'street';

/** The table holding each coarse level and unit (stats-rollup.tables.ts). */
export const COARSE_TABLE: Record<CoarseLevel, Record<CoarseUnit, string>> = {
  month: { community: 'case_stats_monthly', street: 'case_stats_monthly_street' },
  day: { community: 'case_stats_daily_coarse', street: 'case_stats_daily_street' },
};
const CATEGORY_TABLE: Record<CoarseLevel, string> = { month: 'case_stats_monthly_category', day: 'case_stats_daily_category' };
const PERIOD: Record<CoarseLevel, string> = { month: 'month', day: 'day' };

const MONTH = `date_trunc('month', day)::date`;
// A node's path is the grid path cut after the node's code (codes are whole path segments).
const pathOf = (code: string) => `left(path, strpos(path, '/' || ${code} || '/') + length(${code}) + 1)`;
const MONTH_PAIR = `case when date_trunc('month', pair_day) = date_trunc('month', day) then ${MONTH} else pair_day end`;

/**
 * The monthly key of a daily-keyed row (columns of stats-rollup.tables.ts): its month, its
 * community's path, and its pair day kept when it falls in another month but bucketed to the
 * month's first day when it falls in the same one.
 */
export const COARSE_KEY = sql.raw(`${MONTH} as month, ${pathOf('community_code')} as path, street_code, community_code, tier, ${MONTH_PAIR} as pair_day`);

/**
 * The key columns of a level and unit, and how to compute them from a row with the daily key or a
 * finer coarse one. The day level keeps day and pair day as they are: only grid and category go.
 * Bucketing a pair day that is already bucketed changes nothing, so a month row may be built from
 * day rows or deltas alike.
 */
function coarseKey(level: CoarseLevel, unit: CoarseUnit): { columns: string; select: string } {
  const area = unit === 'community' ? 'street_code, community_code' : 'street_code';
  const select = [
    level === 'month' ? `${MONTH} as month` : 'day',
    `${pathOf(unit === 'community' ? 'community_code' : 'street_code')} as path`,
    area,
    'tier',
    level === 'month' ? `${MONTH_PAIR} as pair_day` : 'pair_day',
  ].join(', ');
  return { columns: `${PERIOD[level]}, path, ${area}, tier, pair_day`, select };
}

const COUNTS = ROLLUP_COUNTS.join(', ');
const SUMS = ROLLUP_COUNTS.map((c) => `sum(${c})::int`).join(', ');

/**
 * The statement adding the rows of `source` (a table or CTE with `day`, `path`, `street_code`,
 * `community_code` for the community unit, `tier`, `pair_day` and the counts), summed per key of
 * the level and unit, to that level's and unit's table.
 */
export function coarseInsert(level: CoarseLevel, unit: CoarseUnit, source: SQL): SQL {
  const table = COARSE_TABLE[level][unit];
  const { columns, select } = coarseKey(level, unit);
  // The tables' unique keys: the area is the community, or the street.
  const conflict = `${PERIOD[level]}, ${unit === 'community' ? 'community_code' : 'street_code'}, tier, pair_day`;
  const update = ROLLUP_COUNTS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
  return sql`insert into ${sql.raw(`${table} (${columns}, ${COUNTS})`)}
    select ${sql.raw(`${columns}, ${SUMS}`)}
    from (select ${sql.raw(`${select}, ${COUNTS}`)} from ${source}) f
    group by ${sql.raw(columns)}
    on conflict ${sql.raw(`(${conflict}) do update set ${update}`)}`;
}

/**
 * The statement adding the submission counts of `source` (rows with day, path, street and
 * category), summed per (day or month, street, category), to the category table of `level`.
 */
export function categoryInsert(level: CoarseLevel, source: SQL): SQL {
  const table = CATEGORY_TABLE[level];
  const period = level === 'month' ? `${MONTH} as month` : 'day';
  const add = (c: string) => `${c} = ${table}.${c} + excluded.${c}`;
  return sql`insert into ${sql.raw(`${table} (${PERIOD[level]}, path, street_code, category_id, received, registered, accepted_in_time)`)}
    select ${sql.raw(PERIOD[level])}, path, street_code, category_id, sum(received)::int, sum(registered)::int, sum(accepted_in_time)::int
    from (select ${sql.raw(`${period}, ${pathOf('street_code')} as path`)}, street_code, category_id, received, registered, accepted_in_time
          from ${source} where received <> 0 or registered <> 0 or accepted_in_time <> 0) f
    group by ${sql.raw(PERIOD[level])}, path, street_code, category_id
    on conflict ${sql.raw(`(${PERIOD[level]}, street_code, category_id) do update set ${['received', 'registered', 'accepted_in_time'].map(add).join(', ')}`)}`;
}

/** Whole calendar months inside [from, until) as [first day of the first, first day after the last), or null when there are none. */
export function wholeMonths(from: string, until: string): { from: string; to: string } | null {
  const first = from.endsWith('-01') ? from : addMonths(`${from.slice(0, 7)}-01`, 1);
  const end = `${until.slice(0, 7)}-01`;
  return first < end ? { from: first, to: end } : null;
}
