import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { DEADLINE_CLOCK_WORKFLOW } from '@linli/shared';
import { scopeCondition } from '../../../platform/auth/data-scope';
import type { DbOrTx } from '../../../platform/db/database';
import { localDay } from '../../../platform/time/deadlines';
import { caseCategories, cases } from '../cases.tables';
import { clockStatusLiteral } from '../limit-clock-sql';
import { addDays, beijingMidnight } from './stats-period';
import { COARSE_KEY, wholeMonths, type CoarseUnit } from './stats-rollup.coarse';
import { ROLLUP_COUNTS } from './stats-rollup.contributions';
import {
  caseStatsDaily,
  caseStatsDailyCategory,
  caseStatsDailyCoarse,
  caseStatsDailyStreet,
  caseStatsDelta,
  caseStatsMonthly,
  caseStatsMonthlyCategory,
  caseStatsMonthlyStreet,
} from './stats-rollup.tables';
import {
  narrowedScope,
  statsCasesCondition,
  type ClosingRow,
  type ComparisonRow,
  type EventRow,
  type ReportRow,
  type StatsTarget,
  type SubmittedRow,
} from './stats.repository';

/** An area target: the rollup has no department dimension (department figures stay live). */
export type AreaTarget = StatsTarget & { kind: 'area' };

/** A period of Beijing days [from, to) with the instants it spans. */
export interface DayPeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** The columns the target's conditions look at; the monthly tables lack the finer ones. */
type AreaColumns = { path: AnyColumn; streetCode: AnyColumn; communityCode?: AnyColumn; gridCode?: AnyColumn; categoryId?: AnyColumn };

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The rows of one rollup table inside the target: the same node, scope and category rules as statsCasesCondition. */
function rollupCondition(t: AreaColumns, target: AreaTarget): SQL {
  const { node } = target;
  const parts: SQL[] = [scopeCondition(t.path, narrowedScope(target))];
  if (node.kind === 'street') parts.push(eq(t.streetCode, node.code));
  if (node.kind === 'community') parts.push(t.communityCode ? eq(t.communityCode, node.code) : sql`false`);
  if (node.kind === 'grid') parts.push(t.gridCode ? eq(t.gridCode, node.code) : sql`false`);
  if (target.categoryId && !t.categoryId) parts.push(sql`false`);
  if (target.categoryId && t.categoryId) {
    parts.push(
      sql`${t.categoryId} in (with recursive tree(id) as (select ${target.categoryId}::uuid union all select c.id from ${caseCategories} c join tree on c.parent_id = tree.id) select id from tree)`,
    );
  }
  return and(...parts) as SQL;
}

const ROW_COLUMNS = sql.raw(`day, street_code, community_code, grid_code, category_id, tier, pair_day, ${ROLLUP_COUNTS.join(', ')}`);
// The coarse tables have no grid and no category (the street ones no community either); the month level calls its day `month`.
const COARSE_COLUMNS = (day: string, unit: CoarseUnit) =>
  sql.raw(
    `${day} as day, street_code, ${unit === 'community' ? 'community_code' : "'' as community_code"}, '' as grid_code, null::uuid as category_id, tier, pair_day, ${ROLLUP_COUNTS.join(', ')}`,
  );
const COARSE_TABLES = {
  community: { day: caseStatsDailyCoarse, month: caseStatsMonthly },
  street: { day: caseStatsDailyStreet, month: caseStatsMonthlyStreet },
} as const;
const CATEGORY_COLUMNS = sql.raw('category_id, received, registered, accepted_in_time');
const COUNTS = sql.raw(ROLLUP_COUNTS.join(', '));
const inDays = (day: AnyColumn, from: string, to: string) => sql`(${day} >= ${from}::date and ${day} < ${to}::date)`;

/**
 * How a district or street view without a category filter reads the rollup (ADR 0005, coarse
 * level): the whole months inside the period (or null) from a monthly table, the other days from a
 * day-level coarse table, both per street for a district (its children) and per community for a
 * street. Null for the other views: they read `case_stats_daily`.
 */
