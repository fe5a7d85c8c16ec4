import {
  NEED_DOMAIN_LABELS,
  type CommunityStatsResponse,
  type DailyBulletinResponse,
  type DomainStatsResponse,
  type MonthlyReportResponse,
} from '@linli/shared';
import { Empty, Table, type TableColumnsType } from 'antd';
import { formatRate, formatRating } from './report-format';

type CommunityRow = CommunityStatsResponse['rows'][number];

const communityColumns: TableColumnsType<CommunityRow> = [
  // Narrow number columns with titles that wrap: all 17 figures fit 1366 px (e2e/console-fit.spec.ts) without a sideways scroll.
  { title: '社区', dataIndex: 'communityName', width: 96 },
  {
    title: '需求',
    children: [
      { title: '收集', dataIndex: 'needsCollected', width: 58 },
      { title: '认领', dataIndex: 'needsClaimed', width: 58 },
      { title: '交办', dataIndex: 'needsReferred', width: 58 },
      { title: '办结', dataIndex: 'needsDone', width: 58 },
      { title: '办结率', dataIndex: 'completionRate', width: 58, render: formatRate },
    ],
  },
  {
    title: '微心愿',
    children: [
      { title: '征集', dataIndex: 'wishesRaised', width: 58 },
      { title: '认领', dataIndex: 'wishesClaimed', width: 58 },
      { title: '圆梦', dataIndex: 'wishesFulfilled', width: 58 },
    ],
  },
  {
    title: '双报到',
    children: [
      { title: '报到单位', dataIndex: 'unitsRegistered', width: 58 },
      { title: '活跃单位', dataIndex: 'unitsActive', width: 58 },
      { title: '报到党员', dataIndex: 'membersRegistered', width: 58 },
      { title: '活跃党员', dataIndex: 'membersActive', width: 58 },
    ],
  },
  {
    title: '积分',
    children: [
      { title: '发放', dataIndex: 'pointsIssued', width: 58 },
      { title: '兑换', dataIndex: 'pointsRedeemed', width: 58 },
    ],
  },
  {
    title: '服务订单',
    children: [
      { title: '下单', dataIndex: 'orders', width: 58 },
      { title: '已评价', dataIndex: 'ordersRated', width: 58 },
      { title: '平均评分', dataIndex: 'averageRating', width: 58, render: formatRating },
    ],
  },
];

const noData = (text: string) => ({ emptyText: <Empty description={text} /> });

/** 按社区 figures with a 合计 row. */
export function CommunityTable({ data, loading }: { data?: CommunityStatsResponse; loading: boolean }) {
  const rows = data ? [...data.rows, { ...data.totals, communityId: 'total', communityName: '合计' }] : [];
  return (
    <Table
      rowKey="communityId"
      size="small"
      bordered
      columns={communityColumns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      locale={noData('您的管辖范围内还没有社区')}
    />
  );
}

type DomainRow = DomainStatsResponse['rows'][number];
const domainColumns: TableColumnsType<DomainRow> = [
  { title: '领域', dataIndex: 'domain', render: (d: DomainRow['domain']) => NEED_DOMAIN_LABELS[d] },
  { title: '收集', dataIndex: 'needsCollected' },
  { title: '认领', dataIndex: 'needsClaimed' },
  { title: '交办', dataIndex: 'needsReferred' },
  { title: '办结', dataIndex: 'needsDone' },
  { title: '办结率', dataIndex: 'completionRate', render: formatRate },
];

/** 按领域 need figures. */
export function DomainTable({ data, loading }: { data?: DomainStatsResponse; loading: boolean }) {
  return <Table rowKey="domain" size="small" columns={domainColumns} dataSource={data?.rows ?? []} loading={loading} pagination={false} />;
}

type DailyRow = DailyBulletinResponse['rows'][number];
const dailyColumns: TableColumnsType<DailyRow> = [
  { title: '社区', dataIndex: 'communityName' },
  { title: '工作单位', dataIndex: 'unitName' },
  { title: '当日报到申请', dataIndex: 'requested' },
  { title: '当日审核通过', dataIndex: 'approved' },
];

/** 日通报 rows. */
export function DailyTable({ data, loading }: { data?: DailyBulletinResponse; loading: boolean }) {
  return (
    <Table
      rowKey={(r) => `${r.communityId}-${r.unitName}`}
      size="small"
      columns={dailyColumns}
      dataSource={data?.rows ?? []}
      loading={loading}
      pagination={false}
      locale={noData('当天没有在职党员报到申请或审核，换一天看看')}
    />
  );
}

type MonthlyRow = MonthlyReportResponse['rows'][number];
const monthlyColumns: TableColumnsType<MonthlyRow> = [
  { title: '社区', dataIndex: 'communityName' },
  { title: '报到单位', dataIndex: 'unitsRegistered' },
  { title: '本月活跃单位', dataIndex: 'unitsActive' },
  { title: '报到党员', dataIndex: 'membersRegistered' },
  { title: '本月新报到', dataIndex: 'membersNew' },
  { title: '本月活跃党员', dataIndex: 'membersActive' },
];

/** 月报 rows. */
export function MonthlyTable({ data, loading }: { data?: MonthlyReportResponse; loading: boolean }) {
  return (
    <Table
      rowKey="communityId"
      size="small"
      columns={monthlyColumns}
      dataSource={data?.rows ?? []}
      loading={loading}
      pagination={false}
      locale={noData('您的管辖范围内还没有社区')}
    />
  );
}
