import { describe, expect, it } from 'vitest';
import { heatColor, monthLabel, sortChildren, stateBars, tierSlices, trendOption, categoryOption } from './chart-options';
import { buildStats } from './stats-fixture';

describe('dashboard chart data', () => {
  it('labels months with the year on the first month and on January', () => {
    expect(monthLabel('2025-12', true)).toBe('2025年12月');
    expect(monthLabel('2025-11', false)).toBe('11月');
    expect(monthLabel('2026-01', false)).toBe('2026年1月');
  });

  it('draws received and closed as bars and on-time and overdue as lines, month by month', () => {
    const option = trendOption(buildStats().byMonth);
    const series = option.series as { name: string; type: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['受理', 'bar', [100, 120]],
      ['结案', 'bar', [90, 100]],
      ['按期结案', 'line', [80, 95]],
      ['超期', 'line', [5, 3]],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2025年12月', '2026年1月']);
  });

  it('puts the largest category on top of the bar chart', () => {
    const option = categoryOption([
      { categoryId: 'a', name: '路灯', received: 80 },
      { categoryId: null, name: '未分类', received: 30 },
    ]);
    expect((option.yAxis as { data: string[] }).data).toEqual(['未分类', '路灯']);
    expect((option.series as { data: number[] }[])[0].data).toEqual([30, 80]);
  });

  it('names tiers and states in workflow order and leaves out empty ones', () => {
    expect(
      tierSlices([
        { tier: 'street', count: 5 },
        { tier: 'grid', count: 40 },
        { tier: 'community', count: 0 },
      ]),
    ).toEqual([
      { name: '网格', value: 40 },
      { name: '街道', value: 5 },
    ]);
    expect(stateBars(buildStats().byState)).toEqual([
      { name: '待受理', value: 3 },
      { name: '处置中', value: 7 },
    ]);
  });

  it('orders the heat table by overdue, by received or by worst on-time rate', () => {
    const rows = [
      { nodeId: 'a', name: 'A', kind: 'grid' as const, received: 10, closed: 5, onTimeClosureRate: 0.9, satisfactionRate: null, overdueOpen: 1 },
      { nodeId: 'b', name: 'B', kind: 'grid' as const, received: 30, closed: 5, onTimeClosureRate: null, satisfactionRate: null, overdueOpen: 0 },
      { nodeId: 'c', name: 'C', kind: 'grid' as const, received: 20, closed: 5, onTimeClosureRate: 0.5, satisfactionRate: null, overdueOpen: 4 },
    ];
    expect(sortChildren(rows, 'overdue').map((r) => r.name)).toEqual(['C', 'A', 'B']);
    expect(sortChildren(rows, 'received').map((r) => r.name)).toEqual(['B', 'C', 'A']);
    expect(sortChildren(rows, 'onTime').map((r) => r.name)).toEqual(['C', 'A', 'B']);
    expect(rows.map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });

  it('shades heat cells from clear at zero to deep at the maximum', () => {
    expect(heatColor(0, 10, '255,77,79')).toBe('transparent');
    expect(heatColor(5, 0, '255,77,79')).toBe('transparent');
    expect(heatColor(10, 10, '255,77,79')).toBe('rgba(255,77,79,0.80)');
    expect(heatColor(2, 10, '255,77,79')).toBe('rgba(255,77,79,0.28)');
  });
});