type Coarse = { unit: CoarseUnit; months: { from: string; to: string } | null } | null;

/** The coarse reading of the days [from, to) whose due counts stop before `until` (whole months must lie before it). */
function coarseOf(target: AreaTarget, from: string, until: string): Coarse {
  if (target.categoryId || (target.node.kind !== 'district' && target.node.kind !== 'street')) return null;
  return { unit: target.node.kind === 'district' ? 'street' : 'community', months: wholeMonths(from, until) };
}

/** The days [from, to) outside the coarse months of a rollup table. */
function outsideMonths(day: AnyColumn, from: string, to: string, coarse: Coarse): SQL {
  const months = coarse?.months;
  return months ? sql`${inDays(day, from, to)} and not ${inDays(day, months.from, months.to)}` : inDays(day, from, to);
}

/** Not-yet-folded deltas of the target on the days [from, to) outside the coarse months, as `columns`. */
const fineDeltas = (target: AreaTarget, from: string, to: string, coarse: Coarse, columns: SQL) =>
  sql`select ${columns} from ${caseStatsDelta} where ${outsideMonths(caseStatsDelta.day, from, to, coarse)} and ${rollupCondition(caseStatsDelta, target)}`;

/**
 * Folded rows plus not-yet-folded deltas of the target for the days [from, to). Without a coarse
 * reading, from `case_stats_daily`. With one, the coarse months from the monthly table of its unit
 * (deltas mapped to the monthly key; `day` is then the month's first day) and the other days from
 * the day-level table of its unit, with no grid and no category. The rows' day and pair-day filters give
 * the same sums on every level.
 */
function rollupRows(target: AreaTarget, from: string, to: string, coarse: Coarse): SQL {
  const deltas = fineDeltas(target, from, to, coarse, ROW_COLUMNS);
  if (!coarse)
    return sql`(select ${ROW_COLUMNS} from ${caseStatsDaily} where ${inDays(caseStatsDaily.day, from, to)} and ${rollupCondition(caseStatsDaily, target)} union all ${deltas})`;
  const { unit, months } = coarse;
  const { day: dayTable, month: monthTable } = COARSE_TABLES[unit];
  const days = sql`select ${COARSE_COLUMNS('day', unit)} from ${dayTable} where ${outsideMonths(dayTable.day, from, to, coarse)} and ${rollupCondition(dayTable, target)}`;
  if (!months) return sql`(${days} union all ${deltas})`;
  return sql`(${days}
    union all
    ${deltas}
    union all
    select ${COARSE_COLUMNS('month', unit)} from ${monthTable} where ${inDays(monthTable.month, months.from, months.to)} and ${rollupCondition(monthTable, target)}
    union all
    select ${COARSE_COLUMNS('month', 'community')} from (select ${COARSE_KEY}, ${COUNTS} from ${caseStatsDelta}
      where ${inDays(caseStatsDelta.day, months.from, months.to)} and ${rollupCondition(caseStatsDelta, target)}) d)`;
}

/** The submission counts per category over the period of a coarse reading, from the category tables of both levels and the deltas. */
async function coarseCategories(db: DbOrTx, target: AreaTarget, period: DayPeriod, coarse: NonNullable<Coarse>): Promise<SubmittedRow[]> {
  const { months } = coarse;
  const monthRows = months
    ? sql`union all select ${CATEGORY_COLUMNS} from ${caseStatsMonthlyCategory}
        where ${inDays(caseStatsMonthlyCategory.month, months.from, months.to)} and ${rollupCondition(caseStatsMonthlyCategory, target)}`
    : sql``;
  const result = await db.execute(sql`
    select 'category' as dim, r.category_id::text as key, max(${caseCategories.name}) as "categoryName",
           sum(r.received)::int as received, sum(r.registered)::int as registered, sum(r.accepted_in_time)::int as "acceptedInTime"
    from (select ${CATEGORY_COLUMNS} from ${caseStatsDailyCategory}
        where ${outsideMonths(caseStatsDailyCategory.day, period.from, period.to, coarse)} and ${rollupCondition(caseStatsDailyCategory, target)}
      ${monthRows}
      union all
      select ${CATEGORY_COLUMNS} from ${caseStatsDelta} where ${inDays(caseStatsDelta.day, period.from, period.to)} and ${rollupCondition(caseStatsDelta, target)}) r
    left join ${caseCategories} on ${caseCategories.id} = r.category_id
    group by r.category_id
    having sum(r.received) > 0`);
  return rowsOf<SubmittedRow>(result);
}

