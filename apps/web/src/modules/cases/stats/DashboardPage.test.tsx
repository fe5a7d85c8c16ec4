import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { DashboardPage } from './DashboardPage';
import { buildStats, IDS } from './stats-fixture';

// jsdom has no canvas: the chart wrapper is replaced; the chart data is tested in chart-options.test.
vi.mock('./EChart', () => ({ EChart: ({ label }: { label: string }) => <div data-testid="chart">{label}</div> }));

const community = buildStats({
  node: { id: IDS.qq, name: '青秋社区', kind: 'community' },
  byChild: [
    { nodeId: IDS.grid, name: '青秋第一网格', kind: 'grid', received: 50, closed: 40, onTimeClosureRate: null, satisfactionRate: null, overdueOpen: 1 },
  ],
});

function statsServer() {
  return (url: URL) => {
    if (url.pathname !== '/api/cases/stats') return undefined;
    const nodeId = url.searchParams.get('nodeId');
    if (!nodeId) return { body: buildStats() };
    if (nodeId === IDS.qq) return { body: community };
    return { status: 404, body: { code: 'NOT_FOUND', message: '节点不存在' } };
  };
}

function renderDashboard() {
  return render(
    <AppProviders client={createQueryClient()}>
      <MemoryRouter>
        <DashboardPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

const breadcrumb = () => within(screen.getByLabelText('下钻路径'));

// Whole pages with antd tables and pickers: the first render is slow in jsdom, more so on a busy machine.
describe('command-centre dashboard', { timeout: 60_000 }, () => {
  it('opens on the caller’s own node with its figures, charts and children', async () => {
    const api = fakeApi(route('GET', '/api/me', buildMe(['streetOfficer'])), route('GET', '/api/case-categories', { items: [] }), statsServer());
    renderDashboard();
    expect(await screen.findByText('龙潭社区')).toBeTruthy();
    expect(breadcrumb().getByText('车站街道')).toBeTruthy();
    expect(screen.getByText('社区热力（点击下钻）')).toBeTruthy();
    expect(screen.getAllByTestId('chart').length).toBe(4);
    expect(screen.getByText('11 件')).toBeTruthy();
    const first = api.calls.find((c) => c.url.pathname === '/api/cases/stats');
    expect(first?.url.searchParams.get('nodeId')).toBeNull();
  });

  it('drills down into a child when its row is clicked and climbs back up by the breadcrumb', async () => {
    const api = fakeApi(route('GET', '/api/case-categories', { items: [] }), statsServer());
    renderDashboard();
    const row = (await screen.findByText('青秋社区')).closest('tr') as HTMLElement;
    fireEvent.click(row);

    expect(await screen.findByText('青秋第一网格')).toBeTruthy();
    expect(api.calls.some((c) => c.url.pathname === '/api/cases/stats' && c.url.searchParams.get('nodeId') === IDS.qq)).toBe(true);
    expect(screen.getByText('网格热力（点击下钻）')).toBeTruthy();
    expect(breadcrumb().getByText('车站街道')).toBeTruthy();
    expect(breadcrumb().getByText('青秋社区')).toBeTruthy();

    fireEvent.click(breadcrumb().getByText('车站街道'));
    expect(await screen.findByText('龙潭社区')).toBeTruthy();
    expect(breadcrumb().queryByText('青秋社区')).toBeNull();
  });

  it('sorts the heat table by open overdue cases first', async () => {
    fakeApi(route('GET', '/api/case-categories', { items: [] }), statsServer());
    renderDashboard();
    await screen.findByText('龙潭社区');
    const names = [...document.querySelectorAll('.ant-table-tbody tr')].map((tr) => tr.querySelector('td')?.textContent);
    expect(names).toEqual(['龙潭社区', '青秋社区']);
  });

  it('exports the node and period on screen as Excel', async () => {
    const api = fakeApi(route('GET', '/api/case-categories', { items: [] }), statsServer());
    URL.createObjectURL = vi.fn(() => 'blob:stats');
    URL.revokeObjectURL = vi.fn();
    renderDashboard();
    fireEvent.click(await screen.findByText('青秋社区'));
    await screen.findByText('青秋第一网格');
    fireEvent.click(screen.getByRole('button', { name: /导出Excel/ }));
    await waitFor(() => expect(api.calls.some((c) => c.url.searchParams.get('format') === 'xlsx')).toBe(true));
    const exported = api.calls.find((c) => c.url.searchParams.get('format') === 'xlsx');
    expect(exported?.url.searchParams.get('nodeId')).toBe(IDS.qq);
  });

  it('says so when a period has no cases, and shows "—" for every rate', async () => {
    const empty = buildStats({
      counts: Object.fromEntries(Object.keys(buildStats().counts).map((k) => [k, 0])) as ReturnType<typeof buildStats>['counts'],
      figures: Object.fromEntries(Object.keys(buildStats().figures).map((k) => [k, null])) as ReturnType<typeof buildStats>['figures'],
      byMonth: [{ month: '2026-01', received: 0, closed: 0, closedOnTime: 0, overdue: 0 }],
      byChild: [],
      byCategory: [],
      byState: [],
      byTier: [],
    });
    fakeApi(route('GET', '/api/case-categories', { items: [] }), route('GET', '/api/cases/stats', empty));
    renderDashboard();
    expect(await screen.findByText('所选期间和范围内没有案件')).toBeTruthy();
    expect(screen.queryAllByTestId('chart')).toHaveLength(0);
    expect(screen.getByRole('region', { name: '结案率' }).textContent).toContain('—');
  });

  it('shows the server’s message with a retry when the figures cannot be loaded', async () => {
    fakeApi(
      route('GET', '/api/case-categories', { items: [] }),
      route('GET', '/api/cases/stats', { code: 'UNAVAILABLE', message: '数据库暂时无法访问，请稍后重试' }, 503),
    );
    renderDashboard();
    expect(await screen.findByText('数据库暂时无法访问，请稍后重试')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('says calmly 无权查看, with no retry, when the post may not read the figures', async () => {
    fakeApi(
      route('GET', '/api/case-categories', { items: [] }),
      route('GET', '/api/cases/stats', { code: 'FORBIDDEN', message: '您的岗位没有查看案件统计的权限' }, 403),
    );
    renderDashboard();
    expect(await screen.findByText('无权查看')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });
});
