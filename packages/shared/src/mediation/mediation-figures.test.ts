import { describe, expect, it } from 'vitest';
import { missingDossierItems } from './dossier';
import {
  confirmationRate,
  followUpRate,
  formatRate,
  mediationFigures,
  onTimeRate,
  performanceRate,
  preLitigationRate,
  screeningFigures,
  sourceStructure,
  successRate,
  type DisputeLogEntry,
} from './mediation-figures';

const YEAR = { from: '2026-01-01', to: '2027-01-01' };
const d = (iso: string) => new Date(iso);
const base: DisputeLogEntry = {
  source: 'application',
  receivedAt: d('2026-03-01T02:00:00Z'),
  outcome: null,
  concludedAt: null,
  dueAt: null,
  agreementForm: null,
  performanceDueOn: null,
  performance: null,
  confirmation: 'none',
  followedUpAt: null,
};
// A hand-built log: 6 disputes; the numbers below are counted from it by hand.
const LOG: DisputeLogEntry[] = [
  // 1: written agreement, on time, performed, confirmed, visited
  {
    ...base,
    source: 'screening',
    outcome: 'agreed',
    concludedAt: d('2026-03-20T02:00:00Z'),
    dueAt: d('2026-04-01T02:00:00Z'),
    agreementForm: 'written',
    performanceDueOn: '2026-04-10',
    performance: 'performed',
    confirmation: 'confirmed',
    followedUpAt: d('2026-04-15T02:00:00Z'),
  },
  // 2: oral agreement, late, breached, not visited
  {
    ...base,
    source: 'courtDelegated',
    outcome: 'agreed',
    concludedAt: d('2026-05-10T02:00:00Z'),
    dueAt: d('2026-04-01T02:00:00Z'),
    agreementForm: 'oral',
    performanceDueOn: '2026-05-20',
    performance: 'breached',
  },
  // 3: failed on time
  { ...base, source: 'courtDelegated', outcome: 'failed', concludedAt: d('2026-03-25T02:00:00Z'), dueAt: d('2026-04-01T02:00:00Z') },
  // 4: withdrawn on time (counts for on-time, not for success)
  { ...base, source: 'police', outcome: 'withdrawn', concludedAt: d('2026-03-05T02:00:00Z'), dueAt: d('2026-04-01T02:00:00Z') },
  // 5: court-entrusted, still mediating
  { ...base, source: 'courtEntrusted', dueAt: d('2026-12-30T02:00:00Z') },
  // 6: written agreement of last year: outside every period figure of 2026 except its performance deadline
  {
    ...base,
    receivedAt: d('2025-12-01T02:00:00Z'),
    outcome: 'agreed',
    concludedAt: d('2025-12-20T02:00:00Z'),
    dueAt: d('2026-01-01T02:00:00Z'),
    agreementForm: 'written',
    performanceDueOn: '2026-01-15',
    performance: 'performed',
  },
];

describe('each mediation figure on a hand-built log', () => {
  it('调解成功率 = agreements ÷ (agreements + failures) concluded in the period', () => {
    expect(successRate(LOG, YEAR)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
  });
  it('协议履行率 = performed ÷ agreements due in the period', () => {
    expect(performanceRate(LOG, YEAR)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
  });
  it('司法确认率 = confirmed ÷ written agreements of the period', () => {
    expect(confirmationRate(LOG, YEAR)).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });
  it('按期调结率 = concluded by the deadline ÷ concluded (withdrawals included)', () => {
    expect(onTimeRate(LOG, YEAR)).toEqual({ numerator: 3, denominator: 4, rate: 0.75 });
  });
  it('回访率 = visited agreements ÷ agreements of the period', () => {
    expect(followUpRate(LOG, YEAR)).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
  });
  it('诉前调解率 = delegated before filing ÷ all court-sent disputes', () => {
    expect(preLitigationRate(LOG, YEAR)).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
  });
  it('来源结构 counts every source of the period', () => {
    expect(sourceStructure(LOG, YEAR)).toEqual({
      application: 0,
      initiative: 0,
      screening: 1,
      police: 1,
      courtDelegated: 2,
      courtEntrusted: 1,
      petition: 0,
    });
  });
  it('排查 counts rounds held in the period and what they found', () => {
    const rounds = [
      { heldOn: '2025-12-28', found: 4 },
      { heldOn: '2026-01-10', found: 3 },
      { heldOn: '2026-01-20', found: 0 },
    ];
    expect(screeningFigures(rounds, YEAR)).toEqual({ rounds: 2, found: 3 });
  });
  it('puts them together, and prints a rate as people read it', () => {
    const all = mediationFigures(LOG, [], YEAR);
    expect(all).toMatchObject({ received: 5, concluded: 4, screeningRounds: 0 });
    expect(formatRate(all.successRate)).toBe('66.7%');
    expect(formatRate({ numerator: 0, denominator: 0, rate: null })).toBe('—');
    expect(formatRate({ numerator: 69, denominator: 76, rate: 69 / 76 })).toBe('90.8%');
  });
});

describe('the dossier checklist', () => {
  it('asks receipts only of a performed agreement, the agreement only where one was reached', () => {
    expect(missingDossierItems('failed', { application: true, rightsNotice: true, identities: true, records: true })).toEqual(['followUp']);
    expect(missingDossierItems('performed', { application: true, rightsNotice: true, identities: true, records: true, followUp: true })).toEqual([
      'agreement',
      'receipts',
    ]);
  });
});
