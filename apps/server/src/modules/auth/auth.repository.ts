import { and, asc, eq, inArray, lt, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Role } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { statementName } from '../../platform/db/statement-names';
import { nodeDepthOf, nodeNameOf } from '../org';
import { otpCodes, posts, sessions, users } from './auth.tables';

/** A user row. */
export type UserRow = typeof users.$inferSelect;

/** Finds a user by login name. */
export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

/** Finds a user by the blind index of their phone. */
export async function findUserByPhoneHash(db: DbOrTx, phoneHash: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.phoneHash, phoneHash));
  return row;
}

/** Finds a user by id. */
export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Stores a new session token hash. */
export async function insertSession(db: DbOrTx, tokenHash: string, userId: string, now: Date): Promise<void> {
  await db.insert(sessions).values({ tokenHash, userId, createdAt: now, lastSeenAt: now });
}

function sessionActorQuery(db: DbOrTx) {
  return db
    .select({
      userId: sessions.userId,
      lastSeenAt: sessions.lastSeenAt,
      // Whether a password is set, not the hash: this row is kept in the session cache. Null without a
      // user row, so the left join still answers `user: null` then.
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        residentId: users.residentId,
        hasPassword: sql<boolean | null>`case when ${users.id} is null then null else ${users.passwordHash} is not null end`,
        disabled: users.disabled,
      },
      post: { postId: posts.id, role: posts.role, nodeId: posts.nodeId, nodePath: posts.nodePath, title: posts.title },
      // The node's name and depth come from org as subqueries inside this same statement.
      nodeName: nodeNameOf(posts.nodeId),
    })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .leftJoin(posts, eq(posts.userId, users.id))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .orderBy(nodeDepthOf(posts.nodeId), posts.role)
    .prepare(statementName(db, 'linli_session_actor'));
}

// Every request reads its session: the query is built once per database handle and, on a Postgres
// server, prepared by name, so neither Drizzle nor Postgres plans it again (measured ≈ 20 % of Drizzle's time per request).
const preparedSessionActor = new WeakMap<DbOrTx, ReturnType<typeof sessionActorQuery>>();

/**
 * A session with its user (null when the user row is gone) and the user's posts with their node
 * names, ordered from the top of the tree, in one round trip: every request reads it.
 */
export async function findSessionActor(db: DbOrTx, tokenHash: string) {
  let query = preparedSessionActor.get(db);
  if (!query) preparedSessionActor.set(db, (query = sessionActorQuery(db)));
  const rows = await query.execute({ tokenHash });
  if (rows.length === 0) return undefined;
  const { userId, lastSeenAt, user } = rows[0];
  // A post counts only with its node (as the inner join of the posts list always did).
  const userPosts = rows.flatMap((r) => (r.post && r.nodeName !== null ? [{ ...r.post, nodeName: r.nodeName }] : []));
  return { userId, lastSeenAt, user, posts: userPosts };
}

/** Marks a session as seen now (idle timeout restarts). */
export async function touchSession(db: DbOrTx, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** Deletes one session. */
export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Deletes every session of a user but the one with `keepTokenHash`. */
export async function deleteOtherSessions(db: DbOrTx, userId: string, keepTokenHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

/** Deletes sessions idle since before `cutoff`. */
export async function deleteIdleSessions(db: DbOrTx, cutoff: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.lastSeenAt, cutoff));
}

/** Records a failed login, locking the account when `lockUntil` is given. */
export async function recordFailedLogin(db: DbOrTx, userId: string, failedLogins: number, lockUntil: Date | null): Promise<void> {
  await db.update(users).set({ failedLogins, lockedUntil: lockUntil }).where(eq(users.id, userId));
}

