import { and, gte, inArray, lt, or, sql } from 'drizzle-orm';
import {
  NEED_DOMAINS,
  APPROVED_REGISTRATION_STATES,
  type CommunityStatsResponse,
  type DailyBulletinResponse,
  type DomainStatsResponse,
  type MonthlyReportResponse,
} from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { localDay } from '../../../platform/time/deadlines';
import { type Actor } from '../../../platform/auth/actor';
import { memberRegistrations } from '../claims.tables';
import { communityCounts, domainKey, needCountsBy, registrationCountsBy, sumNeeds, totalOf, withRate } from './claims-counts';
import { addDays, communitiesInScope, dayStart, monthPeriod, periodOf } from './claims-stats-period';

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The figures per community in the caller's scope over the period, with totals. */
export async function communityStats(deps: AppDeps, actor: Actor, query: { nodeId?: string; from?: string; to?: string }): Promise<CommunityStatsResponse> {
  const period = periodOf(nowOf(deps), query.from, query.to);
  const communities = await communitiesInScope(deps.db, actor, query.nodeId);
  const counts = await communityCounts(deps.db, communities, period);
  const rows = communities.map((c) => ({ communityId: c.id, communityName: c.name, ...counts.get(c.path)! }));
  return { from: period.from, to: period.to, rows, totals: totalOf(rows) };
}

/** The need figures per domain over the communities in scope. */
export async function domainStats(deps: AppDeps, actor: Actor, query: { nodeId?: string; from?: string; to?: string }): Promise<DomainStatsResponse> {
  const period = periodOf(nowOf(deps), query.from, query.to);
  const communities = await communitiesInScope(deps.db, actor, query.nodeId);
  const byDomain = sumNeeds(
    await needCountsBy(
      deps.db,
      communities.map((c) => c.path),
      period,
    ),
    domainKey,
  );
  const zero = withRate({ needsCollected: 0, needsClaimed: 0, needsReferred: 0, needsDone: 0 });
  return { from: period.from, to: period.to, rows: NEED_DOMAINS.map((domain) => ({ domain, ...(byDomain.get(domain) ?? zero) })) };
}

/** 日通报: member registration requests and approvals of one day, by community and work unit. */
export async function dailyBulletin(deps: AppDeps, actor: Actor, query: { date?: string; nodeId?: string }): Promise<DailyBulletinResponse> {
  const date = query.date ?? localDay(nowOf(deps));
  const start = dayStart(date);
  const end = dayStart(addDays(date, 1));
  const communities = await communitiesInScope(deps.db, actor, query.nodeId);
  const byPath = new Map(communities.map((c) => [c.path, c]));
  const rows = communities.length
    ? await deps.db
        .select({
          path: memberRegistrations.path,
          unitName: memberRegistrations.unitName,
          requested:
            sql<number>`count(*) filter (where ${memberRegistrations.requestedAt} >= ${start.toISOString()}::timestamptz and ${memberRegistrations.requestedAt} < ${end.toISOString()}::timestamptz)`.mapWith(
              Number,
            ),
          approved:
            sql<number>`count(*) filter (where ${inArray(memberRegistrations.state, [...APPROVED_REGISTRATION_STATES])} and ${memberRegistrations.decidedAt} >= ${start.toISOString()}::timestamptz and ${memberRegistrations.decidedAt} < ${end.toISOString()}::timestamptz)`.mapWith(
              Number,
            ),
        })
        .from(memberRegistrations)
        .where(
          and(
            inArray(memberRegistrations.path, [...byPath.keys()]),
            or(
              and(gte(memberRegistrations.requestedAt, start), lt(memberRegistrations.requestedAt, end)),
              and(gte(memberRegistrations.decidedAt, start), lt(memberRegistrations.decidedAt, end)),
            ),
          ),
        )
        .groupBy(memberRegistrations.path, memberRegistrations.unitName)
        .orderBy(memberRegistrations.path, memberRegistrations.unitName)
    : [];
  const items = rows
    .filter((r) => r.requested + r.approved > 0)
    .map((r) => ({
      communityId: byPath.get(r.path)!.id,
      communityName: byPath.get(r.path)!.name,
      unitName: r.unitName,
      requested: r.requested,
      approved: r.approved,
    }));
  return { date, rows: items, totals: { requested: items.reduce((a, r) => a + r.requested, 0), approved: items.reduce((a, r) => a + r.approved, 0) } };
}

/** 月报: units and members registered and active in one month, per community. */
export async function monthlyReport(deps: AppDeps, actor: Actor, query: { month?: string; nodeId?: string }): Promise<MonthlyReportResponse> {
  const month = query.month ?? localDay(nowOf(deps)).slice(0, 7);
  const period = monthPeriod(month);
  const communities = await communitiesInScope(deps.db, actor, query.nodeId);
  const { units, members } = await registrationCountsBy(
    deps.db,
    communities.map((c) => c.path),
    period,
  );
  const u = new Map(units.map((r) => [r.path, r]));
  const m = new Map(members.map((r) => [r.path, r]));
  return {
    month,
    rows: communities.map((c) => ({
      communityId: c.id,
      communityName: c.name,
      unitsRegistered: u.get(c.path)?.registered ?? 0,
      unitsActive: u.get(c.path)?.active ?? 0,
      membersRegistered: m.get(c.path)?.registered ?? 0,
      membersNew: m.get(c.path)?.newInPeriod ?? 0,
      membersActive: m.get(c.path)?.active ?? 0,
    })),
  };
}
