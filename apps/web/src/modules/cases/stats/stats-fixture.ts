import { caseStatsResponse, type CaseStatsResponse } from '@linli/shared';

/** Node ids used by the dashboard tests. */
export const IDS = {
  street: '0190a000-0000-7000-8000-000000000001',
  qq: '0190a000-0000-7000-8000-000000000002',
  lt: '0190a000-0000-7000-8000-000000000003',
  grid: '0190a000-0000-7000-8000-000000000004',
};

/**
 * A stats answer for tests, checked against the shared contract so a contract change breaks the
 * tests instead of silently passing them. `over` replaces top-level fields.
 */
export function buildStats(over: Partial<CaseStatsResponse> = {}): CaseStatsResponse {
  const base: CaseStatsResponse = {
    node: { id: IDS.street, name: '车站街道', kind: 'street' },
    period: { from: '2025-04-01', to: '2026-04-01' },
    counts: {
      received: 1234,
      registered: 1100,
      dueToClose: 1000,
      closed: 900,
      closedOnTime: 850,
      checked: 800,
      failedCheck: 40,
      visits: 0,
      satisfied: 0,
      basicallySatisfied: 0,
      solvedAnswers: 0,
      acceptedInTime: 1200,
      closedWithin1Day: 540,
      closedWithin2Days: 700,
      closedWithin3Days: 880,
      closedInsideGrid: 450,
      escalations: 300,
      whistles: 12,
      departmentsWhistled: 0,
      departmentsReportedOnTime: 0,
    },
    figures: {
      closureRate: 0.9,
      onTimeClosureRate: 0.85,
      reworkRate: 0.05,
      satisfactionRate: null,
      strictSatisfactionRate: null,
      responseRate: 1200 / 1234,
      resolutionRate: null,
      closedWithin1Day: 0.6,
      closedWithin2Days: 700 / 900,
      closedWithin3Days: 880 / 900,
      gridSelfSolveShare: 0.5,
      whistleReportRate: null,
    },
    previous: {
      monthOverMonth: { period: { from: '2024-04-01', to: '2025-04-01' }, received: 1099, closed: 0, receivedChange: 0.1228, closedChange: null },
      yearOverYear: { period: { from: '2024-04-01', to: '2025-04-01' }, received: 1500, closed: 1000, receivedChange: -0.1773, closedChange: -0.1 },
    },
    byMonth: [
      { month: '2025-12', received: 100, closed: 90, closedOnTime: 80, overdue: 5 },
      { month: '2026-01', received: 120, closed: 100, closedOnTime: 95, overdue: 3 },
    ],
    byChild: [
      { nodeId: IDS.qq, name: '青秋社区', kind: 'community', received: 600, closed: 500, onTimeClosureRate: 0.92, satisfactionRate: null, overdueOpen: 2 },
      { nodeId: IDS.lt, name: '龙潭社区', kind: 'community', received: 400, closed: 300, onTimeClosureRate: 0.7, satisfactionRate: 0.95, overdueOpen: 9 },
    ],
    byCategory: [
      { categoryId: null, name: '未分类', received: 30 },
      { categoryId: '0190a000-0000-7000-8000-0000000000c1', name: '路灯', received: 80 },
    ],
    byState: [
      { state: 'handling', count: 7 },
      { state: 'submitted', count: 3 },
    ],
    byTier: [
      { tier: 'grid', count: 450 },
      { tier: 'street', count: 50 },
    ],
    whistles: { count: 12, departmentsWhistled: 0, departmentsReportedOnTime: 0 },
    openOverdue: 11,
    openWarning: 4,
    ...over,
  };
  return caseStatsResponse.parse(base);
}
