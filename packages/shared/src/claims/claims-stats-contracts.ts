import { z } from 'zod';
import { NEED_DOMAINS } from './claims-enums';

const count = z.number().int().min(0);
const rate = z.number().nullable();

/**
 * Query of the claims figures. `from`/`to` are Beijing calendar days and the period P is
 * [from, to) (`to` exclusive); default: this calendar month so far. `nodeId` is a street or
 * community inside the caller's staff scope (default: the caller's whole scope). `format=xlsx`
 * answers the same rows as an Excel workbook.
 */
export const claimsStatsQuery = z.object({
  nodeId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type ClaimsStatsQuery = z.input<typeof claimsStatsQuery>;

/** The need counts behind the needs figures, over one community or domain and the period P. */
export const needCounts = z.object({
  /** 收集: needs (ordinary and livelihood projects 民生项目) collected in P, whatever became of them. */
  needsCollected: count,
  /** 认领: of the needs collected in P, those a partner unit has ever claimed (a claim row exists, released or expired ones included). */
  needsClaimed: count,
  /** 交办: of the needs collected in P, those the street joint meeting referred to a department. */
  needsReferred: count,
  /** 办结: of the needs collected in P, those now done (claim confirmed, or the linked case closed). */
  needsDone: count,
  /** 办结率 = needsDone / needsCollected; null when nothing was collected. */
  completionRate: rate,
});
export type NeedCounts = z.infer<typeof needCounts>;

/** Everything counted per community over the period P (one row of the figures table). */
export const communityClaimCounts = needCounts.extend({
  /** 心愿征集: wishes created in P (raised by residents or entered by staff), whatever became of them. */
  wishesRaised: count,
  /** 心愿认领: of the wishes created in P, those ever claimed by a party member. */
  wishesClaimed: count,
  /** 心愿圆梦: of the wishes created in P, those now fulfilled or confirmed. */
  wishesFulfilled: count,
  /** 报到单位: partner units registered with the community before the end of P. */
  unitsRegistered: count,
  /**
   * 活跃单位: of those units, the ones with at least one claim or order activity in P — a timeline
   * entry recorded in P on a claim the unit holds, or on a service order the unit holds.
   */
  unitsActive: count,
  /** 报到党员: in-service party members whose registration with the community was approved before the end of P. */
  membersRegistered: count,
  /** 活跃党员: of those members, the ones who made at least one timeline entry in P on a wish, need, claim or order (any community). */
  membersActive: count,
  /** 积分发放: points credited (positive ledger lines) in P for activity in the community. */
  pointsIssued: count,
  /** 积分兑换: points spent on the community's rewards in P. */
  pointsRedeemed: count,
  /** 服务订单: service orders placed in P from the community's menu. */
  orders: count,
  /** 已评价订单: of the orders placed in P, those the resident has rated. */
  ordersRated: count,
  /** 平均评分: mean rating (1–5) of the rated orders placed in P; null when none. */
  averageRating: rate,
});
export type CommunityClaimCounts = z.infer<typeof communityClaimCounts>;

/** `GET /api/claims-stats/communities`: one row per community in scope, and the totals over them. */
export const communityStatsResponse = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(communityClaimCounts.extend({ communityId: z.string(), communityName: z.string() })),
  totals: communityClaimCounts,
});
export type CommunityStatsResponse = z.infer<typeof communityStatsResponse>;

/** `GET /api/claims-stats/domains`: the need counts per domain over the communities in scope. */
export const domainStatsResponse = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(needCounts.extend({ domain: z.enum(NEED_DOMAINS) })),
});
export type DomainStatsResponse = z.infer<typeof domainStatsResponse>;

/** `GET /api/claims-reports/daily` query: the day (Beijing), default today. */
export const dailyBulletinQuery = z.object({ date: z.iso.date().optional(), nodeId: z.uuid().optional(), format: z.enum(['json', 'xlsx']).default('json') });

/**
 * 日通报: per community and work unit, the in-service party members' registration requests made on
 * the day (`requested`, whatever their state now) and the registrations approved on the day (`approved`).
 * Rows with both zero are left out.
 */
export const dailyBulletinResponse = z.object({
  date: z.string(),
  rows: z.array(z.object({ communityId: z.string(), communityName: z.string(), unitName: z.string(), requested: count, approved: count })),
  totals: z.object({ requested: count, approved: count }),
});
export type DailyBulletinResponse = z.infer<typeof dailyBulletinResponse>;

/** `GET /api/claims-reports/monthly` query: the month (YYYY-MM, Beijing), default this month. */
export const monthlyReportQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-03')
    .optional(),
  nodeId: z.uuid().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

/**
 * 月报: per community, with P = the month — `unitsRegistered`, `unitsActive`, `membersRegistered`,
 * `membersActive` exactly as in {@link communityClaimCounts}, and `membersNew`: registrations approved in the month.
 */
export const monthlyReportResponse = z.object({
  month: z.string(),
  rows: z.array(
    z.object({
      communityId: z.string(),
      communityName: z.string(),
      unitsRegistered: count,
      unitsActive: count,
      membersRegistered: count,
      membersNew: count,
      membersActive: count,
    }),
  ),
});
export type MonthlyReportResponse = z.infer<typeof monthlyReportResponse>;
