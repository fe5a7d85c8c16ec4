import { describe, expect, it } from 'vitest';
import { DISPUTE_ACTIONS, DISPUTE_STATES, type DisputeAction, type DisputeState } from './mediation-enums';
import { allowedDisputeActions, decideDisputeAction, type DisputeFacts } from './dispute-workflow';

const NOW = new Date('2026-12-06T02:00:00Z');
// Facts under which every guard passes, so the table alone decides.
const ready = (state: DisputeState, action?: DisputeAction): DisputeFacts => ({
  state,
  partyCount: 2,
  rightsNotified: true,
  extended: false,
  consentingAll: true,
  agreementForm: 'written',
  agreedAt: new Date('2026-12-01T02:00:00Z'),
  confirmation: action === 'decideConfirmation' ? 'applied' : 'none',
  followedUp: ['archived'].includes(state),
  missingDossier: [],
});

const VISITABLE: DisputeState[] = ['agreed', 'performing', 'performed', 'breached', 'failed', 'withdrawn'];
/** Written out from the rules (§4.2) independently of the definition: action → from-states → state after. */
const EXPECTED: Record<DisputeAction, Partial<Record<DisputeState, DisputeState>>> = {
  accept: { received: 'accepted' },
  reject: { received: 'rejected' },
  startMediation: { accepted: 'mediating' },
  recordSession: { mediating: 'mediating' },
  extend: { accepted: 'accepted', mediating: 'mediating' },
  agree: { mediating: 'agreed' },
  fail: { mediating: 'failed' },
  withdraw: { accepted: 'withdrawn', mediating: 'withdrawn' },
  beginPerformance: { agreed: 'performing' },
  confirmPerformed: { agreed: 'performed', performing: 'performed' },
  reportBreach: { performing: 'breached' },
  applyConfirmation: { agreed: 'agreed', performing: 'performing' },
  decideConfirmation: { agreed: 'agreed', performing: 'performing', performed: 'performed', breached: 'breached' },
  followUp: Object.fromEntries(VISITABLE.map((s) => [s, s])),
  archive: { performed: 'archived', breached: 'archived', failed: 'archived', withdrawn: 'archived' },
};

describe('the dispute transition table, every (state, action, actor) triple', () => {
  for (const action of DISPUTE_ACTIONS) {
    for (const state of DISPUTE_STATES) {
      for (const committee of [true, false]) {
        const to = EXPECTED[action][state];
        const allowed = to !== undefined && committee;
        it(`${committee ? 'the committee' : 'an outsider'} ${allowed ? 'may' : 'may not'} ${action} a ${state} dispute`, () => {
          const decision = decideDisputeAction(ready(state, action), { committee }, action, NOW);
          if (allowed) expect(decision).toEqual({ ok: true, to });
          else expect(decision).toMatchObject({ ok: false, code: to ? 'FORBIDDEN' : 'CONFLICT' });
        });
      }
    }
  }
});

describe('the guards', () => {
  const committee = { committee: true };
  it('mediates only after both sides are registered and told their rights', () => {
    expect(decideDisputeAction({ ...ready('accepted'), partyCount: 1 }, committee, 'startMediation', NOW)).toMatchObject({
      ok: false,
      reason: '请先登记双方当事人',
    });
    expect(decideDisputeAction({ ...ready('accepted'), rightsNotified: false }, committee, 'startMediation', NOW)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('extends once, and only with every party consenting', () => {
    expect(decideDisputeAction({ ...ready('mediating'), consentingAll: false }, committee, 'extend', NOW)).toMatchObject({
      ok: false,
      reason: '延长调解期限须经全部当事人同意',
    });
    expect(decideDisputeAction({ ...ready('mediating'), extended: true }, committee, 'extend', NOW)).toMatchObject({
      ok: false,
      reason: '调解期限只能延长一次',
    });
  });

  it('sends only a written agreement to court confirmation, within 30 days of its effect, once', () => {
    expect(decideDisputeAction({ ...ready('agreed'), agreementForm: 'oral' }, committee, 'applyConfirmation', NOW)).toMatchObject({ ok: false });
    const late = { ...ready('agreed'), agreedAt: new Date('2026-11-05T01:00:00Z') };
    expect(decideDisputeAction(late, committee, 'applyConfirmation', NOW)).toMatchObject({ ok: false, reason: '已超过协议生效后30日的申请期限' });
    const onTheDay = { ...ready('agreed'), agreedAt: new Date('2026-11-06T02:00:00Z') };
    expect(decideDisputeAction(onTheDay, committee, 'applyConfirmation', NOW)).toEqual({ ok: true, to: 'agreed' });
    expect(decideDisputeAction({ ...ready('agreed'), confirmation: 'applied' }, committee, 'applyConfirmation', NOW)).toMatchObject({ ok: false });
    expect(decideDisputeAction({ ...ready('agreed') }, committee, 'decideConfirmation', NOW)).toMatchObject({ ok: false });
  });

  it('visits once and archives only a complete dossier', () => {
    expect(decideDisputeAction({ ...ready('failed'), followedUp: true }, committee, 'followUp', NOW)).toMatchObject({ ok: false, reason: '已回访' });
    expect(decideDisputeAction({ ...ready('performed'), missingDossier: ['receipts', 'followUp'] }, committee, 'archive', NOW)).toMatchObject({
      ok: false,
      reason: '卷宗不完整，缺少：履行凭证、回访记录',
    });
  });

  it('offers the committee exactly what it may do, and an outsider nothing', () => {
    expect(allowedDisputeActions(ready('received'), committee, NOW).map((a) => a.action)).toEqual(['accept', 'reject']);
    expect(allowedDisputeActions({ ...ready('mediating'), consentingAll: false }, committee, NOW).map((a) => a.action)).toEqual([
      'recordSession',
      'extend',
      'agree',
      'fail',
      'withdraw',
    ]);
    expect(allowedDisputeActions(ready('mediating'), { committee: false }, NOW)).toEqual([]);
  });
});