/** Clears the failed-login counter after a good login. */
export async function clearFailedLogins(db: DbOrTx, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

/** Sets a user's password hash. */
export async function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** The pending one-time code for a phone, if any. */
export async function findOtp(db: DbOrTx, phoneHash: string) {
  const [row] = await db.select().from(otpCodes).where(eq(otpCodes.phoneHash, phoneHash));
  return row;
}

/** Replaces the pending code for a phone. */
export async function upsertOtp(db: DbOrTx, row: typeof otpCodes.$inferInsert): Promise<void> {
  await db
    .insert(otpCodes)
    .values(row)
    .onConflictDoUpdate({
      target: otpCodes.phoneHash,
      set: { codeHash: row.codeHash, expiresAt: row.expiresAt, sentAt: row.sentAt, attempts: 0, day: row.day, sentToday: row.sentToday },
    });
}

/** Counts one more wrong attempt at a code. */
export async function bumpOtpAttempts(db: DbOrTx, phoneHash: string, attempts: number): Promise<void> {
  await db
    .update(otpCodes)
    .set({ attempts })
    .where(and(eq(otpCodes.phoneHash, phoneHash)));
}

/** Removes a used code. */
export async function deleteOtp(db: DbOrTx, phoneHash: string): Promise<void> {
  await db.delete(otpCodes).where(eq(otpCodes.phoneHash, phoneHash));
}

/** Those of `userIds` who hold a post of one of `roles` anywhere (e.g. staff, whose names may show to neighbours). */
export async function usersHoldingRoles(db: DbOrTx, userIds: string[], roles: readonly Role[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ userId: posts.userId })
    .from(posts)
    .where(and(inArray(posts.userId, userIds), inArray(posts.role, [...roles])));
  return new Set(rows.map((r) => r.userId));
}

/** The posts held at a node with their holders' names (the staff directory of that node; the caller checks scope). */
export async function listPostsAt(db: DbOrTx, nodeId: string) {
  return db
    .select({ userId: posts.userId, role: posts.role, userDisplayName: users.displayName, title: posts.title })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .where(eq(posts.nodeId, nodeId));
}

/** Who holds a post of `role`, and where (user and node path), oldest post first: e.g. the street officers a street may name. */
export async function listPostsWithRole(db: DbOrTx, role: Role): Promise<{ userId: string; nodePath: string }[]> {
  return db.select({ userId: posts.userId, nodePath: posts.nodePath }).from(posts).where(eq(posts.role, role)).orderBy(posts.id);
}

/** Every post a user holds (role, node), in no particular order. */
export async function listPostsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({ id: posts.id, role: posts.role, nodeId: posts.nodeId, nodePath: posts.nodePath, title: posts.title })
    .from(posts)
    .where(eq(posts.userId, userId));
}

/** Display names of users by id (missing ids are left out), in one query. */
export async function userNamesById(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The display name of the user `userId` points at, as a scalar subquery for another module's own query. */
export function userNameOf(userId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${userId})`;
}

/**
 * Active users holding a post of `role` whose node covers `path` (at or above it), with the post's
 * title and node name; by user name, then nearest post (longest path) first. One query.
 */
export async function listActiveHoldersCovering(db: DbOrTx, role: Role, path: string) {
  return db
    .select({ userId: users.id, name: users.displayName, title: posts.title, nodeName: sql<string>`${nodeNameOf(posts.nodeId)}` })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .where(and(eq(posts.role, role), eq(users.disabled, 0), sql`left(${path}, length(${posts.nodePath})) = ${posts.nodePath}`))
    .orderBy(asc(users.displayName), sql`length(${posts.nodePath}) desc`);
}

/** The users holding one of `roles` at or above `path` (a post may repeat a user): e.g. a grid's workers for a new case. */
export async function holderIdsCovering(db: DbOrTx, path: string, roles: readonly string[]): Promise<string[]> {
  const holders = await db
    .select({ userId: posts.userId })
    .from(posts)
    .where(and(inArray(posts.role, [...roles]), sql`starts_with(${path}, ${posts.nodePath})`));
  return holders.map((h) => h.userId);
}

/** The users holding a post of `role` at one of these nodes (a user may repeat). */
export async function holderIdsAt(db: DbOrTx, role: Role, nodeIds: readonly string[]): Promise<string[]> {
  if (nodeIds.length === 0) return [];
  const holders = await db
    .select({ userId: posts.userId })
    .from(posts)
    .where(and(eq(posts.role, role), inArray(posts.nodeId, [...nodeIds])));
  return holders.map((h) => h.userId);
}
