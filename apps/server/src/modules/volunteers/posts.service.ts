import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { CreateVolunteerPostInput, ListVolunteerPostsQuery, VolunteerPostView, VolunteerPostState } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pageOf } from '../../platform/http/cursor';
import { recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import { isMemberOf, isStaff, volunteersScope, type VolunteersScope } from './volunteers-access';
import { findVisiblePost, listPostRows, type PostRow } from './volunteers-reads';
import { nodeNames, nowOf, staffCommunity, userNames } from './volunteers-support';
import { volunteerPostClaims, volunteerPosts, volunteerSkills } from './volunteers.tables';

type PostClaimRow = typeof volunteerPostClaims.$inferSelect;

const TAKEN_MESSAGE = '该志愿岗已被他人认领';

async function activeClaims(db: DbOrTx, postIds: string[]): Promise<Map<string, PostClaimRow>> {
  if (!postIds.length) return new Map();
  const rows = await db
    .select()
    .from(volunteerPostClaims)
    .where(and(inArray(volunteerPostClaims.postId, postIds), eq(volunteerPostClaims.active, 1)));
  return new Map(rows.map((r) => [r.postId, r]));
}

async function toViews(db: DbOrTx, scope: VolunteersScope, rows: PostRow[]): Promise<VolunteerPostView[]> {
  const claims = await activeClaims(
    db,
    rows.map((r) => r.id),
  );
  const [communities, names] = await Promise.all([
    nodeNames(
      db,
      rows.map((r) => r.communityId),
    ),
    userNames(
      db,
      [...claims.values()].map((c) => c.userId),
    ),
  ]);
  return rows.map((r) => {
    const claim = claims.get(r.id);
    const allowedActions: VolunteerPostView['allowedActions'] = [];
    if (!claim && isMemberOf(scope, r.path)) allowedActions.push('claim');
    if (claim && (claim.userId === scope.userId || isStaff(scope, r.path))) allowedActions.push('release');
    return {
      id: r.id,
      communityId: r.communityId,
      communityName: communities.get(r.communityId) ?? '',
      title: r.title,
      description: r.description,
      skill: r.skill,
      state: claim ? 'claimed' : 'open',
      claimantName: claim ? (names.get(claim.userId) ?? '') : null,
      claimedAt: claim?.claimedAt.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      allowedActions,
    };
  });
}

async function postOr404(db: DbOrTx, scope: VolunteersScope, id: string): Promise<PostRow> {
  return (await findVisiblePost(db, scope, id)) ?? notFound('志愿岗');
}

/** Publishes a volunteer post 志愿岗 in a community of the actor's area. */
export async function createPost(deps: AppDeps, actor: Actor, input: CreateVolunteerPostInput): Promise<VolunteerPostView> {
  const scope = volunteersScope(actor);
  const community = await staffCommunity(deps.db, scope, input.communityId);
  const now = nowOf(deps);
  const row: PostRow = {
    id: newId(now),
    communityId: community.id,
    path: community.path,
    title: input.title,
    description: input.description,
    skill: input.skill,
    createdByUserId: actor.userId,
    createdAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(volunteerPosts).values(row);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'volunteers.post.create',
      targetType: 'volunteerPost',
      targetId: row.id,
      path: row.path,
      detail: { title: row.title, skill: row.skill },
    });
  });
  return (await toViews(deps.db, scope, [row]))[0];
}

