import { CASE_STATE_LABELS, CASE_STATES, CASE_TIER_LABELS, CASE_TIERS, type CaseStatsResponse } from '@linli/shared';
import type { ChartOption } from './chart-option';

/** Colours of the dark command-centre screen, shared by the charts and the page. */
export const SCREEN = {
  text: 'rgba(255,255,255,0.85)',
  muted: 'rgba(255,255,255,0.55)',
  axis: 'rgba(255,255,255,0.25)',
  split: 'rgba(255,255,255,0.08)',
  received: '#3a8ee6',
  closed: '#36cfc9',
  onTime: '#95de64',
  overdue: '#ff4d4f',
  warning: '#faad14',
  gold: '#f5c042',
} as const;

const tooltip = { backgroundColor: 'rgba(10,22,45,0.92)', borderColor: SCREEN.axis, textStyle: { color: SCREEN.text } };
const axisLabel = { color: SCREEN.muted };
const axisLine = { lineStyle: { color: SCREEN.axis } };
const splitLine = { lineStyle: { color: SCREEN.split } };

/** "2026-03" → "3月"; January and the first month carry the year ("2026年1月") so a long period stays readable. */
export function monthLabel(month: string, first: boolean): string {
  const [year, mon] = month.split('-').map(Number);
  return first || mon === 1 ? `${year}年${mon}月` : `${mon}月`;
}

/** Monthly trend: received and closed as bars, closed on time and overdue as lines. */
export function trendOption(byMonth: CaseStatsResponse['byMonth']): ChartOption {
  const series = [
    { name: '受理', key: 'received', color: SCREEN.received, type: 'bar' },
    { name: '结案', key: 'closed', color: SCREEN.closed, type: 'bar' },
    { name: '按期结案', key: 'closedOnTime', color: SCREEN.onTime, type: 'line' },
    { name: '超期', key: 'overdue', color: SCREEN.overdue, type: 'line' },
  ] as const;
  return {
    color: series.map((s) => s.color),
    tooltip: { ...tooltip, trigger: 'axis' },
    legend: { top: 0, textStyle: { color: SCREEN.text }, itemWidth: 14, itemHeight: 8 },
    grid: { left: 8, right: 12, top: 32, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: byMonth.map((m, i) => monthLabel(m.month, i === 0)), axisLabel, axisLine },
    yAxis: { type: 'value', minInterval: 1, axisLabel, splitLine },
    series: series.map((s) =>
      s.type === 'bar'
        ? { name: s.name, type: 'bar', barMaxWidth: 18, data: byMonth.map((m) => m[s.key]) }
        : { name: s.name, type: 'line', smooth: true, symbolSize: 6, data: byMonth.map((m) => m[s.key]) },
    ),
  };
}

/** Category mix: the top categories by cases received, largest on top. */
export function categoryOption(byCategory: CaseStatsResponse['byCategory']): ChartOption {
  const rows = [...byCategory].reverse();
  return {
    tooltip: { ...tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 36, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel, splitLine },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { ...axisLabel, width: 84, overflow: 'truncate' }, axisLine },
    series: [
      {
        name: '受理',
        type: 'bar',
        barMaxWidth: 14,
        itemStyle: { color: SCREEN.gold, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: SCREEN.text },
        data: rows.map((r) => r.received),
      },
    ],
  };
}

/** The tiers present in the answer, lowest first, with their Chinese labels (zero tiers left out). */
export function tierSlices(byTier: CaseStatsResponse['byTier']): { name: string; value: number }[] {
  return CASE_TIERS.map((tier) => ({ name: CASE_TIER_LABELS[tier], value: byTier.find((t) => t.tier === tier)?.count ?? 0 })).filter((s) => s.value > 0);
}

/** Tier distribution of the closed cases (网格 / 社区 / 街道) as a ring. */
export function tierOption(byTier: CaseStatsResponse['byTier']): ChartOption {
  return {
    color: [SCREEN.closed, SCREEN.received, SCREEN.warning],
    tooltip: { ...tooltip, trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { bottom: 0, textStyle: { color: SCREEN.text }, itemWidth: 12, itemHeight: 8 },
    series: [
      {
        name: '办结层级',
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '45%'],
        label: { color: SCREEN.text, formatter: '{b}\n{d}%' },
        itemStyle: { borderColor: '#0d1f3c', borderWidth: 2 },
        data: tierSlices(byTier),
      },
    ],
  };
}

/** Open cases by state in workflow order, with their Chinese labels (states without cases left out). */
export function stateBars(byState: CaseStatsResponse['byState']): { name: string; value: number }[] {
  return CASE_STATES.map((state) => ({ name: CASE_STATE_LABELS[state], value: byState.find((s) => s.state === state)?.count ?? 0 })).filter((s) => s.value > 0);
}

/** Open cases by state (where the work is stuck right now). */
export function stateOption(byState: CaseStatsResponse['byState']): ChartOption {
  const bars = stateBars(byState);
  return {
    tooltip: { ...tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 20, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { ...axisLabel, interval: 0, rotate: bars.length > 5 ? 30 : 0 }, axisLine },
    yAxis: { type: 'value', minInterval: 1, axisLabel, splitLine },
    series: [
      {
        name: '在办案件',
        type: 'bar',
        barMaxWidth: 22,
        itemStyle: { color: SCREEN.received, borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', color: SCREEN.text },
        data: bars.map((b) => b.value),
      },
    ],
  };
}

/** How the grid-heat table is ordered. */
export type HeatSort = 'overdue' | 'received' | 'onTime';

type Child = CaseStatsResponse['byChild'][number];

/**
 * The child nodes for the heat table: by open overdue cases (then received), by received, or by
 * on-time closure rate worst first (nodes without a rate last). Ties keep the server's order.
 */
export function sortChildren(rows: readonly Child[], by: HeatSort): Child[] {
  const copy = [...rows];
  if (by === 'overdue') return copy.sort((a, b) => b.overdueOpen - a.overdueOpen || b.received - a.received);
  if (by === 'received') return copy.sort((a, b) => b.received - a.received || b.overdueOpen - a.overdueOpen);
  return copy.sort((a, b) => (a.onTimeClosureRate ?? 2) - (b.onTimeClosureRate ?? 2));
}

/** Background of a heat cell: transparent at 0, deepening towards `max`; `rgb` is the hue ("255,77,79"). */
export function heatColor(value: number, max: number, rgb: string): string {
  if (value <= 0 || max <= 0) return 'transparent';
  const alpha = 0.15 + 0.65 * Math.min(1, value / max);
  return `rgba(${rgb},${alpha.toFixed(2)})`;
}
