import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@linli/shared';
import { escapeLike } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import { nodeDepthOf, nodeNameOf } from '../org';
import { posts, users } from './auth.tables';

// Accounts and posts as other modules manage them (user admin, partner liaisons, demo accounts):
// auth keeps the tables, they call these.

/** An account row as other modules see it (no password hash). */
export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  disabled: number;
  lockedUntil: Date | null;
  residentId: string | null;
  phoneMasked: string | null;
}

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  residentId: users.residentId,
  phoneMasked: users.phoneMasked,
};

/** The account with this id, or undefined. */
export async function findAccount(db: DbOrTx, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, id));
  return row;
}

/** The account with this username, or undefined. */
export async function findAccountByUsername(db: DbOrTx, username: string): Promise<AccountRow | undefined> {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.username, username));
  return row;
}

/** The id of the account with this phone hash, or undefined. */
export async function findAccountIdByPhoneHash(db: DbOrTx, phoneHash: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.phoneHash, phoneHash));
  return row?.id;
}

/** The accounts with these usernames (missing ones left out). */
export async function findAccountsByUsername(db: DbOrTx, usernames: readonly string[]): Promise<AccountRow[]> {
  if (usernames.length === 0) return [];
  return db
    .select(accountColumns)
    .from(users)
    .where(inArray(users.username, [...usernames]));
}

