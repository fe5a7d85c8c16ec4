/** Raw counts over a period and scope, all taken from case events (DESIGN rule 4). */
export interface CaseCounts {
  received: number;
  registered: number;
  /** 应结案数: cases whose handling deadline fell in the period, or that closed in it. */
  dueToClose: number;
  closed: number;
  closedOnTime: number;
  checked: number;
  failedCheck: number;
  visits: number;
  satisfied: number;
  basicallySatisfied: number;
  solvedAnswers: number;
  acceptedInTime: number;
  closedWithin1Day: number;
  closedWithin2Days: number;
  closedWithin3Days: number;
  closedInsideGrid: number;
  escalations: number;
  whistles: number;
  departmentsWhistled: number;
  departmentsReportedOnTime: number;
}

/** A share in [0, 1], or null when the denominator is zero (shown as "—", never as 0%). */
export type Rate = number | null;

function share(numerator: number, denominator: number): Rate {
  return denominator > 0 ? numerator / denominator : null;
}

/** 结案率 closure rate = closed / cases that should have closed in the period (应结案数). */
export const closureRate = (c: CaseCounts): Rate => share(c.closed, c.dueToClose);
/** 按期结案率 on-time closure rate = closed with the handling limit met / should have closed. */
export const onTimeClosureRate = (c: CaseCounts): Rate => share(c.closedOnTime, c.dueToClose);
/** 返工率 rework rate = cases with a failed check / cases checked. */
export const reworkRate = (c: CaseCounts): Rate => share(c.failedCheck, c.checked);
/** 满意率 satisfaction = (满意 + 基本满意) / visits. */
export const satisfactionRate = (c: CaseCounts): Rate => share(c.satisfied + c.basicallySatisfied, c.visits);
/** Strict satisfaction = 满意 / visits. */
export const strictSatisfactionRate = (c: CaseCounts): Rate => share(c.satisfied, c.visits);
/** 响应率 response rate = cases accepted within the accept limit / cases submitted. */
export const responseRate = (c: CaseCounts): Rate => share(c.acceptedInTime, c.received);
/** 解决率 resolution rate = visits answering "solved" / visits. */
export const resolutionRate = (c: CaseCounts): Rate => share(c.solvedAnswers, c.visits);
/** Share of closed cases closed within 1 / 2 / 3 days of submission (targets 50% / 80% / 95% [003]). */
export const closedWithinDaysShare = (c: CaseCounts, days: 1 | 2 | 3): Rate =>
  share(days === 1 ? c.closedWithin1Day : days === 2 ? c.closedWithin2Days : c.closedWithin3Days, c.closed);
/** Grid self-solve share = closed cases never escalated above the grid tier / closed cases. */
export const gridSelfSolveShare = (c: CaseCounts): Rate => share(c.closedInsideGrid, c.closed);
/** Whistle report rate = departments that reported on time / departments whistled. */
export const whistleReportRate = (c: CaseCounts): Rate => share(c.departmentsReportedOnTime, c.departmentsWhistled);
/** Change against a previous period's value: (now − before) / before, null when before is 0. */
export const changeRatio = (now: number, before: number): Rate => (before > 0 ? (now - before) / before : null);
