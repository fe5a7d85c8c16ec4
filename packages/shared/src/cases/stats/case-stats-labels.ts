import type { CaseCounts } from '../case-figures';
import type { CaseFigures } from './case-stats-contracts';

/** Chinese labels of the raw case counts (exports and dashboard tooltips). */
export const CASE_COUNT_LABELS: Record<keyof CaseCounts, string> = {
  received: '受理数',
  registered: '立案数',
  dueToClose: '应结案数',
  closed: '结案数',
  closedOnTime: '按期结案数',
  checked: '核查数',
  failedCheck: '返工数',
  visits: '回访数',
  satisfied: '满意数',
  basicallySatisfied: '基本满意数',
  solvedAnswers: '已解决数',
  acceptedInTime: '按时响应数',
  closedWithin1Day: '1日内结案数',
  closedWithin2Days: '2日内结案数',
  closedWithin3Days: '3日内结案数',
  closedInsideGrid: '网格内解决数',
  escalations: '上报次数',
  whistles: '吹哨次数',
  departmentsWhistled: '吹哨部门数',
  departmentsReportedOnTime: '按时报到部门数',
};

/** Chinese labels of the case figures (rates). */
export const CASE_FIGURE_LABELS: Record<keyof CaseFigures, string> = {
  closureRate: '结案率',
  onTimeClosureRate: '按期结案率',
  reworkRate: '返工率',
  satisfactionRate: '满意率',
  strictSatisfactionRate: '满意率（不含基本满意）',
  responseRate: '响应率',
  resolutionRate: '解决率',
  closedWithin1Day: '1日内结案率',
  closedWithin2Days: '2日内结案率',
  closedWithin3Days: '3日内结案率',
  gridSelfSolveShare: '网格内解决率',
  whistleReportRate: '吹哨按时报到率',
};
