import { eq, lt, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { applyTransition } from '../../platform/workflow/apply-transition';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { queryNodes } from '../org';
import { isStaffFor, liaisonScope, type LiaisonScope } from './claims-access';
import { findVisibleNeed, listClaimRows, listNeedRows } from './claims-reads';
import { getCommunity, nodeNames, requireFields, staffCommunity } from './claims-support';
import { appendEvent, claimEvent, findLiveClaim, listEvents, liveClaimsOf, unitNames, userNames, type ClaimRow } from './claims.repository';
import {
  CLAIM_RULES,
  needFollowsClaim,
  decideNeedFollowingClaim,
  allowedClaimActions,
  decideClaimAction,
  decideNeedClaim,
  isConfirmedClaimState,
  type ClaimActionInput,
  type ClaimActorFacts,
  type ClaimState,
  type ClaimView,
  type NeedDetail,
  type NeedDomain,
  type NeedKind,
  type NeedListItem,
  type NeedSource,
  type NeedState,
  redactText,
} from '@linli/shared';
import { claims, needs, wishes } from './claims.tables';
import { referralViews } from './meeting.service';
import { earnPoints } from './points.service';
import { claimPatch, toClaimView } from './wishes.service';

type NeedRow = typeof needs.$inferSelect;

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** Adds a need to a community's needs list (community staff). */
export async function createNeed(
  deps: AppDeps,
  actor: Actor,
  input: { title: string; description: string; domain: NeedDomain; source: NeedSource; communityId?: string; kind?: NeedKind },
): Promise<string> {
  const now = nowOf(deps);
  const community = await staffCommunity(deps.db, actor, input.communityId);
  const id = newId(now);
  await deps.db.transaction(async (tx) => {
    await tx.insert(needs).values({
      id,
      communityId: community.id,
      path: community.path,
      title: input.title,
      description: input.description,
      domain: input.domain,
      kind: input.kind ?? 'need',
      source: input.source,
      state: 'open',
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await appendEvent(tx, { subjectKind: 'need', subjectId: id, action: 'create', fromState: null, toState: 'open', actor, at: now, path: community.path });
    await recordAudit(tx, auditActorOf(actor), { action: 'needs.create', targetType: 'need', targetId: id, path: community.path });
  });
  return id;
}

function needItem(row: NeedRow, communityName: string, claimantUnitName: string | null): NeedListItem {
  return {
    id: row.id,
    title: row.title,
    domain: row.domain as NeedDomain,
    kind: row.kind as NeedKind,
    source: row.source as NeedSource,
    state: row.state as NeedState,
    communityId: row.communityId,
    communityName,
    claimantUnitName,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** The needs list the caller may see, newest first. */
export async function listNeeds(
  deps: AppDeps,
  actor: Actor,
  query: { state?: NeedState; domain?: NeedDomain; kind?: NeedKind; communityId?: string; limit: number; after?: string },
) {
  const scope = await liaisonScope(deps.db, actor);
  const conditions: SQL[] = [];
  if (query.state) conditions.push(eq(needs.state, query.state));
  if (query.domain) conditions.push(eq(needs.domain, query.domain));
  if (query.kind) conditions.push(eq(needs.kind, query.kind));
  if (query.communityId) conditions.push(eq(needs.communityId, query.communityId));
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(needs.id, String(cursor[0])));
  const rows = await listNeedRows(deps.db, scope, conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const live = await liveClaimsOf(
    deps.db,
    'need',
    page.map((r) => r.id),
  );
  const [communities, units] = await Promise.all([
    nodeNames(
      deps.db,
      page.map((r) => r.communityId),
    ),
    unitNames(
      deps.db,
      [...live.values()].map((c) => c.claimantUnitId),
    ),
  ]);
  return {
    items: page.map((r) => needItem(r, communities.get(r.communityId) ?? '', units.get(live.get(r.id)?.claimantUnitId ?? '') ?? null)),
    nextCursor,
  };
}

/** The actor's facts about a claim; the liaison units are read only for a unit's claim, unless the caller has them already. */
async function claimActorFacts(db: DbOrTx, actor: Actor, claim: ClaimRow, known?: LiaisonScope): Promise<ClaimActorFacts> {
  const units = claim.claimantUnitId ? (known ?? (await liaisonScope(db, actor))).units : [];
  return {
    staff: isStaffFor(actor, claim.path),
    isClaimant: claim.claimantUserId === actor.userId || (claim.claimantUnitId !== null && units.includes(claim.claimantUnitId)),
    isRequester: false,
    system: false,
  };
}

async function needClaimView(db: DbOrTx, actor: Actor, claim: ClaimRow, title: string, known?: LiaisonScope): Promise<ClaimView> {
  const [users, units, facts] = await Promise.all([
    userNames(db, [claim.claimantUserId]),
    unitNames(db, [claim.claimantUnitId]),
    claimActorFacts(db, actor, claim, known),
  ]);
  return toClaimView(
    claim,
    title,
    users.get(claim.claimantUserId) ?? '',
    units.get(claim.claimantUnitId ?? '') ?? null,
    allowedClaimActions(claim.state as ClaimState, facts),
  );
}

/** One need with its claim, timeline and whether the caller may claim it now. */
export async function getNeed(deps: AppDeps, actor: Actor, id: string): Promise<NeedDetail> {
  const scope = await liaisonScope(deps.db, actor);
  const row = await findVisibleNeed(deps.db, scope, id);
  if (!row) notFound('需求');
  const claim = await findLiveClaim(deps.db, 'need', id);
  const registered = scope.registrations.some((r) => r.communityId === row.communityId);
  const [communities, timeline, referrals] = await Promise.all([
    nodeNames(deps.db, [row.communityId]),
    listEvents(deps.db, 'need', id),
    referralViews(deps.db, [id]),
  ]);
  const claimView = claim ? await needClaimView(deps.db, actor, claim, row.title, scope) : null;
  return {
    ...needItem(row, communities.get(row.communityId) ?? '', claimView?.claimantUnitName ?? null),
    // Needs are written by staff for partner units and members: what they read is redacted (DESIGN rule 5).
    description: isStaffFor(actor, row.path) ? row.description : redactText(row.description),
    claim: claimView,
    timeline,
    allowedActions: decideNeedClaim(row.state as NeedState, { registeredLiaison: registered }).ok ? ['claim'] : [],
    referral: referrals.get(id) ?? null,
  };
}

const TAKEN_MESSAGE = '该需求已被其他单位认领';

/**
 * A partner unit's liaison claims a need for their unit (DOMAIN §3: one item, one claimant). As
 * with wishes, the partial unique index on live claims lets exactly one of simultaneous claims commit.
 */
export async function claimNeed(deps: AppDeps, actor: Actor, id: string, input: { note?: string; unitId?: string }): Promise<NeedDetail> {
  const now = nowOf(deps);
  try {
    await deps.db.transaction(async (tx) => {
      const scope = await liaisonScope(tx, actor);
      const row = await findVisibleNeed(tx, scope, id);
      if (!row) notFound('需求');
      const here = scope.registrations.filter((r) => r.communityId === row.communityId);
      await applyTransition(tx, {
        table: needs,
        row,
        stale: { code: 'ITEM_TAKEN', message: TAKEN_MESSAGE },
        decide: () => decideNeedClaim(row.state as NeedState, { registeredLiaison: here.length > 0 }),
        refuse: (refusal) => new AppError(refusal.code, refusal.code === 'ITEM_TAKEN' ? TAKEN_MESSAGE : refusal.reason),
        apply: async (decision) => {
          const unitId = input.unitId ?? (here.length === 1 ? here[0].unitId : undefined);
          if (!unitId) throw new AppError('VALIDATION_FAILED', '请选择认领单位', 'unitId');
          if (!here.some((r) => r.unitId === unitId)) throw new AppError('VALIDATION_FAILED', '该单位未在此社区报到', 'unitId');
          const claimId = newId(now);
          await tx.insert(claims).values({
            id: claimId,
            itemKind: 'need',
            itemId: id,
            path: row.path,
            claimantUserId: actor.userId,
            claimantUnitId: unitId,
            state: 'claimed',
            claimedAt: now,
          });
          return {
            event: claimEvent({
              subjectKind: 'need',
              subjectId: id,
              claimId,
              action: 'claim',
              fromState: row.state,
              toState: decision.to,
              actor,
              at: now,
              note: input.note,
              data: { unitId },
              path: row.path,
            }),
            audit: { actor: auditActorOf(actor), event: { action: 'needs.claim', targetType: 'need', targetId: id, path: row.path, detail: { unitId } } },
            outbox: [
              { topic: 'notify.area', payload: { path: row.path, roles: ['communityStaff'], title: '需求已被认领', body: row.title, link: `/needs/${id}` } },
            ],
          };
        },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'claims_live_item_uq')) throw new AppError('ITEM_TAKEN', TAKEN_MESSAGE);
    throw err;
  }
  return getNeed(deps, actor, id);
}

/**
 * Applies one claim action to a need's claim in one transaction: the claim table's decision,
 * version checks on claim and need, the need's state following the claim, points on
 * confirmation, the timeline entry and the audit entry. Wishes' claims move through wish actions.
 */
export async function actOnClaim(deps: AppDeps, actor: Actor, claimId: string, input: ClaimActionInput): Promise<ClaimView> {
  const now = nowOf(deps);
  let title = '';
  await deps.db.transaction(async (tx) => {
    const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId));
    if (!claim) notFound('认领');
    const facts = await claimActorFacts(tx, actor, claim);
    if (!facts.staff && !facts.isClaimant) notFound('认领');
    if (claim.itemKind !== 'need') throw new AppError('CONFLICT', '心愿的认领请在心愿页面办理');
    const [need] = await tx.select().from(needs).where(eq(needs.id, claim.itemId));
    title = need.title;
    const { decision } = await applyTransition(tx, {
      table: claims,
      row: claim,
      expectedVersion: input.expectedVersion,
      stale: { message: '认领已被他人处理，请刷新后重试' },
      decide: () => decideClaimAction(claim.state as ClaimState, facts, input.action),
      apply: (decision) => {
        requireFields(CLAIM_RULES[input.action].required, input);
        const notice = { title: `需求「${need.title}」`, body: `${actor.displayName} 更新了认领`, link: `/needs/${need.id}`, userIds: [claim.claimantUserId] };
        return {
          set: claimPatch(decision.to, input, now),
          event: claimEvent({
            subjectKind: 'need',
            subjectId: need.id,
            claimId,
            action: input.action,
            fromState: claim.state,
            toState: decision.to,
            actor,
            at: now,
            note: input.note ?? input.reason ?? null,
            photos: input.photos ?? [],
            data: input.rating ? { rating: input.rating } : null,
            path: claim.path,
          }),
          audit: { actor: auditActorOf(actor), event: { action: `claims.${input.action}`, targetType: 'claim', targetId: claimId, path: claim.path } },
          outbox: claim.claimantUserId !== actor.userId ? [{ topic: 'notify.users', payload: notice }] : [],
        };
      },
    });
    // The need follows its claim (the need workflow's followClaim), in the claim's transaction.
    if (needFollowsClaim(need.state as NeedState, decision.to))
      await applyTransition(tx, {
        table: needs,
        row: need,
        stale: { message: '需求已被他人处理，请刷新后重试' },
        decide: () => decideNeedFollowingClaim(need.state as NeedState, decision.to),
      });
    if (isConfirmedClaimState(decision.to))
      await earnPoints(tx, { userId: claim.claimantUserId, key: 'needConfirmed', refKind: 'claim', refId: claim.id, path: claim.path, at: now });
  });
  const [claim] = await deps.db.select().from(claims).where(eq(claims.id, claimId));
  return needClaimView(deps.db, actor, claim, title);
}

/** The caller's own claims, or (staff) the claims in their area, newest first. */
export async function listClaims(
  deps: AppDeps,
  actor: Actor,
  query: { mine?: boolean; state?: ClaimState; itemKind?: 'need' | 'wish'; communityId?: string; limit: number; after?: string },
) {
  const scope = await liaisonScope(deps.db, actor);
  const conditions: SQL[] = [];
  if (query.state) conditions.push(eq(claims.state, query.state));
  if (query.itemKind) conditions.push(eq(claims.itemKind, query.itemKind));
  if (query.communityId) conditions.push(eq(claims.path, (await getCommunity(deps.db, query.communityId)).path));
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(claims.id, String(cursor[0])));
  const rows = await listClaimRows(deps.db, scope, Boolean(query.mine), conditions, query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  const views = await Promise.all(
    page.map(async (c) => {
      const [item] = c.itemKind === 'need' ? await deps.db.select({ title: needs.title }).from(needs).where(eq(needs.id, c.itemId)) : [];
      if (c.itemKind === 'need') return needClaimView(deps.db, actor, c, item?.title ?? '', scope);
      const [wish] = await deps.db.select({ title: wishes.title }).from(wishes).where(eq(wishes.id, c.itemId));
      const names = await userNames(deps.db, [c.claimantUserId]);
      return toClaimView(c, wish?.title ?? '', names.get(c.claimantUserId) ?? '', null, []);
    }),
  );
  const communities = page.length ? await queryNodes(deps.db, { paths: [...new Set(page.map((c) => c.path))] }) : [];
  const communityOf = new Map(communities.map((n) => [n.path, n.name]));
  return {
    items: views.map((v, i) => ({ ...v, communityName: communityOf.get(page[i].path) ?? '' })),
    nextCursor,
  };
}
