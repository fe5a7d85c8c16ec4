import type { DisputeDetail } from '@linli/shared';

const DOSSIER = ['application', 'rightsNotice', 'identities', 'records', 'agreement', 'receipts', 'followUp'] as const;

/** A dispute page as the server answers it to its committee (mediating, two parties), with `overrides`. */
export function buildDispute(overrides: Partial<DisputeDetail> = {}): DisputeDetail {
  return {
    id: 'd-1',
    disputeNo: '2026-0012',
    communityId: 'node-qq',
    communityName: '清泉社区',
    source: 'screening',
    kind: 'neighbour',
    summary: '楼上住户夜间噪音影响休息',
    state: 'mediating',
    partiesLabel: '张大山 与 李小红',
    mediatorNames: ['孙桂兰'],
    receivedAt: '2026-11-10T01:00:00.000Z',
    dueAt: '2026-12-11T01:00:00.000Z',
    overdue: false,
    extended: false,
    caseId: null,
    version: 4,
    committeeId: 'c-1',
    committeeName: '清泉社区人民调解委员会',
    sourceRef: '',
    preferredTime: '',
    committee: true,
    parties: [
      { id: 'p-1', name: '张大山', side: 'applicant', phone: '139****5678', idNumber: null, address: '', hasAccount: true },
      { id: 'p-2', name: '李小红', side: 'respondent', phone: null, idNumber: null, address: '', hasAccount: false },
    ],
    mediators: [{ id: 'm-1', name: '孙桂兰', background: 'communityWorker' }],
    sessions: [],
    acceptedAt: '2026-11-11T01:00:00.000Z',
    concludedAt: null,
    outcome: null,
    rejectReason: null,
    failedRoute: null,
    outcomeNote: null,
    agreementForm: null,
    terms: null,
    performanceDueOn: null,
    extension: null,
    confirmation: { state: 'none', court: null, appliedAt: null, decidedAt: null, windowEndsAt: null },
    followUp: null,
    dossier: DOSSIER.map((item) => ({
      item,
      done: item === 'application',
      required: item !== 'receipts' && item !== 'agreement',
      auto: ['records', 'agreement', 'followUp'].includes(item),
    })),
    allowedActions: [
      { action: 'recordSession', required: ['heldAt', 'record'], optional: ['place'] },
      { action: 'agree', required: ['agreementForm', 'terms'], optional: [] },
    ],
    timeline: [{ id: 'e-1', action: 'receive', fromState: null, toState: 'received', actorName: '清泉社区小王', at: '2026-11-10T01:00:00.000Z', note: null }],
    ...overrides,
  };
}
