import { topComplexesResponse, type TopComplexItem, type TopComplexesResponse } from '@linli/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { formatComplexChange } from './hotline-format';
import { TopComplexesPage } from './TopComplexesPage';

const COMPLEX = ['0190b000-0000-7000-8000-000000000001', '0190b000-0000-7000-8000-000000000002', '0190b000-0000-7000-8000-000000000003'];
const LEADER = '0190b000-0000-7000-8000-0000000000aa';

function item(i: number, count: number, previousCount: number, leader: TopComplexItem['leader'] = null): TopComplexItem {
  const change = count - previousCount;
  return {
    rank: i + 1,
    complexId: COMPLEX[i],
    complexName: ['青秋家园', '龙潭小区', '金茂花园'][i],
    communityId: 'c-1',
    communityName: '青秋社区',
    count,
    previousCount,
    change,
    changeRate: previousCount ? change / previousCount : null,
    leader,
  };
}

function report(month: string): TopComplexesResponse {
  return topComplexesResponse.parse({
    month,
    previousMonth: '2026-02',
    totalOrders: 40,
    unmatchedOrders: 3,
    items: [
      item(0, 10, 7),
      item(1, 8, 10, { userId: LEADER, name: '李街道', note: '月底前解决停车', assignedAt: '2026-03-02T01:00:00.000Z', assignedByName: '王主任' }),
      item(2, 5, 0),
    ],
  });
}

function topServer() {
  return (url: URL) =>
    url.pathname === '/api/hotline/top-complexes' && url.searchParams.get('format') !== 'xlsx'
      ? { body: report(url.searchParams.get('month') ?? '2026-03') }
      : undefined;
}

function renderPage() {
  return render(
    <AppProviders client={createQueryClient()}>
      <MemoryRouter>
        <TopComplexesPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

const rowOf = (name: string) => within(screen.getByText(name).closest('tr') as HTMLElement);

// Whole pages with antd tables, modals and selects: slow to render in jsdom on a busy machine.
describe('12345 worst complexes', { timeout: 60_000 }, () => {
  it('formats the change on last month with its sign and rate', () => {
    expect(formatComplexChange(3, 3 / 7)).toEqual({ text: '+3（+42.9%）', direction: 'up' });
    expect(formatComplexChange(-2, -0.2)).toEqual({ text: '−2（−20.0%）', direction: 'down' });
    expect(formatComplexChange(5, null)).toEqual({ text: '+5（上月无）', direction: 'up' });
    expect(formatComplexChange(0, 0)).toEqual({ text: '持平', direction: 'flat' });
  });

  it('lists the month’s complexes with counts, changes and leaders, and the month’s totals', async () => {
    const api = fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), topServer());
    renderPage();
    expect(await screen.findByText('青秋家园')).toBeTruthy();
    expect(rowOf('青秋家园').getByText('10')).toBeTruthy();
    expect(rowOf('青秋家园').getByText(/\+3（\+42\.9%）/)).toBeTruthy();
    expect(rowOf('青秋家园').getByText('未指派')).toBeTruthy();
    expect(rowOf('龙潭小区').getByText(/−2（−20\.0%）/)).toBeTruthy();
    expect(rowOf('龙潭小区').getByText('李街道')).toBeTruthy();
    expect(rowOf('金茂花园').getByText(/\+5（上月无）/)).toBeTruthy();
    expect(screen.getByText(/共 40 张工单，其中 3 张未识别到小区/)).toBeTruthy();
    // A community worker reads the ranking but does not assign leaders.
    expect(screen.queryByText('指派包保领导')).toBeNull();
    const call = api.calls.find((c) => c.url.pathname === '/api/hotline/top-complexes');
    expect(call?.url.searchParams.get('limit')).toBe('10');
    expect(call?.url.searchParams.get('month')).toMatch(/^\d{4}-\d{2}$/);
  });

  it('lets a street officer assign a street leader picked from the candidates', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['streetOfficer'])),
      topServer(),
      route('GET', '/api/hotline/top-complexes/leaders', { items: [{ userId: LEADER, name: '李街道', title: '副主任', nodeName: '车站街道' }] }),
      route('POST', '/api/hotline/top-complexes/assign', {
        month: '2026-03',
        complexId: COMPLEX[0],
        complexName: '青秋家园',
        leader: { userId: LEADER, name: '李街道', note: '牵头整治', assignedAt: '2026-03-05T00:00:00.000Z', assignedByName: '王小梅' },
      }),
    );
    renderPage();
    await screen.findByText('青秋家园');
    expect(rowOf('龙潭小区').getByText('更换领导')).toBeTruthy();
    fireEvent.click(rowOf('青秋家园').getByText('指派包保领导'));

    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('指派包保领导：青秋家园')).toBeTruthy();
    await waitFor(() =>
      expect(api.calls.some((c) => c.url.pathname === '/api/hotline/top-complexes/leaders' && c.url.searchParams.get('complexId') === COMPLEX[0])).toBe(true),
    );
    fireEvent.mouseDown(dialog.getByRole('combobox'));
    fireEvent.click(await screen.findByText('李街道（副主任 · 车站街道）'));
    fireEvent.change(dialog.getByPlaceholderText(/牵头解决/), { target: { value: '牵头整治' } });
    fireEvent.click(dialog.getByRole('button', { name: '指派' }));

    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ complexId: COMPLEX[0], leaderUserId: LEADER, note: '牵头整治' });
    expect((post?.body as { month: string }).month).toMatch(/^\d{4}-\d{2}$/);
    expect(await screen.findByText('已指派 李街道 包保 青秋家园')).toBeTruthy();
  });
});
