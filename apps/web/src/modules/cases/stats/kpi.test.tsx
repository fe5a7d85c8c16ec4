import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { ClosureSpeed } from './ClosureSpeed';
import { KpiCards } from './KpiCards';
import { buildKpis, closureSpeeds, formatChange, formatRate, periodText } from './kpi';
import { buildStats } from './stats-fixture';

function renderWithProviders(node: React.ReactNode) {
  return render(<AppProviders client={createQueryClient()}>{node}</AppProviders>);
}

function kpiValue(label: string): string {
  const card = screen.getByRole('region', { name: label });
  return card.querySelector('[data-kpi-value]')?.textContent ?? '';
}

describe('KPI figures', () => {
  it('formats rates with one decimal and a missing denominator as "—", never 0%', () => {
    expect(formatRate(0.8765)).toBe('87.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBe('—');
  });

  it('formats changes with their direction', () => {
    expect(formatChange(0.1228)).toEqual({ direction: 'up', text: '+12.3%' });
    expect(formatChange(-0.1773)).toEqual({ direction: 'down', text: '−17.7%' });
    expect(formatChange(0)).toEqual({ direction: 'flat', text: '持平' });
    expect(formatChange(null)).toMatchObject({ direction: null, text: '—' });
    // Nothing before: "—" whatever the ratio says, with the reason for the tooltip.
    expect(formatChange(22.2, 0)).toEqual({ direction: null, text: '—', note: '上期无数据，无法比较' });
    expect(formatChange(0.5, 10)).toEqual({ direction: 'up', text: '+50.0%' });
  });

  it('reads the exclusive end day of a period as the day before', () => {
    expect(periodText({ from: '2025-03-01', to: '2026-03-01' })).toBe('2025-03-01 至 2026-02-28');
  });

  it('lists counts first, then every rate with the counts behind it', () => {
    const kpis = buildKpis(buildStats());
    expect(kpis.map((k) => k.label)).toEqual([
      '受理数',
      '结案数',
      '结案率',
      '按期结案率',
      '满意率',
      '返工率',
      '响应率',
      '解决率',
      '网格内解决率',
      '吹哨按时报到率',
    ]);
    expect(kpis.find((k) => k.key === 'onTimeClosureRate')?.detail).toBe('按期结案数 850 / 应结案数 1,000');
  });

  it('measures the closure-speed shares against the 50% / 80% / 95% targets', () => {
    const speeds = closureSpeeds(buildStats());
    expect(speeds.map((s) => [s.label, s.value, s.met])).toEqual([
      ['当日结案', '60.0%', true],
      ['2日内结案', '77.8%', false],
      ['3日内结案', '97.8%', true],
    ]);
    const none = closureSpeeds(buildStats({ figures: { ...buildStats().figures, closedWithin1Day: null, closedWithin2Days: null, closedWithin3Days: null } }));
    expect(none.every((s) => s.value === '—' && s.met === null)).toBe(true);
  });
});

describe('KPI cards', () => {
  it('show the right percentages and "—" for rates without a denominator', () => {
    renderWithProviders(<KpiCards stats={buildStats()} />);
    expect(kpiValue('受理数')).toBe('1,234');
    expect(kpiValue('结案率')).toBe('90.0%');
    expect(kpiValue('按期结案率')).toBe('85.0%');
    expect(kpiValue('响应率')).toBe('97.2%');
    expect(kpiValue('返工率')).toBe('5.0%');
    expect(kpiValue('网格内解决率')).toBe('50.0%');
    expect(kpiValue('满意率')).toBe('—');
    expect(kpiValue('解决率')).toBe('—');
    expect(kpiValue('吹哨按时报到率')).toBe('—');
  });

  it('show month-over-month and year-over-year change of the counts, "—" when the earlier period had none', () => {
    renderWithProviders(<KpiCards stats={buildStats()} />);
    const received = within(screen.getByRole('region', { name: '受理数' }));
    expect(received.getByText(/\+12\.3%/)).toBeTruthy();
    expect(received.getByText(/−17\.7%/)).toBeTruthy();
    expect(received.getByLabelText('arrow-up')).toBeTruthy();
    expect(received.getByLabelText('arrow-down')).toBeTruthy();
    const closed = within(screen.getByRole('region', { name: '结案数' }));
    expect(screen.getByRole('region', { name: '结案数' }).textContent).toContain('环比 —');
    expect(closed.getByText(/−10\.0%/)).toBeTruthy();
    // Rates carry no change line.
    expect(within(screen.getByRole('region', { name: '结案率' })).queryByText('环比')).toBeNull();
  });

  it('show "—", not a huge red rise, when the earlier period had no cases, and say why', async () => {
    const stats = buildStats();
    // An earlier period without cases: whatever ratio arrives, there is nothing to compare with.
    stats.previous.monthOverMonth = { ...stats.previous.monthOverMonth, received: 0, receivedChange: 22.2 };
    renderWithProviders(<KpiCards stats={stats} />);
    const card = screen.getByRole('region', { name: '受理数' });
    expect(card.textContent).toContain('环比 —');
    expect(card.textContent).not.toContain('2220');
    expect(within(card).queryByLabelText('arrow-up')).toBeNull();
    fireEvent.mouseEnter(within(card).getByText('环比', { exact: false }));
    expect(await screen.findByText(/上期无数据，无法比较/)).toBeTruthy();
  });

  it('mark each closure-speed share as met or missed', () => {
    renderWithProviders(<ClosureSpeed stats={buildStats()} />);
    expect(within(screen.getByRole('region', { name: '当日结案' })).getByText('达标')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '2日内结案' })).getByText('未达标')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '2日内结案' })).getByText('77.8%')).toBeTruthy();
  });
});
