import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { claimsScope } from './claims-access';
import { findVisibleReward, listRewardRows } from './claims-reads';
import { nodeNames, staffCommunity } from './claims-support';
import { DEFAULT_POINT_RULES, POINT_RULE_KEYS, type PointRuleKey, type RewardView } from '@linli/shared';
import { pointAccounts, pointLedger, pointRules, redemptions, rewards } from './claims.tables';
import { type SQL } from 'drizzle-orm';

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The points a rule gives now: the admins' value, or the default. */
export async function pointsFor(db: DbOrTx, key: PointRuleKey): Promise<number> {
  const [row] = await db.select({ points: pointRules.points }).from(pointRules).where(eq(pointRules.key, key));
  return row?.points ?? DEFAULT_POINT_RULES[key];
}

/**
 * Credits the points of `key` to `userId` for one referenced record, at most once per record (the
 * ledger's unique key), and keeps the balance beside it. Call it in the transaction that earns them.
 */
export async function earnPoints(
  db: DbOrTx,
  input: { userId: string; key: PointRuleKey; refKind: string; refId: string; path: string; at: Date },
): Promise<number> {
  const points = await pointsFor(db, input.key);
  if (points <= 0) return 0;
  const inserted = await db
    .insert(pointLedger)
    .values({
      id: newId(input.at),
      userId: input.userId,
      delta: points,
      reason: input.key,
      refKind: input.refKind,
      refId: input.refId,
      path: input.path,
      at: input.at,
    })
    .onConflictDoNothing()
    .returning({ id: pointLedger.id });
  if (!inserted.length) return 0;
  await db
    .insert(pointAccounts)
    .values({ userId: input.userId, balance: points })
    .onConflictDoUpdate({ target: pointAccounts.userId, set: { balance: sql`${pointAccounts.balance} + ${points}` } });
  return points;
}

/** Every rule with its current value. */
export async function listPointRules(deps: AppDeps) {
  const rows = await deps.db.select().from(pointRules);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return POINT_RULE_KEYS.map((key) => ({
    key,
    points: byKey.get(key)?.points ?? DEFAULT_POINT_RULES[key],
    updatedAt: byKey.get(key)?.updatedAt.toISOString() ?? null,
  }));
}

/** Sets one rule (admins); audited. */
export async function setPointRule(deps: AppDeps, actor: Actor, key: PointRuleKey, points: number) {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(pointRules)
      .values({ key, points, updatedAt: now })
      .onConflictDoUpdate({ target: pointRules.key, set: { points, updatedAt: now } });
    await recordAudit(tx, auditActorOf(actor), { action: 'points.rule.update', targetType: 'pointRule', targetId: key, detail: { points } });
  });
  return (await listPointRules(deps)).find((r) => r.key === key)!;
}

/** The caller's balance and newest ledger lines. */
export async function myPoints(deps: AppDeps, actor: Actor) {
  const [account] = await deps.db.select().from(pointAccounts).where(eq(pointAccounts.userId, actor.userId));
  const items = await deps.db.select().from(pointLedger).where(eq(pointLedger.userId, actor.userId)).orderBy(desc(pointLedger.id)).limit(100);
  return {
    balance: account?.balance ?? 0,
    items: items.map((r) => ({ id: r.id, delta: r.delta, reason: r.reason, refKind: r.refKind, refId: r.refId, at: r.at.toISOString() })),
  };
}

async function toRewardViews(db: DbOrTx, rows: (typeof rewards.$inferSelect)[]): Promise<RewardView[]> {
  const names = await nodeNames(
    db,
    rows.map((r) => r.communityId),
  );
  return rows.map((r) => ({ id: r.id, communityId: r.communityId, communityName: names.get(r.communityId) ?? '', name: r.name, cost: r.cost, stock: r.stock }));
}

/** Adds a reward in a community (staff). */
export async function createReward(
  deps: AppDeps,
  actor: Actor,
  input: { communityId?: string; name: string; cost: number; stock: number },
): Promise<RewardView> {
  const community = await staffCommunity(deps.db, actor, input.communityId);
  const row = { id: newId(), communityId: community.id, path: community.path, name: input.name, cost: input.cost, stock: input.stock, createdAt: nowOf(deps) };
  await deps.db.transaction(async (tx) => {
    await tx.insert(rewards).values(row);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'points.reward.create',
      targetType: 'reward',
      targetId: row.id,
      path: row.path,
      detail: { name: row.name, cost: row.cost, stock: row.stock },
    });
  });
  return (await toRewardViews(deps.db, [row]))[0];
}

/** Rewards in the caller's reach. */
export async function listRewards(deps: AppDeps, actor: Actor, input: { communityId?: string; inStock?: boolean }): Promise<RewardView[]> {
  const conditions: SQL[] = [];
  if (input.communityId) conditions.push(eq(rewards.communityId, input.communityId));
  if (input.inStock) conditions.push(gte(rewards.stock, 1));
  const rows = await listRewardRows(deps.db, claimsScope(actor), conditions, 200);
  return toRewardViews(deps.db, rows);
}

/**
 * Redeems one reward. Stock and balance each fall only through a conditional update
 * (`stock > 0`, `balance >= cost`) inside one transaction, so concurrent redemptions never
 * oversell and never overspend; a refusal leaves nothing written.
 */
export async function redeemReward(deps: AppDeps, actor: Actor, rewardId: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const reward = await findVisibleReward(tx, claimsScope(actor), rewardId);
    if (!reward) notFound('奖品');
    const [taken] = await tx
      .update(rewards)
      .set({ stock: sql`${rewards.stock} - 1` })
      .where(and(eq(rewards.id, rewardId), gte(rewards.stock, 1)))
      .returning({ stock: rewards.stock });
    if (!taken) throw new AppError('CONFLICT', '该奖品已兑完');
    const [spent] = await tx
      .update(pointAccounts)
      .set({ balance: sql`${pointAccounts.balance} - ${reward.cost}` })
      .where(and(eq(pointAccounts.userId, actor.userId), gte(pointAccounts.balance, reward.cost)))
      .returning({ balance: pointAccounts.balance });
    if (!spent) throw new AppError('CONFLICT', '积分不足');
    const redemptionId = newId(now);
    await tx.insert(redemptions).values({ id: redemptionId, rewardId, userId: actor.userId, cost: reward.cost, path: reward.path, at: now });
    await tx.insert(pointLedger).values({
      id: newId(now),
      userId: actor.userId,
      delta: -reward.cost,
      reason: 'redeem',
      refKind: 'redemption',
      refId: redemptionId,
      path: reward.path,
      at: now,
    });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'points.redeem',
      targetType: 'reward',
      targetId: rewardId,
      path: reward.path,
      detail: { cost: reward.cost },
    });
    return { redemptionId, balance: spent.balance, stock: taken.stock };
  });
}
