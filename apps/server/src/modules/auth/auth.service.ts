import { createHash, randomBytes, randomInt } from 'node:crypto';
import { isNull } from 'drizzle-orm';
import { passwordProblem, type Role } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import { buildScope } from '../../platform/auth/data-scope';
import { hashPassword, verifyPassword } from '../../platform/crypto/passwords';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { orgNodes } from '../org';
import { findResidentLoginFacts } from '../residents';
import type { Actor } from './actor';
import { posts, users } from './auth.tables';
import * as repo from './auth.repository';
import { forgetActors, sessionCache, type SessionActorRow } from './session-cache';

const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
const OTP_TTL_MINUTES = 5;
const OTP_RESEND_SECONDS = 60;
const OTP_MAX_PER_DAY = 10;
const OTP_MAX_ATTEMPTS = 5;

/** SHA-256 of a session token or code: the database never holds the secret itself. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function nowOf(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** Opens a session for a user and returns the cookie token. */
async function openSession(deps: AppDeps, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(deps.db, sha256(token), userId, nowOf(deps));
  return token;
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends one argon2 verify on a throwaway hash, so that refusing an unknown, disabled or
 * password-less user takes as long as a wrong password (else timing tells which usernames exist).
 */
async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummyHash, password);
}

/**
 * Checks a username and password. Five failures in a row lock the account for 15 minutes; a
 * locked account is refused even with the right password. Every attempt is audited.
 */
export async function loginWithPassword(deps: AppDeps, username: string, password: string, ip: string | null): Promise<string> {
  const now = nowOf(deps);
  const user = await repo.findUserByUsername(deps.db, username);
  const who: AuditActor = { userId: user?.id ?? null, username, ip };
  if (!user || user.disabled || !user.passwordHash) {
    await verifyAgainstDummy(password);
    await recordAudit(deps.db, who, { action: 'auth.login.failed', detail: { reason: 'unknown-user' } });
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(deps.db, who, { action: 'auth.login.refused', detail: { reason: 'locked' } });
    throw new AppError('ACCOUNT_LOCKED', `登录失败次数过多，账号已锁定，请于 ${formatTime(user.lockedUntil)} 后再试`);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await deps.db.transaction(async (tx) => {
      await repo.recordFailedLogin(tx, user.id, lock ? 0 : failed, lock);
      await recordAudit(tx, who, { action: lock ? 'auth.account.locked' : 'auth.login.failed', detail: { failed } });
    });
    if (lock) throw new AppError('ACCOUNT_LOCKED', `连续${MAX_FAILED_LOGINS}次密码错误，账号锁定${LOCK_MINUTES}分钟`);
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  const token = await deps.db.transaction(async (tx) => {
    await repo.clearFailedLogins(tx, user.id);
    await recordAudit(tx, who, { action: 'auth.login', targetType: 'user', targetId: user.id });
    return openSession({ ...deps, db: tx as never }, user.id);
  });
  return token;
}

function formatTime(d: Date): string {
  return d.toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
}

/** How often a session's last_seen_at is written: a write per request would cost more than the idle precision is worth. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Reads a session, ends it when idle past the timeout (undefined), and touches it when last seen
 * over a minute ago (answering with the new time, so a cached copy does not touch again).
 */
async function loadSession(deps: AppDeps, tokenHash: string, now: Date): Promise<SessionActorRow | undefined> {
  const session = await repo.findSessionActor(deps.db, tokenHash);
  if (!session) return undefined;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (idleMs > deps.sessionIdleMinutes * 60_000) {
    await repo.deleteSession(deps.db, tokenHash);
    return undefined;
  }
  if (idleMs <= TOUCH_EVERY_MS) return session;
  await repo.touchSession(deps.db, tokenHash, now);
  return { ...session, lastSeenAt: now };
}

/**
 * Resolves a session cookie to the actor, or null when missing or idle past the timeout. A session
 * read in the last 30 s comes from this instance's cache (session-cache.ts) unless it is due a touch.
 */
export async function resolveSession(deps: AppDeps, token: string | undefined, ip: string | null): Promise<Actor | null> {
  if (!token) return null;
  const now = nowOf(deps);
  const tokenHash = sha256(token);
  const cache = sessionCache(deps);
  const cached = cache.get(tokenHash);
  const fresh = cached && now.getTime() - cached.lastSeenAt.getTime() <= TOUCH_EVERY_MS ? cached : undefined;
  const session = fresh ?? (await cache.fetch(tokenHash, (s) => s.userId, () => loadSession(deps, tokenHash, now)));
  if (!session) return null;
  const user = session.user;
  if (!user || user.disabled) return null;
  const actorPosts = session.posts.map((p) => ({ ...p, role: p.role as Role }));
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    residentId: user.residentId,
    hasPassword: user.hasPassword === true,
    posts: actorPosts,
    scope: buildScope(actorPosts),
    ip,
  };
}

/** Ends a session. */
export async function logout(deps: AppDeps, token: string, actor: Actor): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await repo.deleteSession(tx, sha256(token));
    await recordAudit(tx, { userId: actor.userId, username: actor.username, ip: actor.ip }, { action: 'auth.logout' });
  });
  sessionCache(deps).forgetKey(sha256(token));
}

