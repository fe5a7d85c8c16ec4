import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { DEADLINE_CLOCK_WORKFLOW, TERMINAL_CASE_STATES, type CaseCounts } from '@linli/shared';
import { narrowScope, scopeCondition, type DataScope } from '../../../platform/auth/data-scope';
import type { DbOrTx } from '../../../platform/db/database';
import { queryNode, queryNodes } from '../../org';
import { caseCategories, caseEvents, caseLimits, cases } from '../cases.tables';
import { clockStatusLiteral } from '../limit-clock-sql';

/** The area levels figures break down by; a grid's children (buildings) are not case owners. */
export type StatsAreaKind = 'district' | 'street' | 'community' | 'grid';

/**
 * Which cases the figures are about (DESIGN rule 3). `area`: the cases under `node`, inside the
 * caller's area scope. `department`: the cases whistled to the department (a report limit was
 * started for it) or led by it, ANDed with the caller's area scope unless the caller is staff of
 * that department.
 */
export type StatsTarget =
  | { kind: 'area'; scope: DataScope; node: { kind: StatsAreaKind; code: string; path: string }; categoryId?: string }
  | { kind: 'department'; scope: DataScope | null; departmentId: string; categoryId?: string };

/** An instant range [start, end). */
export interface Range {
  start: Date;
  end: Date;
}