/** Up to `limit` accounts by username after `afterUsername`, whose username or name contains `q`. */
export async function listAccounts(db: DbOrTx, q: string | undefined, afterUsername: string | undefined, limit: number): Promise<AccountRow[]> {
  const conditions: SQL[] = [];
  if (q) conditions.push(or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`)) as SQL);
  if (afterUsername !== undefined) conditions.push(gt(users.username, afterUsername));
  return db
    .select(accountColumns)
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.username))
    .limit(limit);
}

/** Adds an account. */
export async function insertAccount(
  db: DbOrTx,
  row: { id: string; username: string; displayName: string; passwordHash: string; phoneHash?: string | null; phoneMasked?: string | null },
): Promise<void> {
  await db.insert(users).values(row);
}

/** Changes an account's name, disabled flag or lock. */
export async function updateAccount(
  db: DbOrTx,
  id: string,
  set: {
    displayName?: string;
    disabled?: number;
    lockedUntil?: null;
    failedLogins?: number;
    residentId?: string;
    phoneHash?: string | null;
    phoneMasked?: string | null;
  },
): Promise<void> {
  await db.update(users).set(set).where(eq(users.id, id));
}

/** A post as other modules see it. */
export interface PostRow {
  id: string;
  userId: string;
  role: string;
  nodeId: string;
  nodePath: string;
  title: string | null;
}

/** The posts of these users with their node names, from the top of the tree down; posts whose node is gone are left out. */
export async function listPostsWithNodeNames(db: DbOrTx, userIds: readonly string[]): Promise<(PostRow & { nodeName: string })[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({
      id: posts.id,
      userId: posts.userId,
      role: posts.role,
      nodeId: posts.nodeId,
      nodePath: posts.nodePath,
      title: posts.title,
      nodeName: nodeNameOf(posts.nodeId),
    })
    .from(posts)
    .where(inArray(posts.userId, [...userIds]))
    .orderBy(asc(nodeDepthOf(posts.nodeId)));
  return rows.flatMap((r) => (r.nodeName === null ? [] : [{ ...r, nodeName: r.nodeName }]));
}

/** The user's post with this id, or undefined. */
export async function findPostOf(db: DbOrTx, userId: string, postId: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select({ id: posts.id, userId: posts.userId, role: posts.role, nodeId: posts.nodeId, nodePath: posts.nodePath, title: posts.title })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.userId, userId)));
  return row;
}

/** The user's posts of `role` (optionally at one node), in no particular order. */
export async function findPostsWithRole(db: DbOrTx, userId: string, role: Role, nodeId?: string): Promise<PostRow[]> {
  return db
    .select({ id: posts.id, userId: posts.userId, role: posts.role, nodeId: posts.nodeId, nodePath: posts.nodePath, title: posts.title })
    .from(posts)
    .where(and(eq(posts.userId, userId), eq(posts.role, role), nodeId === undefined ? undefined : eq(posts.nodeId, nodeId)));
}

/** Adds posts (skipping one a user already holds when `skipExisting`, e.g. a resident's house). */
export async function insertPosts(
  db: DbOrTx,
  rows: { id: string; userId: string; role: Role; nodeId: string; nodePath: string; title?: string | null }[],
  skipExisting = false,
): Promise<void> {
  if (rows.length === 0) return;
  const insert = db.insert(posts).values(rows);
  await (skipExisting ? insert.onConflictDoNothing() : insert);
}

/** Removes one post. */
export async function deletePost(db: DbOrTx, postId: string): Promise<void> {
  await db.delete(posts).where(eq(posts.id, postId));
}

/** Which posts: every field given narrows. */
export interface HolderFilter {
  roles?: readonly Role[];
  usernames?: readonly string[];
  userId?: string;
  nodePath?: string;
  nodePaths?: readonly string[];
}

/** Posts with their holders (name, username) and node names, matching `filter`, in post order; one query. */
export async function listPostHolders(db: DbOrTx, filter: HolderFilter) {
  const c: SQL[] = [];
  if (filter.roles) c.push(inArray(posts.role, [...filter.roles]));
  if (filter.usernames) c.push(inArray(users.username, [...filter.usernames]));
  if (filter.userId !== undefined) c.push(eq(posts.userId, filter.userId));
  if (filter.nodePath !== undefined) c.push(eq(posts.nodePath, filter.nodePath));
  if (filter.nodePaths) c.push(filter.nodePaths.length ? inArray(posts.nodePath, [...filter.nodePaths]) : sql`false`);
  return db
    .select({
      postId: posts.id,
      userId: users.id,
      username: users.username,
      name: users.displayName,
      residentId: users.residentId,
      phoneMasked: users.phoneMasked,
      role: posts.role,
      nodeId: posts.nodeId,
      nodePath: posts.nodePath,
      title: posts.title,
      nodeName: sql<string>`${nodeNameOf(posts.nodeId)}`,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .where(and(...c))
    .orderBy(asc(posts.id));
}

/** How many posts of `role` sit at or under `path`. */
export async function countPostsUnder(db: DbOrTx, role: Role, path: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(and(eq(posts.role, role), sql`${posts.nodePath} like ${`${escapeLike(path)}%`}`));
  return row?.n ?? 0;
}

/** Which of these phone hashes an account already holds (the hash is unique over accounts). */
export async function takenPhoneHashes(db: DbOrTx, hashes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < hashes.length; i += 1000) {
    const rows = await db
      .select({ h: users.phoneHash })
      .from(users)
      .where(inArray(users.phoneHash, hashes.slice(i, i + 1000)));
    for (const r of rows) if (r.h) taken.add(r.h);
  }
  return taken;
}

/** Accounts holding a post at or under `path` that have no masked phone yet (the demo fills them). */
export async function accountsWithoutPhoneMaskUnder(db: DbOrTx, path: string) {
  return db
    .selectDistinct({ id: users.id, username: users.username, residentId: users.residentId })
    .from(users)
    .innerJoin(posts, eq(posts.userId, users.id))
    .where(and(sql`${users.phoneMasked} is null`, sql`${posts.nodePath} like ${`${escapeLike(path)}%`}`))
    .orderBy(asc(users.id));
}

/** Sets accounts' masked phones (only the masked copy: a demo staff phone is made up and gets no SMS login). */
export async function setPhoneMasks(db: DbOrTx, rows: readonly { id: string; phoneMasked: string }[]): Promise<void> {
  for (const r of rows) await db.update(users).set({ phoneMasked: r.phoneMasked }).where(eq(users.id, r.id));
}
