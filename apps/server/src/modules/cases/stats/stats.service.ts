import {
  CASE_STATES,
  CASE_STATS_TOP_CATEGORIES,
  CASE_TIERS,
  changeRatio,
  closedWithinDaysShare,
  closureRate,
  gridSelfSolveShare,
  onTimeClosureRate,
  reworkRate,
  resolutionRate,
  responseRate,
  satisfactionRate,
  strictSatisfactionRate,
  whistleReportRate,
  type CaseCounts,
  type CaseFigures,
  type CaseState,
  type CaseStatsResponse,
} from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { isEmptyScope } from '../../../platform/auth/data-scope';
import { AppError, notFound } from '../../../platform/errors';
import { type Actor } from '../../../platform/auth/actor';
import { queryNode } from '../../org';
import { caseAreaScope, departmentIdsOf } from '../case-access';
import { findCategory } from '../categories.repository';
import { comparisonPeriods, monthsOf, resolvePeriod, type ResolvedPeriod } from './stats-period';
import { rollupComparison, rollupFigures, type RollupFigures } from './stats-rollup.repository';
import * as repo from './stats.repository';

const AREA_KINDS: readonly repo.StatsAreaKind[] = ['district', 'street', 'community', 'grid'];
const CHILD_KIND: Record<repo.StatsAreaKind, 'street' | 'community' | 'grid' | null> = {
  district: 'street',
  street: 'community',
  community: 'grid',
  grid: null,
};

/** The filters of `GET /api/cases/stats` after contract validation. */
export interface CaseStatsInput {
  nodeId?: string;
  from?: string;
  to?: string;
  categoryId?: string;
}

interface ResolvedTarget {
  node: CaseStatsResponse['node'];
  target: repo.StatsTarget;
  /** The area node whose children `byChild` lists, when there are any. */
  childrenOf: { id: string; kind: 'street' | 'community' | 'grid' } | null;
}

type NodeRow = { id: string; name: string; kind: string; code: string; path: string };

function areaTarget(actor: Actor, node: NodeRow, categoryId: string | undefined): ResolvedTarget {
  const kind = node.kind as repo.StatsAreaKind;
  const childKind = CHILD_KIND[kind];
  return {
    node: { id: node.id, name: node.name, kind },
    target: { kind: 'area', scope: caseAreaScope(actor), node: { kind, code: node.code, path: node.path }, categoryId },
    childrenOf: childKind ? { id: node.id, kind: childKind } : null,
  };
}

function departmentTarget(node: NodeRow, scope: repo.StatsTarget['scope'], categoryId: string | undefined): ResolvedTarget {
  return {
    node: { id: node.id, name: node.name, kind: 'department' },
    target: { kind: 'department', scope, departmentId: node.id, categoryId },
    childrenOf: null,
  };
}

/**
 * Whose figures: the node asked for if it lies in the caller's area scope (404 otherwise, DESIGN
 * rule 3) or is the caller's own department; by default the top node of the area scope, or the
 * caller's department. Callers with neither are refused.
 */
async function resolveTarget(deps: AppDeps, actor: Actor, nodeId: string | undefined, categoryId: string | undefined): Promise<ResolvedTarget> {
  const scope = caseAreaScope(actor);
  const departments = departmentIdsOf(actor);
  if (isEmptyScope(scope) && departments.length === 0) throw new AppError('FORBIDDEN', '您的岗位没有查看案件统计的权限');
  if (nodeId) {
    if (departments.includes(nodeId)) {
      const own = await queryNode(deps.db, { id: nodeId });
      if (own) return departmentTarget(own, null, categoryId);
    }
    // A light lookup: the org module's findNode also counts every household under the node.
    const node = await repo.findScopedNode(deps.db, scope, nodeId);
    if (!node) notFound('节点');
    if (node.kind === 'department') return departmentTarget(node, scope, categoryId);
    if (!AREA_KINDS.includes(node.kind as repo.StatsAreaKind)) throw new AppError('VALIDATION_FAILED', '只能按区县、街道、社区、网格或职能部门统计', 'nodeId');
    return areaTarget(actor, node, categoryId);
  }
  if (scope.all) {
    const root = await queryNode(deps.db, { parentId: null, kinds: ['district'] }, 'code');
    if (!root) notFound('节点');
    return areaTarget(actor, root, categoryId);
  }
  if (scope.paths.length) {
    // A post below a grid (e.g. a building lead's) counts for its grid.
    const codes = scope.paths[0].split('/').filter(Boolean);
    const path = `/${codes.slice(0, 4).join('/')}/`;
    const top = await queryNode(deps.db, { path });
    if (!top || !AREA_KINDS.includes(top.kind as repo.StatsAreaKind)) notFound('节点');
    return areaTarget(actor, top, categoryId);
  }
  const own = await queryNode(deps.db, { id: departments[0] });
  if (!own) notFound('节点');
  return departmentTarget(own, null, categoryId);
}

