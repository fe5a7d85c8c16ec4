import { and, asc, inArray, eq, lte } from 'drizzle-orm';
import {
  SYSTEM_CLAIM_ACTOR,
  SYSTEM_WISH_ACTOR,
  UNSTARTED_CLAIM_STATES,
  decideClaimAction,
  decideNeedFollowingClaim,
  decideWishAction,
  type ClaimState,
  type NeedState,
  type WishState,
} from '@linli/shared';
import type { Tx } from '../../platform/db/database';
import type { Job } from '../../platform/jobs/scheduler';
import { enqueue } from '../../platform/outbox/outbox';
import { applyTransition, tryApplyTransition } from '../../platform/workflow/apply-transition';
import { claimSettingDays } from './claim-settings.service';
import { claimEvent } from './claims.repository';
import { claims, needs, wishes } from './claims.tables';

/** How many claims one tick expires at most; the next tick takes the rest. */
const EXPIRE_BATCH = 200;
const SYSTEM = { userId: null, displayName: '系统' };

/**
 * Expires claims not started within `claimStartDays` (DOMAIN §3 "released/expired"): the claim
 * table decides, the claim moves to `expired` under a version check, and the need or wish it held
 * reopens for others. Each claim is one conditional update, so a second run (or a second
 * instance that got past the advisory lock late) changes nothing.
 */
export async function expireUnstartedClaims(tx: Tx, now: Date): Promise<number> {
  const days = await claimSettingDays(tx, 'claimStartDays');
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const due = await tx
    .select()
    .from(claims)
    .where(and(inArray(claims.state, [...UNSTARTED_CLAIM_STATES]), lte(claims.claimedAt, cutoff)))
    .orderBy(asc(claims.claimedAt))
    .limit(EXPIRE_BATCH);
  let expired = 0;
  for (const claim of due) {
    const applied = await tryApplyTransition(tx, {
      table: claims,
      row: claim,
      stale: { message: '认领已被他人处理' },
      decide: () => decideClaimAction(claim.state as ClaimState, SYSTEM_CLAIM_ACTOR, 'expire'),
      apply: () => ({ set: { endedAt: now } }),
    });
    if (!applied) continue;
    const { decision } = applied;
    expired++;
    const note = `认领后${days}天未开始办理，已自动失效`;
    let title = '';
    // The need or wish the claim held opens again, through its own workflow's system step.
    const expiredEvent = (subjectKind: 'need' | 'wish', subjectId: string, fromState: string, toState: string) =>
      claimEvent({ subjectKind, subjectId, claimId: claim.id, action: 'expire', fromState, toState, actor: SYSTEM, at: now, note, path: claim.path });
    if (claim.itemKind === 'need') {
      const [need] = await tx.select().from(needs).where(eq(needs.id, claim.itemId));
      title = need.title;
      await applyTransition(tx, {
        table: needs,
        row: need,
        stale: { message: '需求已被他人处理' },
        decide: () => decideNeedFollowingClaim(need.state as NeedState, decision.to),
        apply: (moved) => ({ event: expiredEvent('need', need.id, need.state, moved.to) }),
      });
    } else {
      const [wish] = await tx.select().from(wishes).where(eq(wishes.id, claim.itemId));
      title = wish.title;
      await applyTransition(tx, {
        table: wishes,
        row: wish,
        stale: { message: '心愿已被他人处理' },
        decide: () => decideWishAction({ state: wish.state as WishState, claimState: decision.to }, SYSTEM_WISH_ACTOR, 'claimExpired'),
        apply: (moved) => ({ set: { updatedAt: now }, event: expiredEvent('wish', wish.id, wish.state, moved.to) }),
      });
    }
    const link = claim.itemKind === 'need' ? `/needs/${claim.itemId}` : `/wishes/${claim.itemId}`;
    await enqueue(tx, 'notify.users', { title: '认领已失效', body: `「${title}」${note}`, link, userIds: [claim.claimantUserId] });
  }
  return expired;
}

/** The claims module's scheduled work: claim expiry, every minute (referred needs follow their cases through the outbox). */
export const claimsSweepJob: Job = {
  name: 'claims-sweep',
  everyMs: 60_000,
  async run(tx, now) {
    await expireUnstartedClaims(tx, now);
  },
};
