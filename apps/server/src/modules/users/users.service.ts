import { and, asc, eq, gt, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { ADMIN_ROLES, passwordProblem, type Role, type UserView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { escapeLike } from '../../platform/auth/data-scope';
import { hashPassword } from '../../platform/crypto/passwords';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { forgetActors, posts, users } from '../auth';
import { auditActorOf, requireRole, type Actor } from '../../platform/auth/actor';
import { findNodeInScope, orgNodes } from '../org';

async function toViews(db: DbOrTx, rows: (typeof users.$inferSelect)[]): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const postRows = await db
    .select({
      id: posts.id,
      userId: posts.userId,
      role: posts.role,
      nodeId: posts.nodeId,
      nodePath: posts.nodePath,
      title: posts.title,
      nodeName: orgNodes.name,
    })
    .from(posts)
    .innerJoin(orgNodes, eq(orgNodes.id, posts.nodeId))
    .where(
      inArray(
        posts.userId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(orgNodes.depth));
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    disabled: u.disabled === 1,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    posts: postRows
      .filter((p) => p.userId === u.id)
      .map((p) => ({ id: p.id, role: p.role as Role, nodeId: p.nodeId, nodeName: p.nodeName, nodePath: p.nodePath, title: p.title })),
  }));
}

async function getUserView(db: DbOrTx, id: string): Promise<UserView> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) notFound('用户');
  return (await toViews(db, [row]))[0];
}

/** A page of users (admins only), by username order, optionally filtered by name. */
export async function listUsers(deps: AppDeps, actor: Actor, q: string | undefined, limit: number, after: string | undefined) {
  requireRole(actor, ADMIN_ROLES);
  const cursor = deps.cursors.decode(after, 1);
  const conditions: SQL[] = [];
  if (q) conditions.push(or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`)) as SQL);
  if (cursor) conditions.push(gt(users.username, String(cursor[0])));
  const rows = await deps.db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.username))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { items: await toViews(deps.db, page), nextCursor: rows.length > limit ? deps.cursors.encode([page[page.length - 1].username]) : null };
}

/** Creates a staff account (admins only); usernames are unique. */
export async function createUser(deps: AppDeps, actor: Actor, input: { username: string; displayName: string; password: string }) {
  requireRole(actor, ADMIN_ROLES);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, 'password');
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw new AppError('CONFLICT', `用户名 ${input.username} 已被使用`, 'username');
    await tx.insert(users).values({ id, username: input.username, displayName: input.displayName, passwordHash });
    await recordAudit(tx, auditActorOf(actor), { action: 'users.create', targetType: 'user', targetId: id, detail: { username: input.username } });
  });
  return getUserView(deps.db, id);
}

/** Renames, disables/enables or unlocks a user (admins only). */
export async function updateUser(deps: AppDeps, actor: Actor, id: string, input: { displayName?: string; disabled?: boolean; unlock?: boolean }) {
  requireRole(actor, ADMIN_ROLES);
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
    if (!row) notFound('用户');
    if (input.disabled && id === actor.userId) throw new AppError('VALIDATION_FAILED', '不能停用自己的账号', 'disabled');
    await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
        ...(input.unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
      })
      .where(eq(users.id, id));
    await recordAudit(tx, auditActorOf(actor), { action: 'users.update', targetType: 'user', targetId: id, detail: input });
  });
  forgetActors(deps, [id]);
  return getUserView(deps.db, id);
}

/** Gives a user a role at a node inside the admin's scope. */
export async function addPost(deps: AppDeps, actor: Actor, userId: string, input: { role: Role; nodeId: string; title?: string }) {
  requireRole(actor, ADMIN_ROLES);
  await deps.db.transaction(async (tx) => {
    const node = await findNodeInScope(tx, actor.scope, input.nodeId);
    if (!node) throw new AppError('VALIDATION_FAILED', '所选节点不存在', 'nodeId');
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) notFound('用户');
    const [dup] = await tx
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.userId, userId), eq(posts.role, input.role), eq(posts.nodeId, node.id)));
    if (dup) throw new AppError('CONFLICT', '该用户已在此节点担任此岗位', 'role');
    const postId = newId();
    await tx.insert(posts).values({ id: postId, userId, role: input.role, nodeId: node.id, nodePath: node.path, title: input.title ?? null });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'posts.create',
      targetType: 'user',
      targetId: userId,
      path: node.path,
      detail: { role: input.role, nodeId: node.id },
    });
  });
  forgetActors(deps, [userId]);
  return getUserView(deps.db, userId);
}

/** Removes one post of a user. */
export async function removePost(deps: AppDeps, actor: Actor, userId: string, postId: string) {
  requireRole(actor, ADMIN_ROLES);
  await deps.db.transaction(async (tx) => {
    const [post] = await tx
      .select()
      .from(posts)
      .where(and(eq(posts.id, postId), eq(posts.userId, userId)));
    if (!post) notFound('岗位');
    await tx.delete(posts).where(eq(posts.id, postId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'posts.delete',
      targetType: 'user',
      targetId: userId,
      path: post.nodePath,
      detail: { role: post.role, nodeId: post.nodeId },
    });
  });
  forgetActors(deps, [userId]);
  return getUserView(deps.db, userId);
}
