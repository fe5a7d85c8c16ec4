import { ArrowDownOutlined, ArrowUpOutlined, InfoCircleOutlined, MinusOutlined } from '@ant-design/icons';
import type { CaseStatsResponse } from '@linli/shared';
import { Tooltip } from 'antd';
import { SCREEN } from './chart-options';
import { buildKpis, periodText, type Change, type Kpi } from './kpi';

function ChangeText({ label, change, period }: { label: string; change: Change; period: string }) {
  const icon =
    change.direction === 'up' ? (
      <ArrowUpOutlined />
    ) : change.direction === 'down' ? (
      <ArrowDownOutlined />
    ) : change.direction === 'flat' ? (
      <MinusOutlined />
    ) : null;
  // Red up, green down: the colours Chinese dashboards use for rise and fall.
  const color = change.direction === 'up' ? '#ff7875' : change.direction === 'down' ? '#73d13d' : SCREEN.muted;
  return (
    <Tooltip title={`${label}：与 ${period} 相比${change.note ? `（${change.note}）` : ''}`}>
      <span style={{ whiteSpace: 'nowrap' }}>
        {label}{' '}
        <span style={{ color }}>
          {icon}
          {icon ? ' ' : ''}
          {change.text}
        </span>
      </span>
    </Tooltip>
  );
}

function KpiCard({ kpi, stats }: { kpi: Kpi; stats: CaseStatsResponse }) {
  return (
    <section
      aria-label={kpi.label}
      style={{
        padding: '8px 10px',
        borderRadius: 6,
        background: 'rgba(58,142,230,0.10)',
        border: '1px solid rgba(58,142,230,0.22)',
        minWidth: 0,
      }}
    >
      <div style={{ color: SCREEN.muted, fontSize: 12, display: 'flex', justifyContent: 'space-between', gap: 4 }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{kpi.label}</span>
        <Tooltip
          title={
            <>
              <div>{kpi.help}</div>
              <div>{kpi.detail}</div>
            </>
          }
        >
          <InfoCircleOutlined aria-label={`${kpi.label}说明`} />
        </Tooltip>
      </div>
      <div
        data-kpi-value
        style={{ color: kpi.value === '—' ? SCREEN.muted : '#fff', fontSize: 22, fontWeight: 600, lineHeight: '30px', fontVariantNumeric: 'tabular-nums' }}
      >
        {kpi.value}
      </div>
      <div style={{ color: SCREEN.muted, fontSize: 11, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} title={kpi.detail}>
        {kpi.short}
      </div>
      {kpi.monthOverMonth && kpi.yearOverYear && (
        <div style={{ color: SCREEN.muted, fontSize: 12, display: 'flex', flexWrap: 'wrap', columnGap: 10, marginTop: 2 }}>
          <ChangeText label="环比" change={kpi.monthOverMonth} period={periodText(stats.previous.monthOverMonth.period)} />
          <ChangeText label="同比" change={kpi.yearOverYear} period={periodText(stats.previous.yearOverYear.period)} />
        </div>
      )}
    </section>
  );
}

/** The headline figures: counts with month-over-month and year-over-year change, and every rate ("—" when it has no denominator). */
export function KpiCards({ stats }: { stats: CaseStatsResponse }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(124px, 1fr))', gap: 8 }}>
      {buildKpis(stats).map((k) => (
        <KpiCard key={k.key} kpi={k} stats={stats} />
      ))}
    </div>
  );
}
