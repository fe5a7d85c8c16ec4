import {
  NEED_DOMAIN_LABELS,
  type CommunityClaimCounts,
  type CommunityStatsResponse,
  type DailyBulletinResponse,
  type DomainStatsResponse,
  type MonthlyReportResponse,
  type NeedCounts,
} from '@linli/shared';
import { buildWorkbook, type SheetColumn } from '../../../platform/excel/xlsx-writer';

const percent = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(1)}%`);
const needColumns = <T extends NeedCounts>(): SheetColumn<T>[] => [
  { header: '收集需求', value: (r) => r.needsCollected },
  { header: '单位认领', value: (r) => r.needsClaimed },
  { header: '联席会交办', value: (r) => r.needsReferred },
  { header: '已办结', value: (r) => r.needsDone },
  { header: '办结率', value: (r) => percent(r.completionRate) },
];

type CommunityRow = CommunityClaimCounts & { communityName: string };

/** 认领统计（按社区）workbook, totals as the last row. */
export function communityWorkbook(res: CommunityStatsResponse): Promise<Buffer> {
  const columns: SheetColumn<CommunityRow>[] = [
    { header: '社区', width: 16, value: (r) => r.communityName },
    ...needColumns<CommunityRow>(),
    { header: '心愿征集', value: (r) => r.wishesRaised },
    { header: '心愿认领', value: (r) => r.wishesClaimed },
    { header: '心愿圆梦', value: (r) => r.wishesFulfilled },
    { header: '报到单位', value: (r) => r.unitsRegistered },
    { header: '活跃单位', value: (r) => r.unitsActive },
    { header: '报到党员', value: (r) => r.membersRegistered },
    { header: '活跃党员', value: (r) => r.membersActive },
    { header: '积分发放', value: (r) => r.pointsIssued },
    { header: '积分兑换', value: (r) => r.pointsRedeemed },
    { header: '服务订单', value: (r) => r.orders },
    { header: '已评价订单', value: (r) => r.ordersRated },
    { header: '平均评分', value: (r) => (r.averageRating === null ? '' : Number(r.averageRating.toFixed(2))) },
  ];
  return buildWorkbook(`${res.from}至${res.to}`, columns, [...res.rows, { ...res.totals, communityName: '合计' }]);
}

/** 需求统计（按领域）workbook. */
export function domainWorkbook(res: DomainStatsResponse): Promise<Buffer> {
  type Row = DomainStatsResponse['rows'][number];
  return buildWorkbook('按领域', [{ header: '领域', width: 14, value: (r: Row) => NEED_DOMAIN_LABELS[r.domain] }, ...needColumns<Row>()], res.rows);
}

/** 日通报 workbook. */
export function dailyWorkbook(res: DailyBulletinResponse): Promise<Buffer> {
  type Row = DailyBulletinResponse['rows'][number];
  const columns: SheetColumn<Row>[] = [
    { header: '社区', width: 16, value: (r) => r.communityName },
    { header: '工作单位', width: 24, value: (r) => r.unitName },
    { header: '当日报到申请', value: (r) => r.requested },
    { header: '当日审核通过', value: (r) => r.approved },
  ];
  return buildWorkbook(res.date, columns, [...res.rows, { communityId: '', communityName: '合计', unitName: '', ...res.totals }]);
}

/** 月报 workbook. */
export function monthlyWorkbook(res: MonthlyReportResponse): Promise<Buffer> {
  type Row = MonthlyReportResponse['rows'][number];
  const columns: SheetColumn<Row>[] = [
    { header: '社区', width: 16, value: (r) => r.communityName },
    { header: '报到单位', value: (r) => r.unitsRegistered },
    { header: '本月活跃单位', value: (r) => r.unitsActive },
    { header: '报到党员', value: (r) => r.membersRegistered },
    { header: '本月新报到党员', value: (r) => r.membersNew },
    { header: '本月活跃党员', value: (r) => r.membersActive },
  ];
  return buildWorkbook(res.month, columns, res.rows);
}
