import { DISPUTE_SOURCES, type AgreementForm, type ConfirmationState, type DisputeSource } from './mediation-enums';

/** What the figures read of one dispute: its log, not its state (an archived dispute keeps its outcome). */
export interface DisputeLogEntry {
  source: DisputeSource;
  receivedAt: Date;
  /** How the mediation ended; null while open. `rejected` never entered mediation. */
  outcome: 'agreed' | 'failed' | 'withdrawn' | 'rejected' | null;
  concludedAt: Date | null;
  /** The deadline to conclude (one month from acceptance, or the extended one); null before acceptance. */
  dueAt: Date | null;
  agreementForm: AgreementForm | null;
  /** `YYYY-MM-DD` by which the agreement is to be performed. */
  performanceDueOn: string | null;
  performance: 'performed' | 'breached' | null;
  confirmation: ConfirmationState;
  followedUpAt: Date | null;
}

/** One screening round 排查 and the disputes it found (settled on the spot or registered). */
export interface ScreeningLogEntry {
  heldOn: string;
  found: number;
}

/** The period figures count: `from` inclusive, `to` exclusive, as `YYYY-MM-DD` Beijing days. */
export interface FigurePeriod {
  from: string;
  to: string;
}

/** A rate with what it was computed from; `rate` is null when nothing was counted. */
export interface MediationRate {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** The mediation figures of a period. */
export interface MediationFigures {
  received: number;
  concluded: number;
  successRate: MediationRate;
  performanceRate: MediationRate;
  confirmationRate: MediationRate;
  onTimeRate: MediationRate;
  followUpRate: MediationRate;
  preLitigationRate: MediationRate;
  sources: Record<DisputeSource, number>;
  screeningRounds: number;
  screeningFound: number;
}

/** The figures' names and formulas, once; the figures page prints these words beside each number. */
export const MEDIATION_FIGURE_FORMULAS = {
  successRate: { label: '调解成功率', formula: '期内调结的纠纷中达成协议（书面＋口头）的件数 ÷ 期内达成协议与调解不成的件数（撤回不计）' },
  performanceRate: { label: '协议履行率', formula: '履行期限在期内的协议中已履行完毕的件数 ÷ 履行期限在期内的协议件数' },
  confirmationRate: { label: '司法确认率', formula: '期内达成的书面协议中经人民法院确认的件数 ÷ 期内达成的书面协议件数' },
  onTimeRate: { label: '按期调结率', formula: '期内调结（达成协议、调解不成、撤回）且未超过调结期限（一个月或经同意延长后的期限）的件数 ÷ 期内调结件数' },
  followUpRate: { label: '回访率', formula: '期内达成的协议中已回访的件数 ÷ 期内达成的协议件数' },
  preLitigationRate: { label: '诉前调解率', formula: '期内收到的法院移交纠纷中诉前委派的件数 ÷ 期内收到的诉前委派与诉中委托件数' },
  sources: { label: '来源结构', formula: '期内登记的纠纷按来源计数' },
  screening: { label: '排查', formula: '期内开展的排查次数，及排查发现的矛盾纠纷件数' },
} as const;

const BEIJING_MS = 8 * 3_600_000;

/** The Beijing day of an instant, `YYYY-MM-DD`. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

function inPeriod(day: string | null, p: FigurePeriod): boolean {
  return day !== null && day >= p.from && day < p.to;
}

const at = (d: Date | null) => (d ? beijingDay(d) : null);

/** A rate of two counts. */
export function rateOf(numerator: number, denominator: number): MediationRate {
  return { numerator, denominator, rate: denominator ? numerator / denominator : null };
}

/** 调解成功率: agreements ÷ (agreements + failures) concluded in the period. */
export function successRate(log: readonly DisputeLogEntry[], p: FigurePeriod): MediationRate {
  const ended = log.filter((d) => (d.outcome === 'agreed' || d.outcome === 'failed') && inPeriod(at(d.concludedAt), p));
  return rateOf(ended.filter((d) => d.outcome === 'agreed').length, ended.length);
}

/** 协议履行率: agreements performed ÷ agreements whose performance deadline fell in the period. */
export function performanceRate(log: readonly DisputeLogEntry[], p: FigurePeriod): MediationRate {
  const due = log.filter((d) => d.outcome === 'agreed' && inPeriod(d.performanceDueOn, p));
  return rateOf(due.filter((d) => d.performance === 'performed').length, due.length);
}

/** 司法确认率: written agreements of the period confirmed by a court ÷ written agreements of the period. */
export function confirmationRate(log: readonly DisputeLogEntry[], p: FigurePeriod): MediationRate {
  const written = log.filter((d) => d.outcome === 'agreed' && d.agreementForm === 'written' && inPeriod(at(d.concludedAt), p));
  return rateOf(written.filter((d) => d.confirmation === 'confirmed').length, written.length);
}

/** 按期调结率: mediations concluded in the period by their deadline ÷ mediations concluded in the period. */
export function onTimeRate(log: readonly DisputeLogEntry[], p: FigurePeriod): MediationRate {
  const ended = log.filter((d) => (d.outcome === 'agreed' || d.outcome === 'failed' || d.outcome === 'withdrawn') && inPeriod(at(d.concludedAt), p));
  return rateOf(ended.filter((d) => d.dueAt !== null && d.concludedAt!.getTime() <= d.dueAt.getTime()).length, ended.length);
}

/** 回访率: agreements of the period visited ÷ agreements of the period. */
export function followUpRate(log: readonly DisputeLogEntry[], p: FigurePeriod): MediationRate {
  const agreed = log.filter((d) => d.outcome === 'agreed' && inPeriod(at(d.concludedAt), p));
  return rateOf(agreed.filter((d) => d.followedUpAt !== null).length, agreed.length);
}

/** 诉前调解率: court-sent disputes of the period delegated before filing (委派) ÷ all court-sent ones (委派 + 委托). */
export function preLitigationRate(log: readonly DisputeLogEntry[], p: FigurePeriod): MediationRate {
  const court = log.filter((d) => (d.source === 'courtDelegated' || d.source === 'courtEntrusted') && inPeriod(at(d.receivedAt), p));
  return rateOf(court.filter((d) => d.source === 'courtDelegated').length, court.length);
}

/** 来源结构: disputes received in the period, by source (every source present, zero or not). */
export function sourceStructure(log: readonly DisputeLogEntry[], p: FigurePeriod): Record<DisputeSource, number> {
  const counts = Object.fromEntries(DISPUTE_SOURCES.map((s) => [s, 0])) as Record<DisputeSource, number>;
  for (const d of log) if (inPeriod(at(d.receivedAt), p)) counts[d.source] += 1;
  return counts;
}

/** 排查: rounds held in the period and the disputes they found. */
export function screeningFigures(rounds: readonly ScreeningLogEntry[], p: FigurePeriod): { rounds: number; found: number } {
  const held = rounds.filter((r) => inPeriod(r.heldOn, p));
  return { rounds: held.length, found: held.reduce((sum, r) => sum + r.found, 0) };
}

/** Every mediation figure of the period from the dispute log and the screening rounds. */
export function mediationFigures(log: readonly DisputeLogEntry[], rounds: readonly ScreeningLogEntry[], p: FigurePeriod): MediationFigures {
  const screening = screeningFigures(rounds, p);
  return {
    received: log.filter((d) => inPeriod(at(d.receivedAt), p)).length,
    concluded: log.filter((d) => d.outcome !== null && d.outcome !== 'rejected' && inPeriod(at(d.concludedAt), p)).length,
    successRate: successRate(log, p),
    performanceRate: performanceRate(log, p),
    confirmationRate: confirmationRate(log, p),
    onTimeRate: onTimeRate(log, p),
    followUpRate: followUpRate(log, p),
    preLitigationRate: preLitigationRate(log, p),
    sources: sourceStructure(log, p),
    screeningRounds: screening.rounds,
    screeningFound: screening.found,
  };
}

/** A rate as people read it: `90.8%`, or `—` when nothing was counted. */
export function formatRate(rate: MediationRate): string {
  return rate.rate === null ? '—' : `${(rate.rate * 100).toFixed(1)}%`;
}
