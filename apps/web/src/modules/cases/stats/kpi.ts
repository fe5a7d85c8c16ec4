import { CASE_COUNT_LABELS, CASE_FIGURE_LABELS, type CaseFigures, type CaseStatsResponse } from '@linli/shared';

/** A share in [0, 1] as a percentage with one decimal; null (denominator 0) is "—", never 0%. */
export function formatRate(rate: number | null): string {
  // Round half up on the percentage (0.8765 → 87.7%), not on the binary fraction toFixed sees.
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Direction and text of a change ratio ((now − before) / before); null when there was nothing before. */
export interface Change {
  direction: 'up' | 'down' | 'flat' | null;
  text: string;
  /** Why there is no change to show ("上期无数据，无法比较"), for the tooltip. */
  note?: string;
}

const NO_EARLIER_DATA = '上期无数据，无法比较';
const NO_LAST_YEAR_DATA = '去年同期无数据，无法比较';

/**
 * Formats a change ratio: "+12.3%", "−4.0%", "持平", or "—" when the earlier period had none —
 * whenever its count `before` is 0 or missing, whatever ratio arrived (a rise from nothing is no "+2220%").
 */
export function formatChange(ratio: number | null, before?: number | null, note = NO_EARLIER_DATA): Change {
  if (ratio === null || before === 0 || before === null) return { direction: null, text: '—', note };
  if (Math.abs(ratio) < 0.0005) return { direction: 'flat', text: '持平' };
  const text = formatRate(Math.abs(ratio));
  return ratio > 0 ? { direction: 'up', text: `+${text}` } : { direction: 'down', text: `−${text}` };
}

/** One KPI card: the figure, how it is computed (numerator / denominator), and for counts the changes. */
export interface Kpi {
  key: string;
  label: string;
  value: string;
  /** "结案数 812 / 应结案数 903", the counts behind a rate. */
  detail: string;
  /** The same counts without their names ("812 / 903"), for narrow cards. */
  short: string;
  /** What the figure means, for the tooltip. */
  help: string;
  /** Lower is better (返工率). */
  lowerIsBetter?: boolean;
  monthOverMonth?: Change;
  yearOverYear?: Change;
}

const n = (v: number) => v.toLocaleString('zh-CN');

/** The KPI cards of the dashboard, in display order, from one stats answer. */
export function buildKpis(stats: CaseStatsResponse): Kpi[] {
  const { counts: c, figures: f, previous } = stats;
  const rate = (key: keyof CaseFigures, num: keyof typeof c, den: keyof typeof c, help: string, lowerIsBetter = false): Kpi => ({
    key,
    label: CASE_FIGURE_LABELS[key],
    value: formatRate(f[key]),
    detail: `${CASE_COUNT_LABELS[num]} ${n(c[num])} / ${CASE_COUNT_LABELS[den]} ${n(c[den])}`,
    short: `${n(c[num])} / ${n(c[den])}`,
    help,
    lowerIsBetter,
  });
  return [
    {
      key: 'received',
      label: CASE_COUNT_LABELS.received,
      value: n(c.received),
      detail: `立案 ${n(c.registered)}`,
      short: `立案 ${n(c.registered)}`,
      help: '期间内收到的全部诉求（含不予受理、已合并）',
      monthOverMonth: formatChange(previous.monthOverMonth.receivedChange, previous.monthOverMonth.received),
      yearOverYear: formatChange(previous.yearOverYear.receivedChange, previous.yearOverYear.received, NO_LAST_YEAR_DATA),
    },
    {
      key: 'closed',
      label: CASE_COUNT_LABELS.closed,
      value: n(c.closed),
      detail: `应结案 ${n(c.dueToClose)}`,
      short: `应结案 ${n(c.dueToClose)}`,
      help: '期间内结案的案件（按最后一次结案时间）',
      monthOverMonth: formatChange(previous.monthOverMonth.closedChange, previous.monthOverMonth.closed),
      yearOverYear: formatChange(previous.yearOverYear.closedChange, previous.yearOverYear.closed, NO_LAST_YEAR_DATA),
    },
    rate('closureRate', 'closed', 'dueToClose', '结案数 ÷ 应结案数（处置期限落在期间内的案件，及期间内结案的案件）'),
    rate('onTimeClosureRate', 'closedOnTime', 'dueToClose', '在处置时限内办结的结案数 ÷ 应结案数'),
    {
      ...rate('satisfactionRate', 'satisfied', 'visits', '（满意 + 基本满意）÷ 回访次数'),
      detail: `满意 ${n(c.satisfied)} + 基本满意 ${n(c.basicallySatisfied)} / 回访 ${n(c.visits)}`,
      short: `${n(c.satisfied + c.basicallySatisfied)} / ${n(c.visits)}`,
    },
    rate('reworkRate', 'failedCheck', 'checked', '核查不通过（返工）的案件 ÷ 核查过的案件，越低越好', true),
    rate('responseRate', 'acceptedInTime', 'received', '在受理时限内受理或答复不予受理的案件 ÷ 受理数'),
    rate('resolutionRate', 'solvedAnswers', 'visits', '回访中答复“已解决”的次数 ÷ 回访次数'),
    rate('gridSelfSolveShare', 'closedInsideGrid', 'closed', '始终未上报出网格就结案的案件 ÷ 结案数（小事不出网格）'),
    rate('whistleReportRate', 'departmentsReportedOnTime', 'departmentsWhistled', '街道吹哨后按时报到的部门数 ÷ 被吹哨的部门数（部门报到）'),
  ];
}

/** The closure-speed targets seen in practice [DOMAIN §2]: same day 50%, two days 80%, three days 95%. */
export const CLOSURE_TARGETS = [
  { key: 'closedWithin1Day', days: 1, label: '当日结案', target: 0.5 },
  { key: 'closedWithin2Days', days: 2, label: '2日内结案', target: 0.8 },
  { key: 'closedWithin3Days', days: 3, label: '3日内结案', target: 0.95 },
] as const;

/** One closure-speed share against its target; `met` is null when nothing closed. */
export interface ClosureSpeed {
  key: (typeof CLOSURE_TARGETS)[number]['key'];
  label: string;
  share: number | null;
  target: number;
  met: boolean | null;
  value: string;
  count: number;
}

/** Same-day / 2-day / 3-day closure shares of the closed cases, each against its target. */
export function closureSpeeds(stats: Pick<CaseStatsResponse, 'figures' | 'counts'>): ClosureSpeed[] {
  return CLOSURE_TARGETS.map((t) => {
    const share = stats.figures[t.key];
    return {
      key: t.key,
      label: t.label,
      share,
      target: t.target,
      met: share === null ? null : share >= t.target,
      value: formatRate(share),
      count: stats.counts[t.key],
    };
  });
}

/** The day before a `YYYY-MM-DD` day (periods end on an exclusive day; people read the last included one). */
export function dayBefore(day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
}

/** A period [from, to) as people read it: "2025-04-01 至 2026-03-31". */
export function periodText(p: { from: string; to: string }): string {
  return `${p.from} 至 ${dayBefore(p.to)}`;
}