function childColumn(target: AreaTarget): SQL {
  if (target.node.kind === 'district') return sql.raw('r.street_code');
  if (target.node.kind === 'street') return sql.raw('r.community_code');
  if (target.node.kind === 'community') return sql.raw('r.grid_code');
  return sql`''`;
}

function casesChild(target: AreaTarget): SQL {
  if (target.node.kind === 'district') return sql`${cases.streetCode}`;
  if (target.node.kind === 'street') return sql`${cases.communityCode}`;
  if (target.node.kind === 'community') return sql`${cases.gridCode}`;
  return sql`''`;
}

/**
 * The day the "due" counts stop before: a deadline still ahead of `dueEnd` (now) is not yet due.
 * The rollup holds whole days, so it counts through the end of dueEnd's day; the cases due later
 * that same day are taken out again by {@link dueLaterToday}.
 */
function dueUntilDay(period: DayPeriod, dueEnd: Date): string {
  if (dueEnd <= period.start) return period.from;
  const day = localDay(dueEnd);
  return beijingMidnight(day).getTime() === dueEnd.getTime() ? day : addDays(day, 1);
}

interface DueLater {
  child: string;
  due: number;
  overdue: number;
  closedInPeriod: number;
}

/** Cases with a handling deadline between `dueEnd` and the end of its day, per child: a live, index-ranged query over a few hours of deadlines. */
async function dueLaterToday(db: DbOrTx, target: AreaTarget, period: DayPeriod, dueEnd: Date, untilDay: string): Promise<DueLater[]> {
  const until = beijingMidnight(untilDay);
  if (dueEnd <= period.start || dueEnd >= until) return [];
  const result = await db.execute(sql`
    select ${casesChild(target)} as child,
           count(*)::int as due,
           count(*) filter (where h.status = ${clockStatusLiteral(DEADLINE_CLOCK_WORKFLOW.sets.late)})::int as overdue,
           count(*) filter (where ${cases.closedAt} >= ${period.start.toISOString()}::timestamptz and ${cases.closedAt} < ${period.end.toISOString()}::timestamptz)::int as "closedInPeriod"
    from ${cases}
    left join lateral (
      select l.status from case_limits l where l.case_id = ${cases.id} and l.kind = 'handling' and l.status <> ${clockStatusLiteral(['cancelled'])} order by l.started_at desc limit 1
    ) h on true
    where ${cases.handlingDeadline} >= ${dueEnd.toISOString()}::timestamptz and ${cases.handlingDeadline} < ${until.toISOString()}::timestamptz
      and ${cases.mergedIntoId} is null and ${statsCasesCondition(target)}
    group by 1`);
  return rowsOf<DueLater>(result);
}

interface RollupGroup {
  dim: 'child' | 'month' | 'category' | 'tier';
  key: string | null;
  categoryName: string | null;
  received: number;
  registered: number;
  acceptedInTime: number;
  closed: number;
  closedOnTime: number;
  closedWithin1Day: number;
  closedWithin2Days: number;
  closedWithin3Days: number;
  closedInsideGrid: number;
  due: number;
  overdue: number;
  dueClosed: number;
  checked: number;
  failedCheck: number;
  visits: number;
  satisfied: number;
  basicallySatisfied: number;
  solvedAnswers: number;
  escalations: number;
  whistles: number;
  departmentsWhistled: number;
  departmentsReportedOnTime: number;
}