const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;
const inRange = (column: AnyColumn, r: Range) => sql`(${column} >= ${ts(r.start)} and ${column} < ${ts(r.end)})`;
// Beijing has no daylight saving: the local month is the UTC time plus eight hours.
const beijingMonth = (column: AnyColumn) => sql`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;
// Limit outcomes in deadline-clock terms (DEADLINE_CLOCK_WORKFLOW): met on time; late = overdue or stopped late; cancelled counts nowhere.
const metClock = clockStatusLiteral(['met']);
const lateClock = clockStatusLiteral(DEADLINE_CLOCK_WORKFLOW.sets.late);
const cancelledClock = clockStatusLiteral(['cancelled']);

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * The caller's scope narrowed to the node: the node lies inside the scope (checked again here),
 * so its subtree is the intersection — one prefix match where two would make the planner
 * underestimate the rows twice over.
 */
export function narrowedScope(target: StatsTarget & { kind: 'area' }): DataScope {
  return narrowScope(target.scope, target.node.path);
}

/** The condition every stats query puts on `cases`: scope (narrowed to the node) or department, and category (with its subcategories). */
export function statsCasesCondition(target: StatsTarget): SQL {
  const parts: SQL[] = [];
  if (target.kind === 'area') {
    const { node } = target;
    parts.push(scopeCondition(cases.path, narrowedScope(target)));
    // Code equality lets (street|community|grid)_code-led indexes serve the node's cases.
    if (node.kind === 'street') parts.push(eq(cases.streetCode, node.code));
    if (node.kind === 'community') parts.push(eq(cases.communityCode, node.code));
    if (node.kind === 'grid') parts.push(eq(cases.gridCode, node.code));
  } else {
    if (target.scope) parts.push(scopeCondition(cases.path, target.scope));
    parts.push(
      sql`(${cases.assigneeNodeId} = ${target.departmentId} or exists (select 1 from ${caseLimits} where ${caseLimits.caseId} = ${cases.id} and ${caseLimits.kind} = 'report' and ${caseLimits.departmentId} = ${target.departmentId}))`,
    );
  }
  if (target.categoryId) {
    parts.push(
      sql`${cases.categoryId} in (with recursive tree(id) as (select ${target.categoryId}::uuid union all select c.id from ${caseCategories} c join tree on c.parent_id = tree.id) select id from tree)`,
    );
  }
  return and(...parts) as SQL;
}

/** The child a case falls under: the street, community or grid code one level below the node; one bucket below a grid or for a department. */
function childKey(target: StatsTarget): SQL {
  if (target.kind === 'department') return sql`''`;
  if (target.node.kind === 'district') return sql`${cases.streetCode}`;
  if (target.node.kind === 'street') return sql`${cases.communityCode}`;
  if (target.node.kind === 'community') return sql`${cases.gridCode}`;
  return sql`''`;
}

/** Counts of cases submitted in the period, per child, per month and per category. */
export interface SubmittedRow {
  dim: 'child' | 'month' | 'category';
  key: string | null;
  categoryName: string | null;
  received: number;
  registered: number;
  acceptedInTime: number;
}

/** One pass over the cases submitted in `period`: received, registered, accepted in time. */
export async function submittedFigures(db: DbOrTx, target: StatsTarget, period: Range): Promise<SubmittedRow[]> {
  const result = await db.execute(sql`
    select case when grouping(s.child) = 0 then 'child' when grouping(s.month) = 0 then 'month' else 'category' end as dim,
           case when grouping(s.child) = 0 then s.child when grouping(s.month) = 0 then s.month else s.category_id::text end as key,
           max(s.category_name) as "categoryName",
           count(*)::int as received,
           count(*) filter (where s.registered)::int as registered,
           count(*) filter (where s.accepted_in_time)::int as "acceptedInTime"
    from (
      select ${childKey(target)} as child,
             ${beijingMonth(cases.submittedAt)} as month,
             ${cases.categoryId} as category_id,
             ${caseCategories.name} as category_name,
             -- Only the register action gives a case a handling deadline (case-actions.ts).
             ${cases.handlingDeadline} is not null as registered,
             ${caseLimits.id} is not null as accepted_in_time
      from ${cases}
      left join ${caseCategories} on ${caseCategories.id} = ${cases.categoryId}
      -- One accept limit per case: it starts at intake only (createCase), so the join adds no rows.
      left join ${caseLimits} on ${caseLimits.caseId} = ${cases.id} and ${caseLimits.kind} = 'accept' and ${caseLimits.status} = ${metClock}
      where ${inRange(cases.submittedAt, period)} and ${statsCasesCondition(target)}
    ) s
    group by grouping sets ((s.child), (s.month), (s.category_id))`);
  return rowsOf<SubmittedRow>(result);
}

/** Counts of cases due or closed in the period, per child, per closing month, per due month and per highest tier. */
export interface ClosingRow {
  dim: 'child' | 'closedMonth' | 'dueMonth' | 'tier';
  key: string | null;
  dueToClose: number;
  closed: number;
  closedOnTime: number;
  closedWithin1Day: number;
  closedWithin2Days: number;
  closedWithin3Days: number;
  closedInsideGrid: number;
  overdue: number;
}

/**
 * One pass over the cases that were due (handling deadline in [period.start, dueEnd), not merged)
 * or closed in `period`. A case's handling outcome is its latest non-cancelled handling limit
 * (a reopened case gets a new one).
 */
export async function closingFigures(db: DbOrTx, target: StatsTarget, period: Range, dueEnd: Date): Promise<ClosingRow[]> {
  const closedIn = inRange(cases.closedAt, period);
  const dueIn = sql`(${inRange(cases.handlingDeadline, { start: period.start, end: dueEnd })} and ${cases.mergedIntoId} is null)`;
  const result = await db.execute(sql`
    select case when grouping(s.child) = 0 then 'child' when grouping(s.closed_month) = 0 then 'closedMonth' when grouping(s.due_month) = 0 then 'dueMonth' else 'tier' end as dim,
           case when grouping(s.child) = 0 then s.child when grouping(s.closed_month) = 0 then s.closed_month when grouping(s.due_month) = 0 then s.due_month else s.tier end as key,
           count(*) filter (where s.due or s.closed)::int as "dueToClose",
           count(*) filter (where s.closed)::int as closed,
           count(*) filter (where s.closed and s.handling = ${metClock})::int as "closedOnTime",
           count(*) filter (where s.closed and s.took <= interval '24 hours')::int as "closedWithin1Day",
           count(*) filter (where s.closed and s.took <= interval '48 hours')::int as "closedWithin2Days",
           count(*) filter (where s.closed and s.took <= interval '72 hours')::int as "closedWithin3Days",
           count(*) filter (where s.closed and s.tier = 'grid')::int as "closedInsideGrid",
           count(*) filter (where s.due and s.handling = ${lateClock})::int as overdue
    from (
      select ${childKey(target)} as child,
             coalesce(${closedIn}, false) as closed,
             coalesce(${dueIn}, false) as due,
             case when ${closedIn} then ${beijingMonth(cases.closedAt)} end as closed_month,
             case when ${dueIn} then ${beijingMonth(cases.handlingDeadline)} end as due_month,
             ${cases.highestTier} as tier,
             ${cases.closedAt} - ${cases.submittedAt} as took,
             h.status as handling
      from ${cases}
      left join lateral (
        select ${caseLimits.status} as status from ${caseLimits}
        where ${caseLimits.caseId} = ${cases.id} and ${caseLimits.kind} = 'handling' and ${caseLimits.status} <> ${cancelledClock}
        order by ${caseLimits.startedAt} desc limit 1
      ) h on true
      where (${dueIn} or ${closedIn}) and ${statsCasesCondition(target)}
    ) s
    group by grouping sets ((s.child), (s.closed_month), (s.due_month), (s.tier))`);
  return rowsOf<ClosingRow>(result);
}

/** Timeline counts per child. */
export type EventRow = { child: string } & Pick<
  CaseCounts,
  'checked' | 'failedCheck' | 'visits' | 'satisfied' | 'basicallySatisfied' | 'solvedAnswers' | 'escalations' | 'whistles'
>;

/**
 * One pass over the timeline entries recorded in `period`: checks, visits and their answers,
 * escalations, whistles. Entries carry their case's path, so an area without a category filter
 * is counted off `case_events` alone; otherwise each entry is joined to its case.
 */
export async function eventFigures(db: DbOrTx, target: StatsTarget, period: Range): Promise<EventRow[]> {
  const source = sql`select ${childKey(target)} as child, ${caseEvents.caseId} as case_id, ${caseEvents.action} as action,
             ${caseEvents.data} ->> 'satisfaction' as satisfaction, ${caseEvents.data} ->> 'solved' as solved
      from ${caseEvents}
      join ${cases} on ${cases.id} = ${caseEvents.caseId}
      where ${statsCasesCondition(target)}`;
  const result = await db.execute(sql`
    select s.child,
           count(distinct s.case_id) filter (where s.action in ('pass', 'fail'))::int as checked,
           count(distinct s.case_id) filter (where s.action = 'fail')::int as "failedCheck",
           count(*) filter (where s.action = 'visit')::int as visits,
           count(*) filter (where s.action = 'visit' and s.satisfaction = 'satisfied')::int as satisfied,
           count(*) filter (where s.action = 'visit' and s.satisfaction = 'basicallySatisfied')::int as "basicallySatisfied",
           count(*) filter (where s.action = 'visit' and s.solved = 'true')::int as "solvedAnswers",
           count(*) filter (where s.action = 'escalate')::int as escalations,
           count(*) filter (where s.action = 'whistle')::int as whistles
    from (
      ${source} and ${caseEvents.action} in ('pass', 'fail', 'visit', 'escalate', 'whistle') and ${inRange(caseEvents.at, period)}
    ) s
    group by s.child`);
  return rowsOf<EventRow>(result);
}

/** Department report counts per child. */
export type ReportRow = { child: string } & Pick<CaseCounts, 'departmentsWhistled' | 'departmentsReportedOnTime'>;

/**
 * Department report limits started in `period` (one per department per whistle). Limits, not
 * `case_departments`, because the latter is rewritten when a case is returned or whistled again.
 * For a department target, only that department's own limits.
 */
export async function reportFigures(db: DbOrTx, target: StatsTarget, period: Range): Promise<ReportRow[]> {
  const own = target.kind === 'department' ? sql`and ${caseLimits.departmentId} = ${target.departmentId}` : sql``;
  const result = await db.execute(sql`
    select s.child,
           count(*) filter (where s.status <> ${cancelledClock})::int as "departmentsWhistled",
           count(*) filter (where s.status = ${metClock})::int as "departmentsReportedOnTime"
    from (
      select ${childKey(target)} as child, ${caseLimits.status} as status
      from ${caseLimits}
      join ${cases} on ${cases.id} = ${caseLimits.caseId}
      where ${caseLimits.kind} = 'report' and ${inRange(caseLimits.startedAt, period)} ${own} and ${statsCasesCondition(target)}
    ) s
    group by s.child`);
  return rowsOf<ReportRow>(result);
}

/** Open cases right now, per child and per state. */
export interface OpenRow {
  dim: 'child' | 'state';
  key: string;
  open: number;
  overdue: number;
  warning: number;
}

// Literal states (not bind parameters), so the planner can match the partial index cases_open_stats_idx.
const openStatesExcluded = sql.raw(`(${TERMINAL_CASE_STATES.map((s) => `'${s}'`).join(', ')})`);

/** One pass over the cases open right now (not closed, rejected or merged): per child and per state; `warning` = warned and not yet overdue. */
export async function openFigures(db: DbOrTx, target: StatsTarget): Promise<OpenRow[]> {
  const result = await db.execute(sql`
    select case when grouping(s.child) = 0 then 'child' else 'state' end as dim,
           case when grouping(s.child) = 0 then s.child else s.state end as key,
           count(*)::int as open,
           count(*) filter (where s.overdue)::int as overdue,
           count(*) filter (where s.warning and not s.overdue)::int as warning
    from (
      select ${childKey(target)} as child, ${cases.state} as state, ${cases.overdue} as overdue, ${cases.warning} as warning
      from ${cases}
      where ${cases.state} not in ${openStatesExcluded} and ${statsCasesCondition(target)}
    ) s
    group by grouping sets ((s.child), (s.state))`);
  return rowsOf<OpenRow>(result);
}

/** received and closed in two earlier periods. */
export interface ComparisonRow {
  receivedA: number;
  closedA: number;
  receivedB: number;
  closedB: number;
}

/** One pass counting cases submitted and closed in each of two periods. */
export async function comparisonFigures(db: DbOrTx, target: StatsTarget, a: Range, b: Range): Promise<ComparisonRow> {
  const result = await db.execute(sql`
    select count(*) filter (where ${inRange(cases.submittedAt, a)})::int as "receivedA",
           count(*) filter (where ${inRange(cases.closedAt, a)})::int as "closedA",
           count(*) filter (where ${inRange(cases.submittedAt, b)})::int as "receivedB",
           count(*) filter (where ${inRange(cases.closedAt, b)})::int as "closedB"
    from ${cases}
    where (${inRange(cases.submittedAt, a)} or ${inRange(cases.closedAt, a)} or ${inRange(cases.submittedAt, b)} or ${inRange(cases.closedAt, b)})
      and ${statsCasesCondition(target)}`);
  return rowsOf<ComparisonRow>(result)[0];
}

/** One org node by id inside the scope, or undefined (outside the scope looks missing, DESIGN rule 3). */
export async function findScopedNode(db: DbOrTx, scope: DataScope, id: string) {
  return queryNode(db, { id, scope });
}

/** The area children of a node inside the scope, in display order. */
export async function listChildAreas(db: DbOrTx, scope: DataScope, parentId: string, kind: 'street' | 'community' | 'grid') {
  return queryNodes(db, { parentId, kinds: [kind], scope }, 'sort');
}
