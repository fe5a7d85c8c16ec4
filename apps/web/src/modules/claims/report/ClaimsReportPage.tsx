import { Card, DatePicker, Space, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ExportButton } from '../../../ui/export/ExportButton';
import { reportPaths, useCommunityStats, useDailyBulletin, useDomainStats, useMonthlyReport, type Period } from './report-queries';
import { CommunityTable, DailyTable, DomainTable, MonthlyTable } from './ReportTables';

function ExportFile({ path, name }: { path: string; name: string }) {
  return <ExportButton target={{ file: { href: path, name } }} />;
}

function Section({ title, extra, error, onRetry, children }: { title: string; extra: ReactNode; error: unknown; onRetry: () => void; children: ReactNode }) {
  return (
    <Card title={title} extra={extra} style={{ marginBottom: 16 }}>
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : children}
    </Card>
  );
}

function FiguresTab() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  // The picker shows the last day included; the API's `to` is the day after it.
  const period: Period = { from: range[0].format('YYYY-MM-DD'), to: range[1].add(1, 'day').format('YYYY-MM-DD') };
  const communities = useCommunityStats(period);
  const domains = useDomainStats(period);
  const label = `${period.from}至${range[1].format('YYYY-MM-DD')}`;
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>统计区间</Typography.Text>
        <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
      </Space>
      <Section
        title="按社区"
        extra={<ExportFile path={reportPaths.communities(period, 'xlsx')} name={`认领统计-按社区-${label}.xlsx`} />}
        error={communities.error}
        onRetry={() => void communities.refetch()}
      >
        <CommunityTable data={communities.data} loading={communities.isPending} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          需求、心愿、订单按区间内收集（下单）的条目统计其后续情况；活跃单位、活跃党员指区间内至少有一次认领或服务记录。合计行按各社区相加，一个单位在两个社区报到会计两次。
        </Typography.Paragraph>
      </Section>
      <Section
        title="需求按领域"
        extra={<ExportFile path={reportPaths.domains(period, 'xlsx')} name={`需求统计-按领域-${label}.xlsx`} />}
        error={domains.error}
        onRetry={() => void domains.refetch()}
      >
        <DomainTable data={domains.data} loading={domains.isPending} />
      </Section>
    </>
  );
}

function BulletinTab() {
  const [day, setDay] = useState(dayjs());
  const [month, setMonth] = useState(dayjs());
  const date = day.format('YYYY-MM-DD');
  const ym = month.format('YYYY-MM');
  const daily = useDailyBulletin(date);
  const monthly = useMonthlyReport(ym);
  return (
    <>
      <Section
        title="双报到日通报"
        extra={
          <Space>
            <DatePicker value={day} allowClear={false} onChange={(v) => v && setDay(v)} />
            <ExportFile path={reportPaths.daily(date, 'xlsx')} name={`双报到日通报-${date}.xlsx`} />
          </Space>
        }
        error={daily.error}
        onRetry={() => void daily.refetch()}
      >
        <DailyTable data={daily.data} loading={daily.isPending} />
        {daily.data && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            当日共 {daily.data.totals.requested} 人申请报到，{daily.data.totals.approved} 人审核通过。
          </Typography.Paragraph>
        )}
      </Section>
      <Section
        title="双报到月报"
        extra={
          <Space>
            <DatePicker picker="month" value={month} allowClear={false} onChange={(v) => v && setMonth(v)} />
            <ExportFile path={reportPaths.monthly(ym, 'xlsx')} name={`双报到月报-${ym}.xlsx`} />
          </Space>
        }
        error={monthly.error}
        onRetry={() => void monthly.refetch()}
      >
        <MonthlyTable data={monthly.data} loading={monthly.isPending} />
      </Section>
    </>
  );
}

/** 认领统计: needs, wishes, dual registration, points and orders per community and domain, plus the daily bulletin and monthly report, each exportable to Excel. */
export function ClaimsReportPage() {
  return (
    <>
      <PageHeader title="认领统计" description="数据均来自系统中的认领、服务和报到记录，只统计您管辖范围内的社区。" />
      <Tabs
        items={[
          { key: 'figures', label: '统计报表', children: <FiguresTab /> },
          { key: 'bulletin', label: '日通报与月报', children: <BulletinTab /> },
        ]}
      />
    </>
  );
}