const SUMMED = [
  'received',
  'registered',
  'acceptedInTime',
  'closed',
  'closedOnTime',
  'closedWithin1Day',
  'closedWithin2Days',
  'closedWithin3Days',
  'closedInsideGrid',
  'due',
  'overdue',
  'dueClosed',
  'checked',
  'failedCheck',
  'visits',
  'satisfied',
  'basicallySatisfied',
  'solvedAnswers',
  'escalations',
  'whistles',
  'departmentsWhistled',
  'departmentsReportedOnTime',
] as const;

/** The same row sets stats.repository.ts returns for an area target, summed from the rollup. */
export interface RollupFigures {
  submitted: SubmittedRow[];
  closing: ClosingRow[];
  events: EventRow[];
  reports: ReportRow[];
}

/**
 * Every period figure of an area node in one scan of the rollup rows of the period: per child,
 * per month, per category and per tier (grouping sets over a per (child, month, category, tier)
 * pre-aggregate), each count filtered on its own day and pair day (stats-rollup.contributions.ts).
 */
export async function rollupFigures(db: DbOrTx, target: AreaTarget, period: DayPeriod, dueEnd: Date): Promise<RollupFigures> {
  const untilDay = dueUntilDay(period, dueEnd);
  const coarse = coarseOf(target, period.from, untilDay);
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const dueTo = sql`${untilDay}::date`;
  const plain = (c: string, name: string) => sql.raw(`sum(r.${c})::int as "${name}"`);
  const [result, later, categories] = await Promise.all([
    db.execute(sql`
      with per as (
        select ${childColumn(target)} as child, date_trunc('month', r.day::timestamp) as month, ${coarse ? sql`null::uuid` : sql`r.category_id`} as category_id, r.tier,
               ${plain('received', 'received')}, ${plain('registered', 'registered')}, ${plain('accepted_in_time', 'acceptedInTime')},
               ${plain('closed', 'closed')}, ${plain('closed_on_time', 'closedOnTime')}, ${plain('closed_within_1_day', 'closedWithin1Day')},
               ${plain('closed_within_2_days', 'closedWithin2Days')}, ${plain('closed_within_3_days', 'closedWithin3Days')}, ${plain('closed_inside_grid', 'closedInsideGrid')},
               coalesce(sum(r.due) filter (where r.day < ${dueTo}), 0)::int as due,
               coalesce(sum(r.due_overdue) filter (where r.day < ${dueTo}), 0)::int as overdue,
               coalesce(sum(r.due_closed) filter (where r.day < ${dueTo} and r.pair_day >= ${from} and r.pair_day < ${to}), 0)::int as "dueClosed",
               coalesce(sum(r.checked) filter (where r.pair_day is null or r.pair_day < ${from}), 0)::int as checked,
               coalesce(sum(r.failed_check) filter (where r.pair_day is null or r.pair_day < ${from}), 0)::int as "failedCheck",
               ${plain('visits', 'visits')}, ${plain('satisfied', 'satisfied')}, ${plain('basically_satisfied', 'basicallySatisfied')},
               ${plain('solved_answers', 'solvedAnswers')}, ${plain('escalations', 'escalations')}, ${plain('whistles', 'whistles')},
               ${plain('departments_whistled', 'departmentsWhistled')}, ${plain('departments_reported_on_time', 'departmentsReportedOnTime')}
        from ${rollupRows(target, period.from, period.to, coarse)} r
        group by 1, 2, 3, 4
      )
      select case when grouping(per.child) = 0 then 'child' when grouping(per.month) = 0 then 'month' when grouping(per.category_id) = 0 then 'category' else 'tier' end as dim,
             case when grouping(per.child) = 0 then per.child when grouping(per.month) = 0 then to_char(per.month, 'YYYY-MM') when grouping(per.category_id) = 0 then per.category_id::text else per.tier end as key,
             max(${caseCategories.name}) as "categoryName",
             ${sql.raw(SUMMED.map((c) => `sum(per."${c}")::int as "${c}"`).join(', '))}
      from per left join ${caseCategories} on ${caseCategories.id} = per.category_id
      group by grouping sets ((per.child), (per.month), (per.category_id), (per.tier))`),
    dueLaterToday(db, target, period, dueEnd, untilDay),
    coarse ? coarseCategories(db, target, period, coarse) : null,
  ]);
  const figures = toRowSets(rowsOf<RollupGroup>(result), later, localDay(dueEnd).slice(0, 7));
  // Coarse rows carry no category (the pre-aggregate groups them without one): the category list
  // comes from the category tables instead.
  if (categories) figures.submitted = [...figures.submitted.filter((r) => r.dim !== 'category'), ...categories];
  return figures;
}

