import { DOSSIER_ITEMS } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildDispute } from './dispute-factories';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });
/** The labels of the page's buttons (getByRole walks the whole antd tree and is slow in jsdom). */
const buttons = () => [...document.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s/g, '') ?? '');

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

  it('lets the committee change a party before the conclusion, keeping the stored phone when none is typed', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/disputes/d-1', buildDispute()),
      route('PUT', '/api/disputes/d-1/parties/p-1', buildDispute()),
    );
    renderApp('/mediation/disputes/d-1');
    await screen.findByText('纠纷 2026-0012', {}, { timeout: 30_000 });
    expect(buttons()).toContain('登记当事人');
    fireEvent.click([...document.querySelectorAll('button')].filter((b) => b.textContent?.replace(/\s/g, '') === '修改')[0]);
    expect(await screen.findByPlaceholderText('已登记 139****5678，不修改请留空')).toBeTruthy();
    fireEvent.change(document.querySelector('input#idNumber')!, { target: { value: '37040319800101123x' } });
    fireEvent.click([...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === '保存')!);
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({ name: '张大山', side: 'applicant', idNumber: '37040319800101123x', address: '' });
  });

  it('offers no party changes once the dispute is concluded', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/disputes/d-1', buildDispute({ state: 'performed', allowedActions: [] })),
    );
    renderApp('/mediation/disputes/d-1');
    await screen.findByText('纠纷 2026-0012', {}, { timeout: 30_000 });
    expect(buttons()).not.toContain('登记当事人');
    expect(buttons()).not.toContain('修改');
  });

  it('says which papers archiving still waits for once nothing else is left to do (not that it is archived)', async () => {
    const performed = buildDispute({
      state: 'performed',
      outcome: 'agreed',
      agreementForm: 'written',
      terms: '李小红于12月20日前赔偿800元',
      allowedActions: [],
      dossier: DOSSIER_ITEMS.map((item) => ({ item, done: item !== 'identities' && item !== 'receipts', required: true, auto: false })),
    });
    fakeApi(route('GET', '/api/me', buildMe(['mediator'])), notifications, route('GET', '/api/disputes/d-1', performed));
    renderApp('/mediation/disputes/d-1');
    expect(await screen.findByText('卷宗齐全后即可归档，还缺：当事人身份证明、履行凭证。请在「卷宗清单」中勾选补齐。', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('这件纠纷已办结归档，没有可办的事项。')).toBeNull();
  });
});
