import { z } from 'zod';
import { CASE_STATES, CASE_TIERS } from '../case-enums';
import type { CaseCounts } from '../case-figures';

/**
 * `GET /api/cases/stats` query. `from`/`to` are Beijing calendar days, the period is [from, to)
 * (`to` exclusive). Defaults: `to` = tomorrow (today included), `from` = the first day of the
 * month eleven months before the last day of the period (twelve calendar months). The period may
 * be at most three years long.
 */
export const caseStatsQuery = z.object({
  /** A district, street, community or grid inside the caller's area scope, or a department. Default: the caller's top scope node. */
  nodeId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  categoryId: z.uuid().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type CaseStatsQuery = z.input<typeof caseStatsQuery>;

/** How long a stats period may be, in years. */
export const CASE_STATS_MAX_YEARS = 3;
/** How many categories `byCategory` lists. */
export const CASE_STATS_TOP_CATEGORIES = 10;

const count = z.number().int().min(0);
const rate = z.number().nullable();

/**
 * The raw counts behind every figure, over the node's subtree, the period P = [from, to) and the
 * optional category. Each count names the cohort it is taken from: cases *submitted* in P, cases
 * *closed* in P, or timeline entries / time limits *recorded* in P. Shape equals `CaseCounts`.
 */
export const caseCounts = z.object({
  /** 受理/收到: cases submitted in P, whatever became of them (rejected and merged included). */
  received: count,
  /** 立案: of the cases submitted in P, those that were ever registered (the register action is what gives a case its handling deadline). */
  registered: count,
  /**
   * 应结案数: cases whose current handling deadline (after approved extensions) fell in
   * [from, min(to, now)) and that were not merged away, plus cases closed in P whose deadline
   * did not fall there (closed early, or late from an earlier period). A deadline still in the
   * future is not yet due. Hence closed ≤ dueToClose.
   */
  dueToClose: count,
  /** 结案: cases whose (latest) close happened in P. A case reopened and not closed again has no close. */
  closed: count,
  /** 按期结案: cases closed in P whose latest non-cancelled handling limit is 'met' (handled by its deadline). */
  closedOnTime: count,
  /** 核查: distinct cases with a check outcome (pass or fail) recorded in P. */
  checked: count,
  /** 返工: distinct cases with at least one failed check (fail, from handled or from an unsatisfied visit) recorded in P. */
  failedCheck: count,
  /** 回访: follow-up visits recorded in P (each visit counts, a case visited twice counts twice). */
  visits: count,
  /** Visits in P answering 满意. */
  satisfied: count,
  /** Visits in P answering 基本满意. */
  basicallySatisfied: count,
  /** Visits in P answering "solved" (是). */
  solvedAnswers: count,
  /** Cases submitted in P whose accept limit was met: accepted, or rejected with a reason, within the limit — both are a response. */
  acceptedInTime: count,
  /** Cases closed in P with closed_at − submitted_at ≤ 24 h. */
  closedWithin1Day: count,
  /** Cases closed in P with closed_at − submitted_at ≤ 48 h. */
  closedWithin2Days: count,
  /** Cases closed in P with closed_at − submitted_at ≤ 72 h. */
  closedWithin3Days: count,
  /** Cases closed in P that never rose above the grid tier (highest tier reached = grid). */
  closedInsideGrid: count,
  /** Escalations (上报) recorded in P; a case escalated grid → community → street counts twice. */
  escalations: count,
  /** Whistles (吹哨) recorded in P. */
  whistles: count,
  /** Department report limits started in P (one per department per whistle), except those withdrawn before a report (returned or re-whistled). */
  departmentsWhistled: count,
  /** Of those, the ones whose department reported (报到) by the report deadline. */
  departmentsReportedOnTime: count,
}) satisfies z.ZodType<CaseCounts>;

/** The figures of `case-figures.ts` applied to `caseCounts`; null when the denominator is 0 (shown as "—"). */
export const caseFigures = z.object({
  closureRate: rate,
  onTimeClosureRate: rate,
  reworkRate: rate,
  satisfactionRate: rate,
  strictSatisfactionRate: rate,
  responseRate: rate,
  resolutionRate: rate,
  closedWithin1Day: rate,
  closedWithin2Days: rate,
  closedWithin3Days: rate,
  gridSelfSolveShare: rate,
  whistleReportRate: rate,
});
export type CaseFigures = z.infer<typeof caseFigures>;

/** A period of Beijing days, [from, to). */
export const statsPeriod = z.object({ from: z.iso.date(), to: z.iso.date() });
export type StatsPeriod = z.infer<typeof statsPeriod>;

/** received/closed of an earlier period and the change to them (`changeRatio`: (now − before) / before, null when before is 0). */
export const periodComparison = z.object({
  period: statsPeriod,
  received: count,
  closed: count,
  receivedChange: rate,
  closedChange: rate,
});

/** `GET /api/cases/stats` answer. */
export const caseStatsResponse = z.object({
  node: z.object({ id: z.string(), name: z.string(), kind: z.enum(['district', 'street', 'community', 'grid', 'department']) }),
  period: statsPeriod,
  counts: caseCounts,
  figures: caseFigures,
  previous: z.object({
    /** The previous period of the same length: the same number of whole months when the period is whole months, otherwise of days. */
    monthOverMonth: periodComparison,
    /** The same days one year earlier. */
    yearOverYear: periodComparison,
  }),
  /** Every Beijing calendar month the period touches, oldest first. */
  byMonth: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      /** Cases submitted in the month. */
      received: count,
      /** Cases closed in the month. */
      closed: count,
      /** Cases closed in the month with the handling limit met. */
      closedOnTime: count,
      /** Cases whose handling deadline fell in the month (up to now) and whose latest handling limit was missed. */
      overdue: count,
    }),
  ),
  /** The child nodes of `node` (district → streets, street → communities, community → grids); empty for a grid or a department. */
  byChild: z.array(
    z.object({
      nodeId: z.string(),
      name: z.string(),
      kind: z.enum(['street', 'community', 'grid']),
      received: count,
      closed: count,
      onTimeClosureRate: rate,
      satisfactionRate: rate,
      /** Open cases of the child flagged overdue right now (not bound to the period). */
      overdueOpen: count,
    }),
  ),
  /** Categories by cases received in the period, most first (at most `CASE_STATS_TOP_CATEGORIES`); null id = not yet categorised. */
  byCategory: z.array(z.object({ categoryId: z.string().nullable(), name: z.string(), received: count })),
  /** Cases open right now, by state (not bound to the period). */
  byState: z.array(z.object({ state: z.enum(CASE_STATES), count })),
  /** Cases closed in the period by the highest tier they reached. */
  byTier: z.array(z.object({ tier: z.enum(CASE_TIERS), count })),
  whistles: z.object({ count, departmentsWhistled: count, departmentsReportedOnTime: count }),
  /** Open cases flagged overdue right now. */
  openOverdue: count,
  /** Open cases past 80% of their handling limit but not yet overdue, right now. */
  openWarning: count,
});
export type CaseStatsResponse = z.infer<typeof caseStatsResponse>;
