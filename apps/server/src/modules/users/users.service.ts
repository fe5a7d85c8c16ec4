import { ADMIN_ROLES, maskPhone, passwordProblem, type Role, type UserView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/crypto/passwords';
import type { DbOrTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import {
  deletePost,
  findAccount,
  findAccountByUsername,
  findAccountIdByPhoneHash,
  findPostOf,
  findPostsWithRole,
  forgetActors,
  insertAccount,
  insertPosts,
  listAccounts,
  listPostsWithNodeNames,
  updateAccount,
  type AccountRow,
} from '../auth';
import { auditActorOf, requireRole, type Actor } from '../../platform/auth/actor';
import { findNodeInScope } from '../org';

async function toViews(db: DbOrTx, rows: AccountRow[]): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const postRows = await listPostsWithNodeNames(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    disabled: u.disabled === 1,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    phoneMasked: u.phoneMasked,
    posts: postRows
      .filter((p) => p.userId === u.id)
      .map((p) => ({ id: p.id, role: p.role as Role, nodeId: p.nodeId, nodeName: p.nodeName, nodePath: p.nodePath, title: p.title })),
  }));
}

async function getUserView(db: DbOrTx, id: string): Promise<UserView> {
  const row = await findAccount(db, id);
  if (!row) notFound('用户');
  return (await toViews(db, [row]))[0];
}

/** A page of users (admins only), by username order, optionally filtered by name. */
export async function listUsers(deps: AppDeps, actor: Actor, q: string | undefined, limit: number, after: string | undefined) {
  requireRole(actor, ADMIN_ROLES);
  const cursor = deps.cursors.decode(after, 1);
  const rows = await listAccounts(deps.db, q, cursor ? String(cursor[0]) : undefined, limit + 1);
  const page = rows.slice(0, limit);
  return { items: await toViews(deps.db, page), nextCursor: rows.length > limit ? deps.cursors.encode([page[page.length - 1].username]) : null };
}

/** The phone columns of an account for `phone` (null removes it): its keyed hash and masked copy, never the number. */
function phoneColumns(deps: Pick<AppDeps, 'cipher'>, phone: string | null): { phoneHash: string | null; phoneMasked: string | null } {
  return phone ? { phoneHash: deps.cipher.blindIndex(phone), phoneMasked: maskPhone(phone) } : { phoneHash: null, phoneMasked: null };
}

/** A 409 on `phone` when another account already has this phone (the hash is unique: SMS login finds one account). */
async function checkPhoneFree(db: DbOrTx, phoneHash: string | null, selfId: string | null): Promise<void> {
  if (!phoneHash) return;
  const holder = await findAccountIdByPhoneHash(db, phoneHash);
  if (holder && holder !== selfId) throw new AppError('CONFLICT', '该手机号已绑定其他账号', 'phone');
}

/** Creates a staff account (admins only); usernames are unique. */
export async function createUser(deps: AppDeps, actor: Actor, input: { username: string; displayName: string; password: string; phone?: string }) {
  requireRole(actor, ADMIN_ROLES);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, 'password');
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    const taken = await findAccountByUsername(tx, input.username);
    if (taken) throw new AppError('CONFLICT', `用户名 ${input.username} 已被使用`, 'username');
    const phone = phoneColumns(deps, input.phone ?? null);
    await checkPhoneFree(tx, phone.phoneHash, null);
    await insertAccount(tx, { id, username: input.username, displayName: input.displayName, passwordHash, ...phone });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'users.create',
      targetType: 'user',
      targetId: id,
      detail: { username: input.username, ...(phone.phoneMasked ? { phone: phone.phoneMasked } : {}) },
    });
  });
  return getUserView(deps.db, id);
}

/** Renames, disables/enables or unlocks a user (admins only). */
export async function updateUser(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { displayName?: string; disabled?: boolean; unlock?: boolean; phone?: string | null },
) {
  requireRole(actor, ADMIN_ROLES);
  await deps.db.transaction(async (tx) => {
    const row = await findAccount(tx, id);
    if (!row) notFound('用户');
    if (input.disabled && id === actor.userId) throw new AppError('VALIDATION_FAILED', '不能停用自己的账号', 'disabled');
    const phone = input.phone !== undefined ? phoneColumns(deps, input.phone) : undefined;
    if (phone) await checkPhoneFree(tx, phone.phoneHash, id);
    await updateAccount(tx, id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
      ...(input.unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
      ...phone,
    });
    // The audit keeps the masked phone only: the log is read more widely than the account.
    const { phone: _full, ...rest } = input;
    const detail = phone ? { ...rest, phone: phone.phoneMasked } : rest;
    await recordAudit(tx, auditActorOf(actor), { action: 'users.update', targetType: 'user', targetId: id, detail });
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
    const user = await findAccount(tx, userId);
    if (!user) notFound('用户');
    const [dup] = await findPostsWithRole(tx, userId, input.role, node.id);
    if (dup) throw new AppError('CONFLICT', '该用户已在此节点担任此岗位', 'role');
    const postId = newId();
    await insertPosts(tx, [{ id: postId, userId, role: input.role, nodeId: node.id, nodePath: node.path, title: input.title ?? null }]);
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
    const post = await findPostOf(tx, userId, postId);
    if (!post) notFound('岗位');
    await deletePost(tx, postId);
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
