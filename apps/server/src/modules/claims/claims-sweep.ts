import { and, asc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import {
  NEED_STATE_FOR_CLAIM,
  SYSTEM_CLAIM_ACTOR,
  WISH_STATE_FOR_ENDED_CLAIM,
  decideClaimAction,
  UNSTARTED_CLAIM_STATES,
  type ClaimState,
} from '@linli/shared';
import type { Tx } from '../../platform/db/database';
import type { Job } from '../../platform/jobs/scheduler';
import { enqueue } from '../../platform/outbox/outbox';
import { cases } from '../cases';
import { claimSettingDays } from './claim-settings.service';
import { appendEvent } from './claims.repository';
import { claims, needReferrals, needs, wishes } from './claims.tables';

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
    const decision = decideClaimAction(claim.state as ClaimState, SYSTEM_CLAIM_ACTOR, 'expire');
    if (!decision.ok) continue;
    const moved = await tx
      .update(claims)
      .set({ state: decision.to, version: claim.version + 1, endedAt: now })
      .where(and(eq(claims.id, claim.id), eq(claims.version, claim.version)))
      .returning({ id: claims.id });
    if (!moved.length) continue;
    expired++;
    const note = `认领后${days}天未开始办理，已自动失效`;
    let title = '';
    if (claim.itemKind === 'need') {
      const [need] = await tx.select().from(needs).where(eq(needs.id, claim.itemId));
      title = need.title;
      const to = NEED_STATE_FOR_CLAIM[decision.to];
      await tx
        .update(needs)
        .set({ state: to, version: need.version + 1 })
        .where(eq(needs.id, need.id));
      await appendEvent(tx, {
        subjectKind: 'need',
        subjectId: need.id,
        claimId: claim.id,
        action: 'expire',
        fromState: need.state,
        toState: to,
        actor: SYSTEM,
        at: now,
        note,
        path: claim.path,
      });
    } else {
      const [wish] = await tx.select().from(wishes).where(eq(wishes.id, claim.itemId));
      title = wish.title;
      await tx
        .update(wishes)
        .set({ state: WISH_STATE_FOR_ENDED_CLAIM, version: wish.version + 1, updatedAt: now })
        .where(eq(wishes.id, wish.id));
      await appendEvent(tx, {
        subjectKind: 'wish',
        subjectId: wish.id,
        claimId: claim.id,
        action: 'expire',
        fromState: wish.state,
        toState: WISH_STATE_FOR_ENDED_CLAIM,
        actor: SYSTEM,
        at: now,
        note,
        path: claim.path,
      });
    }
    const link = claim.itemKind === 'need' ? `/needs/${claim.itemId}` : `/wishes/${claim.itemId}`;
    await enqueue(tx, 'notify.users', { title: '认领已失效', body: `「${title}」${note}`, link, userIds: [claim.claimantUserId] });
  }
  return expired;
}

/**
 * Keeps referred needs in step with their linked case. The cases module sends no message when a
 * case closes, and a need must not reach into the case workflow, so the need reads its case here
 * (and detail pages read the case's live state directly): closed case → need done; a closed case
 * reopened → the need is referred again. Both updates are conditional on the need's state, so
 * running twice changes nothing.
 */
export async function settleReferredNeeds(tx: Tx, now: Date): Promise<number> {
  const rows = await tx
    .select({ need: needs, caseState: cases.state })
    .from(needs)
    .innerJoin(needReferrals, eq(needReferrals.needId, needs.id))
    .innerJoin(cases, eq(cases.id, needReferrals.caseId))
    // eslint-disable-next-line linli/no-state-literals -- module kit: replaced by the case.closed reaction
    .where(sql`(${needs.state} = 'referred' and ${cases.state} = 'closed') or (${needs.state} = 'done' and ${cases.state} <> 'closed')`);
  for (const { need, caseState } of rows) {
    // eslint-disable-next-line linli/no-state-literals -- module kit: replaced by the case.closed reaction
    const to = caseState === 'closed' ? 'done' : 'referred';
    const moved = await tx
      .update(needs)
      .set({ state: to, version: need.version + 1 })
      .where(and(eq(needs.id, need.id), eq(needs.version, need.version), ne(needs.state, to)))
      .returning({ id: needs.id });
    if (!moved.length) continue;
    await appendEvent(tx, {
      subjectKind: 'need',
      subjectId: need.id,
      // eslint-disable-next-line linli/no-state-literals -- module kit: replaced by the case.closed reaction
      action: to === 'done' ? 'caseClosed' : 'caseReopened',
      fromState: need.state,
      toState: to,
      actor: SYSTEM,
      at: now,
      // eslint-disable-next-line linli/no-state-literals -- module kit: replaced by the case.closed reaction
      note: to === 'done' ? '交办案件已结案' : '交办案件已重启',
      path: need.path,
    });
  }
  return rows.length;
}

/** The claims module's scheduled work: claim expiry and referred needs following their cases, every minute. */
export const claimsSweepJob: Job = {
  name: 'claims-sweep',
  lockKey: 740_101,
  everyMs: 60_000,
  async run(tx, now) {
    await expireUnstartedClaims(tx, now);
    await settleReferredNeeds(tx, now);
  },
};
