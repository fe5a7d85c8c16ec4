import { date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * The additive counts a case contributes to one rollup row. Which day a count sits on, and what
 * `pair_day` means for it, is stated per count (stats-rollup.contributions.ts builds them).
 */
function rollupCounts() {
  return {
    /** Submission day: cases received, given a handling deadline, accepted within the accept limit. */
    received: integer('received').notNull().default(0),
    registered: integer('registered').notNull().default(0),
    acceptedInTime: integer('accepted_in_time').notNull().default(0),
    /** Closing day: closed, with the handling limit met, within 1/2/3 days, never above the grid tier. */
    closed: integer('closed').notNull().default(0),
    closedOnTime: integer('closed_on_time').notNull().default(0),
    closedWithin1Day: integer('closed_within_1_day').notNull().default(0),
    closedWithin2Days: integer('closed_within_2_days').notNull().default(0),
    closedWithin3Days: integer('closed_within_3_days').notNull().default(0),
    closedInsideGrid: integer('closed_inside_grid').notNull().default(0),
    /** Handling-deadline day (not merged): due; due with the handling limit missed; due and closed on `pair_day`. */
    due: integer('due').notNull().default(0),
    dueOverdue: integer('due_overdue').notNull().default(0),
    dueClosed: integer('due_closed').notNull().default(0),
    /** A day with a check (pass/fail) or a failed check of the case; `pair_day` = its previous such day. */
    checked: integer('checked').notNull().default(0),
    failedCheck: integer('failed_check').notNull().default(0),
    /** Timeline day: return visits and their answers, escalations, whistles. */
    visits: integer('visits').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
    basicallySatisfied: integer('basically_satisfied').notNull().default(0),
    solvedAnswers: integer('solved_answers').notNull().default(0),
    escalations: integer('escalations').notNull().default(0),
    whistles: integer('whistles').notNull().default(0),
    /** Report-limit start day: departments whistled (limit not cancelled), reported on time (met). */
    departmentsWhistled: integer('departments_whistled').notNull().default(0),
    departmentsReportedOnTime: integer('departments_reported_on_time').notNull().default(0),
  };
}

/** The key every rollup row carries: Beijing day, the owning grid (path and codes), current category and highest tier. */
function rollupKey() {
  return {
    day: date('day', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    communityCode: text('community_code').notNull(),
    gridCode: text('grid_code').notNull(),
    categoryId: uuid('category_id'),
    tier: text('tier').notNull(),
    /** Second day of a count that needs two (see rollupCounts); null for the others. */
    pairDay: date('pair_day', { mode: 'string' }),
  };
}

/**
 * The case figures folded per (day, grid, category, tier, pair day): the dashboard sums these
 * instead of every case of the period (ADR 0005). Rebuilt from the raw tables by
 * `rebuildCaseStatsRollup`; kept current by folding `case_stats_delta`.
 */
export const caseStatsDaily = pgTable('case_stats_daily', { ...rollupKey(), ...rollupCounts() }, (t) => [
  unique('case_stats_daily_key_uq').on(t.day, t.gridCode, t.categoryId, t.tier, t.pairDay).nullsNotDistinct(),
  index('case_stats_daily_street_idx').on(t.streetCode, t.day),
  index('case_stats_daily_community_idx').on(t.communityCode, t.day),
  index('case_stats_daily_grid_idx').on(t.gridCode, t.day),
]);

/**
 * The same counts per (month, community, tier, pair bucket), for district and street views of
 * whole months without a category filter (ADR 0005, coarse level). `month` is the month's first
 * day; `path` is the community's. `pair_day` is the daily row's pair day when it falls in another
 * month, and the month's first day when it falls in the same month: a whole month inside a period
 * puts a same-month pair inside the period too, so the period filters of the daily rows still
 * hold. Kept by the same fold and rebuild as `case_stats_daily`.
 */
export const caseStatsMonthly = pgTable(
  'case_stats_monthly',
  {
    month: date('month', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    communityCode: text('community_code').notNull(),
    tier: text('tier').notNull(),
    pairDay: date('pair_day', { mode: 'string' }),
    ...rollupCounts(),
  },
  (t) => [
    unique('case_stats_monthly_area_uq').on(t.month, t.communityCode, t.tier, t.pairDay).nullsNotDistinct(),
    index('case_stats_monthly_street_idx').on(t.streetCode, t.month),
  ],
);

/**
 * Cases received per (month, street, current category): the top-categories list of a district or
 * street over whole months, which `case_stats_monthly` has no category for. `path` is the street's.
 */
export const caseStatsMonthlyCategory = pgTable(
  'case_stats_monthly_category',
  {
    month: date('month', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    categoryId: uuid('category_id'),
    received: integer('received').notNull().default(0),
    registered: integer('registered').notNull().default(0),
    acceptedInTime: integer('accepted_in_time').notNull().default(0),
  },
  (t) => [unique('case_stats_monthly_category_uq').on(t.month, t.streetCode, t.categoryId).nullsNotDistinct()],
);

/**
 * The same counts per (day, community, tier, pair day), without grid and category: the days of a
 * district or street view (no category filter) outside its whole months, i.e. the partial months
 * at the period's edges (ADR 0005, coarse level). `path` is the community's. Kept by the same fold
 * and rebuild as `case_stats_daily`.
 */
export const caseStatsDailyCoarse = pgTable(
  'case_stats_daily_coarse',
  {
    day: date('day', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    communityCode: text('community_code').notNull(),
    tier: text('tier').notNull(),
    pairDay: date('pair_day', { mode: 'string' }),
    ...rollupCounts(),
  },
  (t) => [
    unique('case_stats_daily_coarse_uq').on(t.day, t.communityCode, t.tier, t.pairDay).nullsNotDistinct(),
    index('case_stats_daily_coarse_street_idx').on(t.streetCode, t.day),
  ],
);

/**
 * The counts of `case_stats_monthly` summed per street: the whole months of a district view, whose
 * rows are per street (its children) — a tenth or less of the per-community rows. `path` is the
 * street's.
 */
export const caseStatsMonthlyStreet = pgTable(
  'case_stats_monthly_street',
  {
    month: date('month', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    tier: text('tier').notNull(),
    pairDay: date('pair_day', { mode: 'string' }),
    ...rollupCounts(),
  },
  (t) => [unique('case_stats_monthly_street_uq').on(t.month, t.streetCode, t.tier, t.pairDay).nullsNotDistinct()],
);

/** The counts of `case_stats_daily_coarse` summed per street: the days of a district view outside its whole months. `path` is the street's. */
export const caseStatsDailyStreet = pgTable(
  'case_stats_daily_street',
  {
    day: date('day', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    tier: text('tier').notNull(),
    pairDay: date('pair_day', { mode: 'string' }),
    ...rollupCounts(),
  },
  (t) => [unique('case_stats_daily_street_uq').on(t.day, t.streetCode, t.tier, t.pairDay).nullsNotDistinct()],
);

/**
 * Cases received per (day, street, current category): the top-categories list of a district or
 * street over the days `case_stats_daily_coarse` serves. `path` is the street's.
 */
export const caseStatsDailyCategory = pgTable(
  'case_stats_daily_category',
  {
    day: date('day', { mode: 'string' }).notNull(),
    path: text('path').notNull(),
    streetCode: text('street_code').notNull(),
    categoryId: uuid('category_id'),
    received: integer('received').notNull().default(0),
    registered: integer('registered').notNull().default(0),
    acceptedInTime: integer('accepted_in_time').notNull().default(0),
  },
  (t) => [unique('case_stats_daily_category_uq').on(t.day, t.streetCode, t.categoryId).nullsNotDistinct()],
);

/**
 * Signed changes to `case_stats_daily` appended by each case write in its own transaction
 * (insert-only, so concurrent intakes never wait on a shared counter row); a job folds them in.
 */
export const caseStatsDelta = pgTable('case_stats_delta', { ...rollupKey(), ...rollupCounts() }, (t) => [index('case_stats_delta_day_idx').on(t.day)]);
