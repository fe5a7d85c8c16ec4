import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildDispute } from './dispute-factories';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

describe('the 转人民调解 page', { timeout: 60_000 }, () => {
  it('leads to the dispute a case already went to, asking the list by the case, instead of a form the server would refuse', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/disputes', { items: [buildDispute({ caseId: 'case-1' })], nextCursor: null }),
    );
    renderApp('/mediation/from-case/case-1');
    expect(await screen.findByText('本案件已转人民调解，纠纷编号 2026-0012', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('查看纠纷').closest('a')?.getAttribute('href')).toBe('/mediation/disputes/d-1');
    expect(api.calls.find((c) => c.url.pathname === '/api/disputes')?.url.searchParams.get('caseId')).toBe('case-1');
    expect(screen.queryByText('纠纷类型')).toBeNull();
  });

  it('offers the form when the case has not gone to mediation yet', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), notifications, route('GET', '/api/disputes', { items: [], nextCursor: null }));
    renderApp('/mediation/from-case/case-1');
    expect(await screen.findByText('纠纷类型', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText(/本案件已转人民调解/)).toBeNull();
  });
});
