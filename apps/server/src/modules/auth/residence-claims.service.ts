import { eq } from 'drizzle-orm';
import {
  OPEN_RESIDENCE_CLAIM_STATE,
  decideResidenceClaim,
  postRolesWith,
  type MyResidenceClaimResponse,
  type ResidenceClaimAction,
  type ResidenceClaimState,
  type ResidenceClaimView,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { buildScope, pathInScope, scopeCondition, type DataScope } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { applyTransition, type TransitionWrites } from '../../platform/workflow/apply-transition';
import { queryNode } from '../org';
import { findResidentLoginFacts } from '../residents';
import { auditActorOf, capabilityScope, type Actor } from '../../platform/auth/actor';
import { posts, residenceClaims, users } from './auth.tables';
import * as repo from './residence-claims.repository';
import { forgetActors } from './session-cache';

/** Most claims one staff list answers: pending ones come first, and a community has few at a time. */
const LIST_LIMIT = 200;

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/**
 * Where the actor may list and decide claims. A claim carries its community's path; a post below
 * the community (a grid worker) is widened to its community, since the claimant names no grid.
 */
function claimScope(actor: Actor): DataScope {
  const widened = actor.posts.map((p) => ({ ...p, nodePath: `/${p.nodePath.split('/').filter(Boolean).slice(0, 3).join('/')}/` }));
  return buildScope(widened, postRolesWith('residenceClaim', 'write'));
}

async function toViews(db: DbOrTx, rows: repo.ResidenceClaimRow[]): Promise<ResidenceClaimView[]> {
  const names = await repo.namesFor(db, [...new Set(rows.map((r) => r.userId))], [...new Set(rows.map((r) => r.communityId))]);
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    userDisplayName: names.users.get(r.userId) ?? '',
    communityId: r.communityId,
    communityName: names.nodes.get(r.communityId) ?? '',
    address: r.address,
    state: r.state as ResidenceClaimState,
    houseId: r.houseId,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}

/** The caller's latest claim (or null) and the communities, with their grids, a pending resident may choose from. */
export async function getMyClaim(deps: AppDeps, actor: Actor): Promise<MyResidenceClaimResponse> {
  const row = await repo.findLatestClaim(deps.db, actor.userId);
  const [claim] = row ? await toViews(deps.db, [row]) : [null];
  return { claim, communities: await repo.listCommunitiesWithGrids(deps.db) };
}

/** A pending resident (no post) claims an address in a community; one open claim at a time, none once bound (409) or from staff (403). */
export async function createClaim(deps: AppDeps, actor: Actor, input: { communityId: string; address: string }): Promise<ResidenceClaimView> {
  if (actor.posts.some((p) => p.role === 'resident')) throw new AppError('CONFLICT', '您的账号已绑定住址');
  // Only a pending resident (no post) claims: an approval must not hand a staff account a home.
  if (actor.posts.length > 0) throw new AppError('FORBIDDEN', '只有尚未绑定住址的居民可以申请住址认证');
  const community = await queryNode(deps.db, { id: input.communityId });
  if (!community || community.kind !== 'community') throw new AppError('VALIDATION_FAILED', '所选社区不存在', 'communityId');
  const id = newId();
  try {
    await deps.db.transaction(async (tx) => {
      await tx.insert(residenceClaims).values({
        id,
        userId: actor.userId,
        communityId: community.id,
        path: community.path,
        address: input.address,
        state: OPEN_RESIDENCE_CLAIM_STATE,
        createdAt: nowOf(deps),
      });
      await recordAudit(tx, auditActorOf(actor), { action: 'auth.residenceClaim.create', targetType: 'residenceClaim', targetId: id, path: community.path });
    });
  } catch (err) {
    // The partial unique index keeps one open claim per user even when two submissions race.
    for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
      if (e.code === '23505') throw new AppError('CONFLICT', '您已提交住址认证申请，请等待社区审核');
    }
    throw err;
  }
  const [row] = await deps.db.select().from(residenceClaims).where(eq(residenceClaims.id, id));
  return (await toViews(deps.db, [row]))[0];
}

/** Claims in the staff member's area (the access gate lets only the table's roles here), pending first. */
export async function listClaims(deps: AppDeps, actor: Actor): Promise<ResidenceClaimView[]> {
  return toViews(deps.db, await repo.listClaims(deps.db, scopeCondition(residenceClaims.path, claimScope(actor)), LIST_LIMIT));
}

const DECIDED = '该申请已处理，请刷新';

