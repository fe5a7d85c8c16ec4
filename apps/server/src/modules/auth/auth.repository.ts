import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Role } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { statementName } from '../../platform/db/statement-names';
import { orgNodes } from '../org';
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
      nodeName: orgNodes.name,
    })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .leftJoin(posts, eq(posts.userId, users.id))
    .leftJoin(orgNodes, eq(orgNodes.id, posts.nodeId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .orderBy(orgNodes.depth, posts.role)
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
