import type { DisputeDetail } from '@linli/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });
/** The labels of the page's buttons (getByRole walks the whole antd tree and is slow in jsdom). */
const buttons = () => [...document.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s/g, '') ?? '');
const DOSSIER = ['application', 'rightsNotice', 'identities', 'records', 'agreement', 'receipts', 'followUp'] as const;

function buildDispute(overrides: Partial<DisputeDetail> = {}): DisputeDetail {
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

describe('the dispute page', { timeout: 60_000 }, () => {
  it('shows the committee exactly the actions the server allows, the parties, the dossier and the documents', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['mediator'])), notifications, route('GET', '/api/disputes/d-1', buildDispute()));
    renderApp('/mediation/disputes/d-1');
    expect(await screen.findByText('纠纷 2026-0012', {}, { timeout: 30_000 })).toBeTruthy();
    expect(buttons()).toEqual(expect.arrayContaining(['记录调解', '达成协议']));
    // The documents open in a new tab: links, not buttons.
    expect(screen.getByText('卷宗封面').closest('a')?.getAttribute('href')).toBe('/api/disputes/d-1/dossier-cover.pdf');
    expect(buttons()).not.toContain('归档');
    expect(screen.getByText('139****5678')).toBeTruthy();
    expect(screen.getByText('当事人权利义务告知书')).toBeTruthy();
    expect(screen.queryByText('调解协议书')).toBeNull();
  });

  it('tells a reader outside the committee who handles it, with no actions and no documents', async () => {
    const masked = buildDispute({ committee: false, allowedActions: [], partiesLabel: '张** 与 李**' });
    fakeApi(route('GET', '/api/me', buildMe(['streetOfficer'])), notifications, route('GET', '/api/disputes/d-1', masked));
    renderApp('/mediation/disputes/d-1');
    expect(await screen.findByText(/当事人姓名已隐去/, {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('卷宗封面')).toBeNull();
    expect(buttons()).not.toContain('记录调解');
  });

  it('says which papers archiving still waits for once nothing else is left to do (not that it is archived)', async () => {
    const performed = buildDispute({
      state: 'performed',
      outcome: 'agreed',
      agreementForm: 'written',
      terms: '李小红于12月20日前赔偿800元',
      allowedActions: [],
      dossier: DOSSIER.map((item) => ({ item, done: item !== 'identities' && item !== 'receipts', required: true, auto: false })),
    });
    fakeApi(route('GET', '/api/me', buildMe(['mediator'])), notifications, route('GET', '/api/disputes/d-1', performed));
    renderApp('/mediation/disputes/d-1');
    expect(await screen.findByText('卷宗齐全后即可归档，还缺：当事人身份证明、履行凭证。请在「卷宗清单」中勾选补齐。', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('这件纠纷已办结归档，没有可办的事项。')).toBeNull();
  });
});