/** All counts zero. */
function zeroCounts(): CaseCounts {
  return {
    received: 0,
    registered: 0,
    dueToClose: 0,
    closed: 0,
    closedOnTime: 0,
    checked: 0,
    failedCheck: 0,
    visits: 0,
    satisfied: 0,
    basicallySatisfied: 0,
    solvedAnswers: 0,
    acceptedInTime: 0,
    closedWithin1Day: 0,
    closedWithin2Days: 0,
    closedWithin3Days: 0,
    closedInsideGrid: 0,
    escalations: 0,
    whistles: 0,
    departmentsWhistled: 0,
    departmentsReportedOnTime: 0,
  };
}

/** Adds the count fields of `row` present in CaseCounts into `into`. */
function addInto(into: CaseCounts, row: Partial<Record<keyof CaseCounts, unknown>>): void {
  for (const key of Object.keys(into) as (keyof CaseCounts)[]) {
    const value = row[key];
    if (typeof value === 'number') into[key] += value;
  }
}

/** Every figure of `case-figures.ts` over one set of counts. */
export function figuresOf(c: CaseCounts): CaseFigures {
  return {
    closureRate: closureRate(c),
    onTimeClosureRate: onTimeClosureRate(c),
    reworkRate: reworkRate(c),
    satisfactionRate: satisfactionRate(c),
    strictSatisfactionRate: strictSatisfactionRate(c),
    responseRate: responseRate(c),
    resolutionRate: resolutionRate(c),
    closedWithin1Day: closedWithinDaysShare(c, 1),
    closedWithin2Days: closedWithinDaysShare(c, 2),
    closedWithin3Days: closedWithinDaysShare(c, 3),
    gridSelfSolveShare: gridSelfSolveShare(c),
    whistleReportRate: whistleReportRate(c),
  };
}

function comparison(period: ResolvedPeriod, received: number, closed: number, totals: CaseCounts) {
  return {
    period: { from: period.from, to: period.to },
    received,
    closed,
    receivedChange: changeRatio(totals.received, received),
    closedChange: changeRatio(totals.closed, closed),
  };
}

/** The period figures straight from the cases, limits and timeline: four aggregate queries over every case of the period. */
async function rawFigures(deps: AppDeps, target: repo.StatsTarget, range: repo.Range, dueEnd: Date): Promise<RollupFigures> {
  const [submitted, closing, events, reports] = await Promise.all([
    repo.submittedFigures(deps.db, target, range),
    repo.closingFigures(deps.db, target, range, dueEnd),
    repo.eventFigures(deps.db, target, range),
    repo.reportFigures(deps.db, target, range),
  ]);
  return { submitted, closing, events, reports };
}

/** Where period figures come from: the daily rollup (ADR 0005), or the raw tables (departments, and the tests' oracle). */
export type CaseStatsSource = 'rollup' | 'raw';

/**
 * The case figures of a node (or department) over a period (DESIGN rule 4: computed from the
 * stored cases, timeline and limits). An area's period figures are summed from the daily rollup,
 * which holds the same counts per day (ADR 0005); a department's, and `source: 'raw'`, come
 * from four aggregate queries over the raw tables. Open cases are always counted live. Every
 * count is grouped per child node in SQL and the totals are the sum of the children.
 */
