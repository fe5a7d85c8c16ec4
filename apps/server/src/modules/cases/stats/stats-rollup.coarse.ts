import { sql, type SQL } from 'drizzle-orm';
import { ROLLUP_COUNTS } from './stats-rollup.contributions';
import { addMonths } from './stats-period';

/** The column list for `insert into case_stats_monthly (…)`. */
export const COARSE_COLUMNS = sql.raw(`month, path, street_code, community_code, tier, pair_day, ${ROLLUP_COUNTS.join(', ')}`);

const MONTH = `date_trunc('month', day)::date`;
// A node's path is the grid path cut after the node's code (codes are whole path segments).
const pathOf = (code: string) => `left(path, strpos(path, '/' || ${code} || '/') + length(${code}) + 1)`;

/**
 * The coarse key of a daily or delta row (columns of stats-rollup.tables.ts): its month, its
 * community's path, and its pair day kept when it falls in another month but bucketed to the
 * month's first day when it falls in the same one.
 */
export const COARSE_KEY = sql.raw(
  [
    `${MONTH} as month`,
    `${pathOf('community_code')} as path`,
    'street_code',
    'community_code',
    'tier',
    `case when date_trunc('month', pair_day) = date_trunc('month', day) then ${MONTH} else pair_day end as pair_day`,
  ].join(', '),
);

const SUMS = sql.raw(ROLLUP_COUNTS.map((c) => `sum(${c})::int`).join(', '));

/** The rows of `source` (a daily-keyed table or CTE) summed per coarse key, ready for `insert into case_stats_monthly`. */
export function coarseRows(source: SQL): SQL {
  return sql`select month, path, street_code, community_code, tier, pair_day, ${SUMS}
    from (select ${COARSE_KEY}, ${sql.raw(ROLLUP_COUNTS.join(', '))} from ${source}) f
    group by month, path, street_code, community_code, tier, pair_day`;
}

/** `on conflict` target and update of case_stats_monthly: add the new counts to the stored ones. */
export const COARSE_UPSERT = sql.raw(
  `on conflict (month, community_code, tier, pair_day) do update set ${ROLLUP_COUNTS.map((c) => `${c} = case_stats_monthly.${c} + excluded.${c}`).join(', ')}`,
);

/** The submission counts of a daily-keyed row per (month, street path, street, category): the key of case_stats_monthly_category. */
export const CATEGORY_KEY = sql.raw(`${MONTH} as month, ${pathOf('street_code')} as path, street_code, category_id, received, registered, accepted_in_time`);

/** The statement adding the submission counts of `source` (daily-keyed rows), summed per (month, street, category), to case_stats_monthly_category. */
export function categoryRows(source: SQL): SQL {
  return sql`insert into case_stats_monthly_category (month, path, street_code, category_id, received, registered, accepted_in_time)
    select month, path, street_code, category_id, sum(received)::int, sum(registered)::int, sum(accepted_in_time)::int
    from (select ${CATEGORY_KEY} from ${source} where received <> 0 or registered <> 0 or accepted_in_time <> 0) f
    group by month, path, street_code, category_id
    on conflict (month, street_code, category_id) do update set received = case_stats_monthly_category.received + excluded.received,
      registered = case_stats_monthly_category.registered + excluded.registered, accepted_in_time = case_stats_monthly_category.accepted_in_time + excluded.accepted_in_time`;
}

/** Whole calendar months inside [from, until) as [first day of the first, first day after the last), or null when there are none. */
export function wholeMonths(from: string, until: string): { from: string; to: string } | null {
  const first = from.endsWith('-01') ? from : addMonths(`${from.slice(0, 7)}-01`, 1);
  const end = `${until.slice(0, 7)}-01`;
  return first < end ? { from: first, to: end } : null;
}