/** Locks a claim in the actor's area and applies `action` to it with the module's writes: 404 outside the area, 409 once decided. */
async function actOnClaim(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  action: ResidenceClaimAction,
  apply: (claim: repo.ResidenceClaimRow) => Promise<TransitionWrites<typeof residenceClaims>>,
): Promise<repo.ResidenceClaimRow> {
  const claim = await repo.findClaimForUpdate(tx, id, scopeCondition(residenceClaims.path, claimScope(actor)));
  if (!claim) notFound('住址认证申请');
  // The row is locked, so the update guarded by its pending state is the decision itself.
  const { row } = await applyTransition(tx, {
    table: residenceClaims,
    row: claim,
    stale: { message: DECIDED },
    decide: () => decideResidenceClaim(claim.state as ResidenceClaimState, action),
    refuse: () => new AppError('CONFLICT', DECIDED),
    apply: () => apply(claim),
  });
  return row;
}

/**
 * Approves a claim at a house inside the approver's own scope (else 404): the claimant gets a
 * resident post there, and is linked to the ledger record at that house with their phone, if any.
 */
export async function approveClaim(deps: AppDeps, actor: Actor, id: string, houseId: string): Promise<ResidenceClaimView> {
  const now = nowOf(deps);
  const row = await deps.db.transaction((tx) =>
    actOnClaim(tx, actor, id, 'approve', async (claim) => {
      const house = await queryNode(tx, { id: houseId });
      if (!house || house.kind !== 'house' || !pathInScope(house.path, capabilityScope(actor, 'residenceClaim', 'write'))) notFound('房屋');
      await tx.insert(posts).values({ id: newId(), userId: claim.userId, role: 'resident', nodeId: house.id, nodePath: house.path }).onConflictDoNothing();
      const [user] = await tx.select({ phoneHash: users.phoneHash }).from(users).where(eq(users.id, claim.userId));
      const facts = user?.phoneHash ? await findResidentLoginFacts(tx, user.phoneHash) : undefined;
      if (facts && facts.houseId === house.id) await tx.update(users).set({ residentId: facts.residentId }).where(eq(users.id, claim.userId));
      return {
        set: { houseId: house.id, decidedBy: actor.userId, decidedAt: now },
        audit: {
          actor: auditActorOf(actor),
          event: {
            action: 'auth.residenceClaim.approve',
            targetType: 'residenceClaim',
            targetId: id,
            path: house.path,
            detail: { userId: claim.userId, houseId: house.id, linkedResident: facts?.houseId === house.id },
          },
        },
      };
    }),
  );
  forgetActors(deps, [row.userId]); // the new post changes the claimant's scope at once
  return (await toViews(deps.db, [row]))[0];
}

/** Rejects a claim with a reason the claimant sees; they may claim again. */
export async function rejectClaim(deps: AppDeps, actor: Actor, id: string, reason: string): Promise<ResidenceClaimView> {
  const row = await deps.db.transaction((tx) =>
    actOnClaim(tx, actor, id, 'reject', async (claim) => ({
      set: { reason, decidedBy: actor.userId, decidedAt: nowOf(deps) },
      audit: {
        actor: auditActorOf(actor),
        event: { action: 'auth.residenceClaim.reject', targetType: 'residenceClaim', targetId: id, path: claim.path, detail: { userId: claim.userId, reason } },
      },
    })),
  );
  return (await toViews(deps.db, [row]))[0];
}

/**
 * Binds a user with no post to the household whose ledger record carries their phone (the blind
 * index), closing any open claim as approved. Called at every code login of a pending resident, so a
 * phone entered into the ledger later binds at the next login. True when it bound.
 */
export async function bindFromLedger(tx: DbOrTx, user: { id: string; username: string }, phoneHash: string, ip: string | null, now: Date): Promise<boolean> {
  if (await repo.holdsAnyPost(tx, user.id)) return false;
  const facts = await findResidentLoginFacts(tx, phoneHash);
  if (!facts) return false;
  await tx.insert(posts).values({ id: newId(), userId: user.id, role: 'resident', nodeId: facts.houseId, nodePath: facts.path });
  await tx.update(users).set({ residentId: facts.residentId }).where(eq(users.id, user.id));
  await repo.approveOpenClaimOf(tx, user.id, facts.houseId, now);
  await recordAudit(
    tx,
    { userId: user.id, username: user.username, ip },
    { action: 'auth.resident.bound', targetType: 'user', targetId: user.id, path: facts.path, detail: { via: 'ledger' } },
  );
  return true;
}