/**
 * Changes the password; a resident who signed in by code may bind a first one without a current
 * password. Every other session of the user ends (a stolen session does not outlive the change);
 * the one that made the change (`token`) stays.
 */
export async function changePassword(deps: AppDeps, actor: Actor, token: string, currentPassword: string | undefined, newPassword: string): Promise<void> {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  const problem = passwordProblem(newPassword, user.username);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, 'newPassword');
  if (user.passwordHash) {
    if (!currentPassword) throw new AppError('VALIDATION_FAILED', '请输入当前密码', 'currentPassword');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppError('VALIDATION_FAILED', '当前密码不正确', 'currentPassword');
    }
  }
  const hashed = await hashPassword(newPassword);
  await deps.db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, hashed);
    await repo.deleteOtherSessions(tx, user.id, sha256(token));
    await recordAudit(tx, { userId: user.id, username: user.username, ip: actor.ip }, {
      action: user.passwordHash ? 'auth.password.changed' : 'auth.password.bound',
      targetType: 'user',
      targetId: user.id,
    });
  });
  // hasPassword changes on binding a first one, and the other sessions are gone: no instance may answer them from its cache.
  forgetActors(deps, [user.id]);
}

function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Sends a 6-digit login code by SMS: one per minute per phone, ten a day, valid five minutes. */
export async function sendLoginCode(deps: AppDeps, phone: string, ip: string | null): Promise<void> {
  const now = nowOf(deps);
  const phoneHash = deps.cipher.blindIndex(phone);
  const existing = await repo.findOtp(deps.db, phoneHash);
  const today = dayOf(now);
  const sentToday = existing && existing.day === today ? existing.sentToday : 0;
  if (existing && now.getTime() - existing.sentAt.getTime() < OTP_RESEND_SECONDS * 1000) {
    throw new AppError('OTP_RATE_LIMITED', '验证码已发送，请稍后再试');
  }
  if (sentToday >= OTP_MAX_PER_DAY) throw new AppError('OTP_RATE_LIMITED', '今日验证码发送次数已达上限');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await deps.db.transaction(async (tx) => {
    await repo.upsertOtp(tx, {
      phoneHash,
      codeHash: sha256(`${phoneHash}:${code}`),
      expiresAt: new Date(now.getTime() + OTP_TTL_MINUTES * 60_000),
      sentAt: now,
      attempts: 0,
      day: today,
      sentToday: sentToday + 1,
    });
    await recordAudit(tx, { userId: null, username: null, ip }, { action: 'auth.otp.sent', detail: { phone: phone.slice(0, 3) + '****' + phone.slice(-4) } });
  });
  // Side effect after commit (DESIGN rule 7): the code is only sent once it is stored.
  await deps.sms.send(phone, `【邻里】您的登录验证码为 ${code}，${OTP_TTL_MINUTES}分钟内有效。如非本人操作请忽略。`);
}

/**
 * Signs a resident in with a code. A phone already on a user logs that user in; a phone found in
 * the household ledger gets a resident account tied to that person; any other phone gets a plain
 * resident account at the top of the tree.
 */
export async function loginWithCode(deps: AppDeps, phone: string, code: string, ip: string | null): Promise<string> {
  const now = nowOf(deps);
  const phoneHash = deps.cipher.blindIndex(phone);
  const otp = await repo.findOtp(deps.db, phoneHash);
  if (!otp || otp.expiresAt < now || otp.attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_INVALID', '验证码错误或已过期');
  if (otp.codeHash !== sha256(`${phoneHash}:${code}`)) {
    await repo.bumpOtpAttempts(deps.db, phoneHash, otp.attempts + 1);
    throw new AppError('OTP_INVALID', '验证码错误或已过期');
  }
  return deps.db.transaction(async (tx) => {
    await repo.deleteOtp(tx, phoneHash);
    let user = await repo.findUserByPhoneHash(tx, phoneHash);
    if (!user) {
      const facts = await findResidentLoginFacts(tx, phoneHash);
      const id = newId();
      const [root] = facts ? [] : await tx.select({ id: orgNodes.id, path: orgNodes.path }).from(orgNodes).where(isNull(orgNodes.parentId)).limit(1);
      const node = facts ? { id: facts.houseId, path: facts.path } : root;
      [user] = await tx
        .insert(users)
        .values({ id, username: `resident-${id.slice(-12)}`, displayName: facts?.name ?? `居民${phone.slice(-4)}`, phoneHash, residentId: facts?.residentId ?? null })
        .returning();
      if (node) await tx.insert(posts).values({ id: newId(), userId: id, role: 'resident', nodeId: node.id, nodePath: node.path });
      await recordAudit(tx, { userId: id, username: user.username, ip }, { action: 'auth.resident.registered', targetType: 'user', targetId: id });
    }
    await recordAudit(tx, { userId: user.id, username: user.username, ip }, { action: 'auth.login', detail: { method: 'sms' } });
    return openSession({ ...deps, db: tx as never }, user.id);
  });
}