export async function caseStats(deps: AppDeps, actor: Actor, input: CaseStatsInput, source: CaseStatsSource = 'rollup'): Promise<CaseStatsResponse> {
  const now = deps.now ? deps.now() : new Date();
  const period = resolvePeriod(input, now);
  if (input.categoryId && !(await findCategory(deps.db, input.categoryId))) throw new AppError('VALIDATION_FAILED', '案件类别不存在', 'categoryId');
  const { node, target, childrenOf } = await resolveTarget(deps, actor, input.nodeId, input.categoryId);
  const previous = comparisonPeriods(period);
  const range = { start: period.start, end: period.end };
  // A deadline still ahead of now is not yet due.
  const dueEnd = now < period.end ? now : period.end;
  const [{ submitted, closing, events, reports }, open, before, children] = await Promise.all([
    source === 'rollup' && target.kind === 'area' ? rollupFigures(deps.db, target, period, dueEnd) : rawFigures(deps, target, range, dueEnd),
    repo.openFigures(deps.db, target),
    source === 'rollup' && target.kind === 'area'
      ? rollupComparison(deps.db, target, previous.monthOverMonth, previous.yearOverYear)
      : repo.comparisonFigures(deps.db, target, previous.monthOverMonth, previous.yearOverYear),
    childrenOf ? repo.listChildAreas(deps.db, caseAreaScope(actor), childrenOf.id, childrenOf.kind) : Promise.resolve([]),
  ]);

  const perChild = new Map<string, CaseCounts>();
  const countsOf = (child: string) => perChild.get(child) ?? perChild.set(child, zeroCounts()).get(child)!;
  for (const row of submitted) if (row.dim === 'child' && row.key !== null) addInto(countsOf(row.key), row);
  for (const row of closing) if (row.dim === 'child' && row.key !== null) addInto(countsOf(row.key), row);
  for (const row of events) addInto(countsOf(row.child), row);
  for (const row of reports) addInto(countsOf(row.child), row);
  const counts = zeroCounts();
  for (const c of perChild.values()) addInto(counts, c);

  const openByChild = new Map(open.filter((r) => r.dim === 'child').map((r) => [r.key, r]));
  const openByState = new Map(open.filter((r) => r.dim === 'state').map((r) => [r.key, r.open]));
  const monthly = (rows: { dim: string; key: string | null }[], dim: string) =>
    new Map(rows.filter((r) => r.dim === dim && r.key !== null).map((r) => [r.key as string, r]));
  const receivedByMonth = monthly(submitted, 'month') as Map<string, repo.SubmittedRow>;
  const closedByMonth = monthly(closing, 'closedMonth') as Map<string, repo.ClosingRow>;
  const dueByMonth = monthly(closing, 'dueMonth') as Map<string, repo.ClosingRow>;
  const byTier = monthly(closing, 'tier') as Map<string, repo.ClosingRow>;

  return {
    node,
    period: { from: period.from, to: period.to },
    counts,
    figures: figuresOf(counts),
    previous: {
      monthOverMonth: comparison(previous.monthOverMonth, before.receivedA, before.closedA, counts),
      yearOverYear: comparison(previous.yearOverYear, before.receivedB, before.closedB, counts),
    },
    byMonth: monthsOf(period).map((month) => ({
      month,
      received: receivedByMonth.get(month)?.received ?? 0,
      closed: closedByMonth.get(month)?.closed ?? 0,
      closedOnTime: closedByMonth.get(month)?.closedOnTime ?? 0,
      overdue: dueByMonth.get(month)?.overdue ?? 0,
    })),
    byChild: children.map((child) => {
      const c = perChild.get(child.code) ?? zeroCounts();
      return {
        nodeId: child.id,
        name: child.name,
        kind: childrenOf!.kind,
        received: c.received,
        closed: c.closed,
        onTimeClosureRate: onTimeClosureRate(c),
        satisfactionRate: satisfactionRate(c),
        overdueOpen: openByChild.get(child.code)?.overdue ?? 0,
      };
    }),
    byCategory: submitted
      .filter((r) => r.dim === 'category')
      .sort((a, b) => b.received - a.received || (a.categoryName ?? '').localeCompare(b.categoryName ?? '', 'zh-CN'))
      .slice(0, CASE_STATS_TOP_CATEGORIES)
      .map((r) => ({ categoryId: r.key, name: r.categoryName ?? '未分类', received: r.received })),
    byState: CASE_STATES.filter((s) => openByState.has(s)).map((state: CaseState) => ({ state, count: openByState.get(state)! })),
    byTier: CASE_TIERS.map((tier) => ({ tier, count: byTier.get(tier)?.closed ?? 0 })),
    whistles: { count: counts.whistles, departmentsWhistled: counts.departmentsWhistled, departmentsReportedOnTime: counts.departmentsReportedOnTime },
    openOverdue: [...openByChild.values()].reduce((n, r) => n + r.overdue, 0),
    openWarning: [...openByChild.values()].reduce((n, r) => n + r.warning, 0),
  };
}
