import { and, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import { recordAudit } from '../../platform/audit/audit';

import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/outbox/outbox';
import { applyTransition } from '../../platform/workflow/apply-transition';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { queryNode } from '../org';
import { communityPathsOf } from '../../platform/auth/community-paths';
import { claimsScope, isStaffFor } from './claims-access';
import { findVisibleWish, listWishRows } from './claims-reads';
import { getCommunity, maskName, nodeNames, requireFields, staffCommunity } from './claims-support';
import { appendEvent, claimEvent, findLiveClaim, listEvents, liveClaimsOf, userNames, type ClaimRow } from './claims.repository';
import {
  WISH_ACTION_LABELS,
  WISH_RULES,
  allowedWishActions,
  decideWishAction,
  isClaimableWishState,
  isConfirmedClaimState,
  type ClaimState,
  type ClaimView,
  type CreateWishInput,
  type ListWishesQuery,
  type WishActionInput,
  type WishActorFacts,
  type WishDetail,
  type WishListItem,
  type WishState,
  redactText,
  redactTitle,
} from '@linli/shared';
import { claims, wishes } from './claims.tables';
import { earnPoints } from './points.service';

type WishRow = typeof wishes.$inferSelect;

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

function actorFacts(actor: Actor, row: WishRow, claim: ClaimRow | undefined): WishActorFacts {
  const memberCommunities = communityPathsOf(actor.posts, ['partyMember']);
  return {
    staff: isStaffFor(actor, row.path),
    isWisher: row.wisherUserId === actor.userId,
    partyMember: memberCommunities.includes(row.path),
    isClaimant: claim?.claimantUserId === actor.userId,
  };
}

function listItem(row: WishRow, actor: Actor, communityName: string, claimantName: string | null): WishListItem {
  const full = isStaffFor(actor, row.path) || row.wisherUserId === actor.userId;
  return {
    id: row.id,
    // DESIGN rule 5: free text shown to anyone but staff and its author is redacted.
    title: full ? row.title : redactTitle(row.title, [row.beneficiaryName]),
    state: row.state as WishState,
    communityId: row.communityId,
    communityName,
    wisherName: full ? row.beneficiaryName : maskName(row.beneficiaryName),
    claimantName,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** A claim as a detail page shows it; wish claims are moved through wish actions, so they offer none of their own. */
export function toClaimView(
  c: ClaimRow,
  itemTitle: string,
  claimantName: string,
  claimantUnitName: string | null,
  allowedActions: ClaimView['allowedActions'],
): ClaimView {
  return {
    id: c.id,
    itemKind: c.itemKind as ClaimView['itemKind'],
    itemId: c.itemId,
    itemTitle,
    state: c.state as ClaimState,
    claimantName,
    claimantUnitName,
    claimedAt: c.claimedAt.toISOString(),
    doneAt: c.doneAt?.toISOString() ?? null,
    confirmedAt: c.confirmedAt?.toISOString() ?? null,
    proofNote: c.proofNote,
    proofPhotos: c.proofPhotos,
    rating: c.rating,
    version: c.version,
    allowedActions,
  };
}

/**
 * Raises a wish. Community staff publish it at once for a resident (named in `beneficiaryName`);
 * a resident raises one for themselves, which waits for review.
 */
export async function createWish(deps: AppDeps, actor: Actor, input: CreateWishInput): Promise<string> {
  const now = nowOf(deps);
  const ownCommunities = communityPathsOf(actor.posts, ['resident']);
  let community: { id: string; path: string; name: string };
  let staff = false;
  if (input.communityId) {
    community = await getCommunity(deps.db, input.communityId);
    staff = isStaffFor(actor, community.path);
    if (!staff && !ownCommunities.includes(community.path)) throw new AppError('FORBIDDEN', '只能为本社区提交心愿');
  } else if (ownCommunities.length === 1) {
    const node = await queryNode(deps.db, { path: ownCommunities[0] });
    if (!node) notFound('社区');
    community = { id: node.id, path: node.path, name: node.name };
  } else {
    community = await staffCommunity(deps.db, actor, undefined);
    staff = true;
  }
  if (staff && !input.beneficiaryName) throw new AppError('VALIDATION_FAILED', '请填写心愿人姓名', 'beneficiaryName');
  const state: WishState = staff ? 'published' : 'pendingReview';
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    await tx.insert(wishes).values({
      id,
      communityId: community.id,
      path: community.path,
      title: input.title,
      content: input.content,
      beneficiaryName: staff ? input.beneficiaryName! : actor.displayName,
      wisherUserId: staff ? null : actor.userId,
      createdByUserId: actor.userId,
      state,
      photos: input.photos,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, { subjectKind: 'wish', subjectId: id, action: 'create', fromState: null, toState: state, actor, at: now, path: community.path });
    await recordAudit(tx, auditActorOf(actor), { action: 'wishes.create', targetType: 'wish', targetId: id, path: community.path, detail: { state } });
    const roles = isClaimableWishState(state) ? ['partyMember'] : ['communityStaff'];
    await enqueue(tx, 'notify.area', {
      path: community.path,
      roles,
      title: isClaimableWishState(state) ? '新的微心愿待认领' : '新的微心愿待审核',
      body: input.title,
      link: `/wishes/${id}`,
    });
  });
  return id;
}

/** Wishes the caller may see, newest first (keyset on the time-ordered id). */
export async function listWishes(deps: AppDeps, actor: Actor, query: ListWishesQuery): Promise<{ items: WishListItem[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (query.state) conditions.push(eq(wishes.state, query.state));
  if (query.communityId) conditions.push(eq(wishes.communityId, query.communityId));
  if (query.mine === 'raised') conditions.push(or(eq(wishes.wisherUserId, actor.userId), eq(wishes.createdByUserId, actor.userId)) as SQL);
  if (query.mine === 'claimed') {
    const mine = await deps.db
      .select({ itemId: claims.itemId })
      .from(claims)
      .where(and(eq(claims.itemKind, 'wish'), eq(claims.claimantUserId, actor.userId)));
    conditions.push(inArray(wishes.id, mine.length ? mine.map((m) => m.itemId) : ['00000000-0000-0000-0000-000000000000']));
  }
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(wishes.id, String(cursor[0])));
  const rows = await listWishRows(deps.db, claimsScope(actor), conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const live = await liveClaimsOf(
    deps.db,
    'wish',
    page.map((r) => r.id),
  );
  const [communities, claimants] = await Promise.all([
    nodeNames(
      deps.db,
      page.map((r) => r.communityId),
    ),
    userNames(
      deps.db,
      [...live.values()].map((c) => c.claimantUserId),
    ),
  ]);
  return {
    items: page.map((r) => listItem(r, actor, communities.get(r.communityId) ?? '', claimants.get(live.get(r.id)?.claimantUserId ?? '') ?? null)),
    nextCursor,
  };
}

/** One wish with its claim, timeline and the actions the caller may take now (404 outside the caller's reach). */
export async function getWish(deps: AppDeps, actor: Actor, id: string): Promise<WishDetail> {
  const row = await findVisibleWish(deps.db, claimsScope(actor), id);
  if (!row) notFound('心愿');
  const claim = await findLiveClaim(deps.db, 'wish', id);
  const [communities, names, timeline] = await Promise.all([
    nodeNames(deps.db, [row.communityId]),
    userNames(deps.db, [claim?.claimantUserId ?? null]),
    listEvents(deps.db, 'wish', id, isStaffFor(actor, row.path) || row.wisherUserId === actor.userId ? null : row.wisherUserId),
  ]);
  const claimantName = claim ? (names.get(claim.claimantUserId) ?? '') : null;
  const facts = actorFacts(actor, row, claim);
  return {
    ...listItem(row, actor, communities.get(row.communityId) ?? '', claimantName),
    content: isStaffFor(actor, row.path) || row.wisherUserId === actor.userId ? row.content : redactText(row.content, [row.beneficiaryName]),
    photos: row.photos,
    claim: claim ? toClaimView(claim, row.title, claimantName ?? '', null, []) : null,
    timeline,
    allowedActions: allowedWishActions({ state: row.state as WishState, claimState: (claim?.state as ClaimState) ?? null }, facts),
  };
}

const TAKEN_MESSAGE = '该心愿已被他人认领';

/**
 * A party member claims a wish (DOMAIN §3: one item, one claimant). The partial unique index on
 * live claims decides between simultaneous claimants: exactly one insert commits, every other
 * attempt answers ITEM_TAKEN and leaves nothing written.
 */
export async function claimWish(deps: AppDeps, actor: Actor, id: string, note: string | undefined): Promise<WishDetail> {
  const now = nowOf(deps);
  try {
    await deps.db.transaction(async (tx) => {
      const row = await findVisibleWish(tx, claimsScope(actor), id);
      if (!row) notFound('心愿');
      const existing = await findLiveClaim(tx, 'wish', id);
      await applyTransition(tx, {
        table: wishes,
        row,
        stale: { code: 'ITEM_TAKEN', message: TAKEN_MESSAGE },
        decide: () =>
          decideWishAction({ state: row.state as WishState, claimState: (existing?.state as ClaimState) ?? null }, actorFacts(actor, row, existing), 'claim'),
        refuse: (refusal) => new AppError(refusal.code, refusal.code === 'ITEM_TAKEN' ? TAKEN_MESSAGE : refusal.reason),
        apply: async (decision) => {
          const claimId = newId(now);
          await tx
            .insert(claims)
            .values({ id: claimId, itemKind: 'wish', itemId: id, path: row.path, claimantUserId: actor.userId, state: decision.claimTo!, claimedAt: now });
          return {
            set: { updatedAt: now },
            event: claimEvent({
              subjectKind: 'wish',
              subjectId: id,
              claimId,
              action: 'claim',
              fromState: row.state,
              toState: decision.to,
              actor,
              at: now,
              note,
              path: row.path,
            }),
            audit: { actor: auditActorOf(actor), event: { action: 'wishes.claim', targetType: 'wish', targetId: id, path: row.path } },
            outbox: [
              {
                topic: 'notify.users',
                payload: {
                  title: '微心愿已被认领',
                  body: `${actor.displayName} 认领了「${row.title}」`,
                  link: `/wishes/${id}`,
                  userIds: [row.wisherUserId ?? row.createdByUserId],
                },
              },
            ],
          };
        },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'claims_live_item_uq')) throw new AppError('ITEM_TAKEN', TAKEN_MESSAGE);
    throw err;
  }
  return getWish(deps, actor, id);
}

type ClaimPatchInput = { note?: string; photos?: string[]; rating?: number };

// What each state records when a claim enters it; every state is listed, so a new one must say what it records.
const CLAIM_PATCH_ON_ENTRY: Record<ClaimState, (input: ClaimPatchInput, now: Date) => Partial<typeof claims.$inferInsert>> = {
  claimed: () => ({}),
  inProgress: (_input, now) => ({ startedAt: now }),
  done: (input, now) => ({ doneAt: now, proofNote: input.note ?? null, proofPhotos: input.photos ?? [] }),
  confirmed: (input, now) => ({ confirmedAt: now, rating: input.rating ?? null }),
  released: (_input, now) => ({ endedAt: now }),
  expired: (_input, now) => ({ endedAt: now }),
};

/** Claim columns that change when a claim enters `state`. */
export function claimPatch(state: ClaimState, input: ClaimPatchInput, now: Date): Partial<typeof claims.$inferInsert> {
  return CLAIM_PATCH_ON_ENTRY[state](input, now);
}

/**
 * Applies one wish action in one transaction (DESIGN rule 2): the pure decision over the wish and
 * its claim, optimistic version checks on both, the timeline entry, points for a confirmed
 * claim, the audit entry and notifications after commit. A stale `expectedVersion` is a CONFLICT.
 */
export async function actOnWish(deps: AppDeps, actor: Actor, id: string, input: WishActionInput): Promise<WishDetail> {
  if (input.action === 'claim') return claimWish(deps, actor, id, input.note);
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const row = await findVisibleWish(tx, claimsScope(actor), id);
    if (!row) notFound('心愿');
    const claim = await findLiveClaim(tx, 'wish', id);
    const { decision } = await applyTransition(tx, {
      table: wishes,
      row,
      expectedVersion: input.expectedVersion,
      stale: { message: '心愿已被他人处理，请刷新后重试' },
      decide: () =>
        decideWishAction({ state: row.state as WishState, claimState: (claim?.state as ClaimState) ?? null }, actorFacts(actor, row, claim), input.action),
      apply: (decision) => {
        requireFields(WISH_RULES[input.action].required, input);
        const tell = [row.wisherUserId, row.createdByUserId, claim?.claimantUserId].filter((u): u is string => Boolean(u) && u !== actor.userId);
        const notice = { title: `微心愿「${row.title}」`, body: `${actor.displayName}：${WISH_ACTION_LABELS[input.action]}`, link: `/wishes/${id}` };
        return {
          set: { updatedAt: now },
          event: claimEvent({
            subjectKind: 'wish',
            subjectId: id,
            claimId: claim?.id ?? null,
            action: input.action,
            fromState: row.state,
            toState: decision.to,
            actor,
            at: now,
            note: input.note ?? input.reason ?? null,
            photos: input.photos ?? [],
            data: input.rating ? { rating: input.rating } : null,
            path: row.path,
          }),
          audit: { actor: auditActorOf(actor), event: { action: `wishes.${input.action}`, targetType: 'wish', targetId: id, path: row.path } },
          outbox: tell.length ? [{ topic: 'notify.users', payload: { ...notice, userIds: [...new Set(tell)] } }] : [],
        };
      },
    });
    const claimTo = decision.claimTo;
    if (!claim || !claimTo) return;
    // The wish's decision moves its claim too, under the claim's own version.
    await applyTransition(tx, {
      table: claims,
      row: claim,
      stale: { message: '认领已被他人处理，请刷新后重试' },
      decide: () => ({ ok: true, to: claimTo }),
      apply: () => ({ set: claimPatch(claimTo, input, now) }),
    });
    if (isConfirmedClaimState(claimTo))
      await earnPoints(tx, { userId: claim.claimantUserId, key: 'wishConfirmed', refKind: 'claim', refId: claim.id, path: row.path, at: now });
  });
  return getWish(deps, actor, id);
}
