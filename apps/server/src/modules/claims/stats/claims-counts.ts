import { and, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import {
  APPROVED_REGISTRATION_STATES,
  DONE_NEED_STATES,
  FULFILLED_WISH_STATES,
  RATED_ORDER_STATES,
  type CommunityClaimCounts,
  type NeedCounts,
  type NeedDomain,
} from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import {
  claimEvents,
  claims,
  memberRegistrations,
  needReferrals,
  needs,
  pointLedger,
  redemptions,
  serviceOrders,
  unitRegistrations,
  wishes,
} from '../claims.tables';
import type { CommunityNode, Period } from './claims-stats-period';

/** The community path (`/district/street/community/`) of a path at or below a community, in SQL. */
function communityOf(column: SQL | Parameters<typeof sql>[1]): SQL<string> {
  return sql<string>`'/' || split_part(${column}, '/', 2) || '/' || split_part(${column}, '/', 3) || '/' || split_part(${column}, '/', 4) || '/'`;
}

const n = (expr: SQL) => sql<number>`${expr}`.mapWith(Number);
const within = (column: Parameters<typeof gte>[0], p: Period) => and(gte(column, p.start), lt(column, p.end)) as SQL;

/** Need counts per community path and domain over P (definitions: `needCounts` in the shared contract). */
export async function needCountsBy(db: DbOrTx, paths: string[], p: Period) {
  if (!paths.length) return [];
  return db
    .select({
      path: needs.path,
      domain: needs.domain,
      collected: n(sql`count(*)`),
      claimed: n(sql`count(*) filter (where exists (select 1 from ${claims} where ${claims.itemKind} = 'need' and ${claims.itemId} = ${needs.id}))`),
      referred: n(sql`count(*) filter (where exists (select 1 from ${needReferrals} where ${needReferrals.needId} = ${needs.id}))`),
      done: n(sql`count(*) filter (where ${inArray(needs.state, [...DONE_NEED_STATES])})`),
    })
    .from(needs)
    .where(and(inArray(needs.path, paths), within(needs.createdAt, p)))
    .groupBy(needs.path, needs.domain);
}

/** Completion rate = done / collected, null when nothing was collected. */
export function withRate(c: Omit<NeedCounts, 'completionRate'>): NeedCounts {
  return { ...c, completionRate: c.needsCollected ? c.needsDone / c.needsCollected : null };
}

/** Sums need rows into NeedCounts keyed by `key`. */
export function sumNeeds<K>(rows: Awaited<ReturnType<typeof needCountsBy>>, key: (r: { path: string; domain: string }) => K): Map<K, NeedCounts> {
  const sums = new Map<K, Omit<NeedCounts, 'completionRate'>>();
  for (const r of rows) {
    const s = sums.get(key(r)) ?? { needsCollected: 0, needsClaimed: 0, needsReferred: 0, needsDone: 0 };
    sums.set(key(r), {
      needsCollected: s.needsCollected + r.collected,
      needsClaimed: s.needsClaimed + r.claimed,
      needsReferred: s.needsReferred + r.referred,
      needsDone: s.needsDone + r.done,
    });
  }
  return new Map([...sums].map(([k, v]) => [k, withRate(v)]));
}

/** Unit and member counts per community over P (definitions in `communityClaimCounts`). */
export async function registrationCountsBy(db: DbOrTx, paths: string[], p: Period) {
  if (!paths.length) return { units: [], members: [] };
  const inPeriod = sql`e.at >= ${p.start.toISOString()}::timestamptz and e.at < ${p.end.toISOString()}::timestamptz`;
  // From the unit's own claims and orders to their events (indexes of 0013), never from every event of the period to the unit.
  const unitActive = sql`(exists (select 1 from ${claims} c where c.claimant_unit_id = ${unitRegistrations.unitId}
      and exists (select 1 from ${claimEvents} e where e.claim_id = c.id and ${inPeriod}))
    or exists (select 1 from ${serviceOrders} o where o.taker_unit_id = ${unitRegistrations.unitId}
      and exists (select 1 from ${claimEvents} e where e.subject_kind = 'order' and e.subject_id = o.id and ${inPeriod})))`;
  const units = await db
    .select({
      path: unitRegistrations.path,
      registered: n(sql`count(distinct ${unitRegistrations.unitId})`),
      active: n(sql`count(distinct ${unitRegistrations.unitId}) filter (where ${unitActive})`),
    })
    .from(unitRegistrations)
    .where(and(inArray(unitRegistrations.path, paths), lt(unitRegistrations.registeredAt, p.end)))
    .groupBy(unitRegistrations.path);
  const memberActive = sql`exists (select 1 from ${claimEvents} e where e.actor_user_id = ${memberRegistrations.userId} and e.subject_kind <> 'registration' and ${inPeriod})`;
  const members = await db
    .select({
      path: memberRegistrations.path,
      registered: n(sql`count(distinct ${memberRegistrations.userId})`),
      active: n(sql`count(distinct ${memberRegistrations.userId}) filter (where ${memberActive})`),
      newInPeriod: n(sql`count(distinct ${memberRegistrations.userId}) filter (where ${memberRegistrations.decidedAt} >= ${p.start})`),
    })
    .from(memberRegistrations)
    .where(
      and(
        inArray(memberRegistrations.path, paths),
        inArray(memberRegistrations.state, [...APPROVED_REGISTRATION_STATES]),
        lt(memberRegistrations.decidedAt, p.end),
      ),
    )
    .groupBy(memberRegistrations.path);
  return { units, members };
}

/** Every count of `communityClaimCounts`, per community, over P. */
export async function communityCounts(db: DbOrTx, communities: CommunityNode[], p: Period): Promise<Map<string, CommunityClaimCounts>> {
  const paths = communities.map((c) => c.path);
  if (!paths.length) return new Map();
  const ledgerCommunity = communityOf(pointLedger.path);
  const redemptionCommunity = communityOf(redemptions.path);
  const [needRows, wishRows, regs, issued, redeemed, orderRows] = await Promise.all([
    needCountsBy(db, paths, p),
    db
      .select({
        path: wishes.path,
        raised: n(sql`count(*)`),
        claimed: n(sql`count(*) filter (where exists (select 1 from ${claims} where ${claims.itemKind} = 'wish' and ${claims.itemId} = ${wishes.id}))`),
        fulfilled: n(sql`count(*) filter (where ${inArray(wishes.state, [...FULFILLED_WISH_STATES])})`),
      })
      .from(wishes)
      .where(and(inArray(wishes.path, paths), within(wishes.createdAt, p)))
      .groupBy(wishes.path),
    registrationCountsBy(db, paths, p),
    db
      .select({ path: ledgerCommunity, points: n(sql`coalesce(sum(${pointLedger.delta}) filter (where ${pointLedger.delta} > 0), 0)`) })
      .from(pointLedger)
      .where(and(inArray(ledgerCommunity, paths), within(pointLedger.at, p)))
      .groupBy(ledgerCommunity),
    db
      .select({ path: redemptionCommunity, points: n(sql`coalesce(sum(${redemptions.cost}), 0)`) })
      .from(redemptions)
      .where(and(inArray(redemptionCommunity, paths), within(redemptions.at, p)))
      .groupBy(redemptionCommunity),
    db
      .select({
        path: serviceOrders.path,
        orders: n(sql`count(*)`),
        rated: n(sql`count(*) filter (where ${inArray(serviceOrders.state, [...RATED_ORDER_STATES])})`),
        ratingSum: n(sql`coalesce(sum(${serviceOrders.rating}) filter (where ${inArray(serviceOrders.state, [...RATED_ORDER_STATES])}), 0)`),
      })
      .from(serviceOrders)
      .where(and(inArray(serviceOrders.path, paths), within(serviceOrders.orderedAt, p)))
      .groupBy(serviceOrders.path),
  ]);
  const needsBy = sumNeeds(needRows, (r) => r.path);
  const byPath = <T extends { path: string }>(rows: T[]) => new Map(rows.map((r) => [r.path, r]));
  const [w, u, m, i, r, o] = [byPath(wishRows), byPath(regs.units), byPath(regs.members), byPath(issued), byPath(redeemed), byPath(orderRows)];
  return new Map(
    paths.map((path) => {
      const order = o.get(path);
      return [
        path,
        {
          ...(needsBy.get(path) ?? withRate({ needsCollected: 0, needsClaimed: 0, needsReferred: 0, needsDone: 0 })),
          wishesRaised: w.get(path)?.raised ?? 0,
          wishesClaimed: w.get(path)?.claimed ?? 0,
          wishesFulfilled: w.get(path)?.fulfilled ?? 0,
          unitsRegistered: u.get(path)?.registered ?? 0,
          unitsActive: u.get(path)?.active ?? 0,
          membersRegistered: m.get(path)?.registered ?? 0,
          membersActive: m.get(path)?.active ?? 0,
          pointsIssued: i.get(path)?.points ?? 0,
          pointsRedeemed: r.get(path)?.points ?? 0,
          orders: order?.orders ?? 0,
          ordersRated: order?.rated ?? 0,
          averageRating: order?.rated ? order.ratingSum / order.rated : null,
        },
      ];
    }),
  );
}

/** Sums community rows; rates are recomputed from the summed counts. */
export function totalOf(rows: CommunityClaimCounts[]): CommunityClaimCounts {
  const sum = (k: keyof CommunityClaimCounts) => rows.reduce((acc, r) => acc + (r[k] ?? 0), 0);
  const rated = sum('ordersRated');
  const ratingSum = rows.reduce((acc, r) => acc + (r.averageRating ?? 0) * r.ordersRated, 0);
  return {
    ...withRate({ needsCollected: sum('needsCollected'), needsClaimed: sum('needsClaimed'), needsReferred: sum('needsReferred'), needsDone: sum('needsDone') }),
    wishesRaised: sum('wishesRaised'),
    wishesClaimed: sum('wishesClaimed'),
    wishesFulfilled: sum('wishesFulfilled'),
    unitsRegistered: sum('unitsRegistered'),
    unitsActive: sum('unitsActive'),
    membersRegistered: sum('membersRegistered'),
    membersActive: sum('membersActive'),
    pointsIssued: sum('pointsIssued'),
    pointsRedeemed: sum('pointsRedeemed'),
    orders: sum('orders'),
    ordersRated: rated,
    averageRating: rated ? ratingSum / rated : null,
  };
}

/** The domains a need row belongs to, typed. */
export const domainKey = (r: { domain: string }) => r.domain as NeedDomain;