/** Takes the not-yet-due cases out and shapes the groups like the raw queries' rows. */
function toRowSets(groups: RollupGroup[], later: DueLater[], laterMonth: string): RollupFigures {
  const laterByChild = new Map(later.map((l) => [l.child, l]));
  const laterOverdue = later.reduce((n, l) => n + l.overdue, 0);
  const out: RollupFigures = { submitted: [], closing: [], events: [], reports: [] };
  const closing = (dim: ClosingRow['dim'], key: string | null, g: RollupGroup, due: number, dueClosed: number, overdue: number): ClosingRow => ({
    dim,
    key,
    dueToClose: due + g.closed - dueClosed,
    closed: g.closed,
    closedOnTime: g.closedOnTime,
    closedWithin1Day: g.closedWithin1Day,
    closedWithin2Days: g.closedWithin2Days,
    closedWithin3Days: g.closedWithin3Days,
    closedInsideGrid: g.closedInsideGrid,
    overdue,
  });
  for (const g of groups) {
    if (g.dim === 'child' && g.key !== null) {
      const l = laterByChild.get(g.key);
      out.submitted.push({ dim: 'child', key: g.key, categoryName: null, received: g.received, registered: g.registered, acceptedInTime: g.acceptedInTime });
      out.closing.push(closing('child', g.key, g, g.due - (l?.due ?? 0), g.dueClosed - (l?.closedInPeriod ?? 0), g.overdue - (l?.overdue ?? 0)));
      const { checked, failedCheck, visits, satisfied, basicallySatisfied, solvedAnswers, escalations, whistles } = g;
      out.events.push({ child: g.key, checked, failedCheck, visits, satisfied, basicallySatisfied, solvedAnswers, escalations, whistles });
      out.reports.push({ child: g.key, departmentsWhistled: g.departmentsWhistled, departmentsReportedOnTime: g.departmentsReportedOnTime });
    } else if (g.dim === 'month') {
      out.submitted.push({ dim: 'month', key: g.key, categoryName: null, received: g.received, registered: g.registered, acceptedInTime: g.acceptedInTime });
      out.closing.push(closing('closedMonth', g.key, g, 0, 0, 0));
      out.closing.push(closing('dueMonth', g.key, g, 0, 0, g.overdue - (g.key === laterMonth ? laterOverdue : 0)));
    } else if (g.dim === 'category' && g.received > 0) {
      // The raw query lists only the categories of cases submitted in the period.
      out.submitted.push({
        dim: 'category',
        key: g.key,
        categoryName: g.categoryName,
        received: g.received,
        registered: g.registered,
        acceptedInTime: g.acceptedInTime,
      });
    } else if (g.dim === 'tier') {
      out.closing.push(closing('tier', g.key, g, 0, 0, 0));
    }
  }
  return out;
}

/** Cases received and closed in two earlier periods, summed from the rollup (both sit on rows without a pair day, stats-rollup.contributions.ts). */
export async function rollupComparison(db: DbOrTx, target: AreaTarget, a: DayPeriod, b: DayPeriod): Promise<ComparisonRow> {
  const result = await db.execute(sql`
    select a.*, b.*
    from (select coalesce(sum(r.received), 0)::int as "receivedA", coalesce(sum(r.closed), 0)::int as "closedA" from ${rollupRows(target, a.from, a.to, coarseOf(target, a.from, a.to))} r where r.pair_day is null) a,
         (select coalesce(sum(r.received), 0)::int as "receivedB", coalesce(sum(r.closed), 0)::int as "closedB" from ${rollupRows(target, b.from, b.to, coarseOf(target, b.from, b.to))} r where r.pair_day is null) b`);
  return rowsOf<ComparisonRow>(result)[0];
}
