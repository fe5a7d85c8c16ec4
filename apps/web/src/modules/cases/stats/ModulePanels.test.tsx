import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { deliberationAreaFiguresResponse, mediationAreaFiguresResponse, type DeliberationAreaFigures, type MediationAreaFiguresResponse } from '@linli/shared';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { DashboardPage } from './DashboardPage';
import { buildStats, IDS } from './stats-fixture';

vi.mock('./EChart', () => ({ EChart: ({ label }: { label: string }) => <div data-testid="chart">{label}</div> }));

const node = { id: IDS.street, name: '车站街道', kind: 'street' as const };
const period = { from: '2025-04-01', to: '2026-04-01' };

const delib = (required: number, held: number, collected: number, finished: number): DeliberationAreaFigures => ({
  meetings: { required, held, unclosed: 1 },
  suggestions: { collected, submitted: 58, passed: 49, done: 40, finished, solvedRate: collected ? finished / collected : null },
});
// Checked against the shared contracts, so a contract change breaks the fixture rather than the page.
const deliberation = deliberationAreaFiguresResponse.parse({
  node,
  period,
  total: delib(24, 21, 345, 300),
  children: [
    { nodeId: IDS.qq, name: '青秋社区', kind: 'community', figures: delib(12, 12, 200, 180) },
    { nodeId: IDS.lt, name: '龙潭社区', kind: 'community', figures: delib(12, 9, 145, 120) },
  ],
});
const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });
const mediationFigures = (agreed: number, ended: number): MediationAreaFiguresResponse['total'] => ({
  received: 120,
  concluded: ended,
  successRate: rate(agreed, ended),
  performanceRate: rate(40, 50),
  confirmationRate: rate(3, 10),
  onTimeRate: rate(90, 100),
  followUpRate: rate(0, 0),
  preLitigationRate: rate(2, 3),
  sources: { application: 70, initiative: 20, screening: 30, police: 0, courtDelegated: 0, courtEntrusted: 0, petition: 0 },
  screeningRounds: 4,
  screeningFound: 30,
});
const mediation = mediationAreaFiguresResponse.parse({
  node,
  period,
  total: mediationFigures(115, 120),
  children: [
    { nodeId: IDS.qq, name: '青秋社区', kind: 'community', figures: mediationFigures(60, 62) },
    { nodeId: IDS.lt, name: '龙潭社区', kind: 'community', figures: mediationFigures(55, 58) },
  ],
});

function server(role: Parameters<typeof buildMe>[0]) {
  return fakeApi(
    route('GET', '/api/me', buildMe(role)),
    route('GET', '/api/case-categories', { items: [] }),
    route('GET', '/api/deliberation-figures/areas', deliberation),
    route('GET', '/api/mediation-figures/areas', mediation),
    (url: URL) => (url.pathname === '/api/cases/stats' ? { body: buildStats() } : undefined),
  );
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

/** The panel titled `title`, once its figures have come (`shown` is one of them). */
const panel = async (title: RegExp, shown: string) => {
  await screen.findByText(shown);
  return screen.getByText(title).closest('.ant-card') as HTMLElement;
};

describe('the 协商议事 and 人民调解 panels of the command centre', { timeout: 60_000 }, () => {
  it("asks for the screen's node and period and shows each module's figures, counts and rates only", async () => {
    const api = server(['streetOfficer']);
    renderDashboard();
    const d = within(await panel(/^协商议事/, '21/24'));
    expect(d.getByText('21/24')).toBeTruthy();
    expect(d.getByText('漏开 3 次')).toBeTruthy();
    expect(d.getByText('87%')).toBeTruthy();
    expect(d.getByLabelText('建议办理漏斗').textContent).toBe('收集 345→提交业主大会 58→通过 49→完成 40');
    const m = within(await panel(/^人民调解/, '115/120 件'));
    expect(m.getByText('调解成功率')).toBeTruthy();
    expect(m.getByText('95.8%')).toBeTruthy();
    expect(m.getByText('115/120 件')).toBeTruthy();
    expect(m.getByText('期内无可计件数')).toBeTruthy();
    const areaCall = api.calls.find((c) => c.url.pathname === '/api/mediation-figures/areas');
    expect(Object.fromEntries(areaCall!.url.searchParams)).toEqual({ nodeId: IDS.street, ...period });
  });

  it('drills the whole screen into a community from either panel, and links each figure to its records', async () => {
    const api = server(['streetOfficer']);
    renderDashboard();
    const m = within(await panel(/^人民调解/, '115/120 件'));
    expect(m.getByText('当事人申请 70').closest('a')?.getAttribute('href')).toBe('/mediation/disputes?source=application');
    expect(m.getAllByRole('link', { name: /调解成功率/ })[0].getAttribute('href')).toBe('/mediation/figures');
    const d = within(await panel(/^协商议事/, '21/24'));
    expect(d.getByRole('link', { name: /议事会 实开\/应开/ }).getAttribute('href')).toBe('/deliberation/reports');
    fireEvent.click(d.getByText('龙潭社区').closest('tr') as HTMLElement);
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname === '/api/cases/stats' && c.url.searchParams.get('nodeId') === IDS.lt)).toBe(true));
  });

  it("shows no module panel on a department's screen (meetings and disputes belong to areas) and asks nothing for it", async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['departmentStaff'])),
      route('GET', '/api/case-categories', { items: [] }),
      route('GET', '/api/cases/stats', buildStats({ node: { id: IDS.grid, name: '城管局', kind: 'department' }, byChild: [] })),
    );
    renderDashboard();
    expect(await screen.findByText('城管局')).toBeTruthy();
    expect(screen.queryByText(/^协商议事/)).toBeNull();
    expect(screen.queryByText(/^人民调解/)).toBeNull();
    expect(api.calls.some((c) => c.url.pathname.includes('-figures/areas'))).toBe(false);
  });
});