/** Posts the caller may see, newest first; `state` and `mine` filter on the live claim. */
export async function listPosts(
  deps: AppDeps,
  actor: Actor,
  query: ListVolunteerPostsQuery,
): Promise<{ items: VolunteerPostView[]; nextCursor: string | null }> {
  const scope = volunteersScope(actor);
  const conditions: SQL[] = [];
  if (query.communityId) conditions.push(eq(volunteerPosts.communityId, query.communityId));
  const claimed = sql`exists (select 1 from ${volunteerPostClaims} where ${volunteerPostClaims.postId} = ${volunteerPosts.id} and ${volunteerPostClaims.active} = 1)`;
  // A post is held while one member's claim on it is active (DOMAIN §3: one item, one claimant).
  const inState: Record<VolunteerPostState, SQL> = { open: sql`not ${claimed}`, claimed };
  if (query.state) conditions.push(inState[query.state]);
  if (query.mine)
    conditions.push(
      sql`exists (select 1 from ${volunteerPostClaims} where ${volunteerPostClaims.postId} = ${volunteerPosts.id} and ${volunteerPostClaims.active} = 1 and ${volunteerPostClaims.userId} = ${actor.userId})`,
    );
  const cursor = deps.cursors.decode(query.after, 1);
  if (cursor) conditions.push(lt(volunteerPosts.id, String(cursor[0])));
  const rows = await listPostRows(deps.db, scope, conditions, [desc(volunteerPosts.id)], query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, deps.cursors);
  return { items: await toViews(deps.db, scope, page), nextCursor };
}

/**
 * A party member of the post's community with the skill in the library claims the post
 * (DOMAIN §3: one post, one claimant). The partial unique index on active claims decides between
 * simultaneous claimants: exactly one insert commits, every other answers ITEM_TAKEN.
 */
export async function claimPost(deps: AppDeps, actor: Actor, id: string): Promise<VolunteerPostView> {
  const scope = volunteersScope(actor);
  const now = nowOf(deps);
  try {
    await deps.db.transaction(async (tx) => {
      const post = await postOr404(tx, scope, id);
      if (!isMemberOf(scope, post.path)) throw new AppError('FORBIDDEN', '只有在本社区报到的党员可以认领志愿岗');
      if ((await activeClaims(tx, [id])).size) throw new AppError('ITEM_TAKEN', TAKEN_MESSAGE);
      const [entry] = await tx.select().from(volunteerSkills).where(eq(volunteerSkills.userId, actor.userId));
      if (!entry || !(entry.skills.includes(post.skill) || entry.profession.includes(post.skill)))
        throw new AppError('FORBIDDEN', `该岗位需要「${post.skill}」技能，请先在技能库登记`);
      await tx.insert(volunteerPostClaims).values({ id: newId(now), postId: id, userId: actor.userId, path: post.path, claimedAt: now });
      await recordAudit(tx, auditActorOf(actor), { action: 'volunteers.post.claim', targetType: 'volunteerPost', targetId: id, path: post.path });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'volunteer_post_claims_active_uq')) throw new AppError('ITEM_TAKEN', TAKEN_MESSAGE);
    throw err;
  }
  return (await toViews(deps.db, scope, [await postOr404(deps.db, scope, id)]))[0];
}

/** The claimant or staff release a claimed post so another member can take it. */
export async function releasePost(deps: AppDeps, actor: Actor, id: string): Promise<VolunteerPostView> {
  const scope = volunteersScope(actor);
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const post = await postOr404(tx, scope, id);
    const claim = (await activeClaims(tx, [id])).get(id);
    if (!claim) throw new AppError('CONFLICT', '该志愿岗尚未被认领');
    if (claim.userId !== actor.userId && !isStaff(scope, post.path)) throw new AppError('FORBIDDEN', '只有认领人或社区工作人员可以释放');
    const released = await tx
      .update(volunteerPostClaims)
      .set({ active: 0, releasedAt: now })
      .where(and(eq(volunteerPostClaims.id, claim.id), eq(volunteerPostClaims.active, 1)))
      .returning({ id: volunteerPostClaims.id });
    if (!released.length) throw new AppError('CONFLICT', '志愿岗已被他人处理，请刷新后重试');
    await recordAudit(tx, auditActorOf(actor), { action: 'volunteers.post.release', targetType: 'volunteerPost', targetId: id, path: post.path });
  });
  return (await toViews(deps.db, scope, [await postOr404(deps.db, scope, id)]))[0];
}
