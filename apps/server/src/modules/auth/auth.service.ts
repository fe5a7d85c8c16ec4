import { createHash, randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { maskPhone, passwordProblem, type Role } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import { buildScope } from '../../platform/auth/data-scope';
import { hashPassword, verifyPassword } from '../../platform/crypto/passwords';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { takeFromBudget } from '../../platform/rate-limit/rate-counter';
import { findResidentLoginFacts } from '../residents';
import type { Actor } from '../../platform/auth/actor';
import { users } from './auth.tables';
import * as repo from './auth.repository';
import { bindFromLedger } from './residence-claims.service';
import { forgetActors, sessionCache, type SessionActorRow } from './session-cache';

const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
const OTP_TTL_MINUTES = 5;
const OTP_RESEND_SECONDS = 60;
const OTP_MAX_PER_DAY = 10;
const OTP_MAX_ATTEMPTS = 5;
const OTP_MAX_PER_IP_10MIN = 5;
const OTP_MAX_PER_IP_DAY = 20;
const DAY_MS = 24 * 3600_000;

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
  const session =
    fresh ??
    (await cache.fetch(
      tokenHash,
      (s) => s.userId,
      () => loadSession(deps, tokenHash, now),
    ));
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
    await recordAudit(
      tx,
      { userId: user.id, username: user.username, ip: actor.ip },
      {
        action: user.passwordHash ? 'auth.password.changed' : 'auth.password.bound',
        targetType: 'user',
        targetId: user.id,
      },
    );
  });
  // hasPassword changes on binding a first one, and the other sessions are gone: no instance may answer them from its cache.
  forgetActors(deps, [user.id]);
}

function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The deployment-wide daily SMS cap when LINLI_SMS_DAILY_CAP is unset. */
export const DEFAULT_SMS_DAILY_CAP = 2000;

/** Why a code was refused, as the audit entry records it. */
type OtpRefusal = 'phone-minute' | 'phone-day' | 'ip-10min' | 'ip-day' | 'daily-cap';

/**
 * Takes one code from the per-address budgets (5 in ten minutes, 20 a day) and the deployment's
 * daily cap, in that order: an address already refused never spends the shared cap.
 */
async function takeSmsBudget(deps: AppDeps, ip: string | null, now: Date): Promise<OtpRefusal | null> {
  if (ip) {
    if (!(await takeFromBudget(deps.db, { key: `otp:ip:${ip}`, windowMs: 10 * 60_000, limit: OTP_MAX_PER_IP_10MIN }, now))) return 'ip-10min';
    if (!(await takeFromBudget(deps.db, { key: `otp:ip-day:${ip}`, windowMs: DAY_MS, limit: OTP_MAX_PER_IP_DAY }, now))) return 'ip-day';
  }
  const cap = deps.smsDailyCap ?? DEFAULT_SMS_DAILY_CAP;
  if (!(await takeFromBudget(deps.db, { key: 'otp:all', windowMs: DAY_MS, limit: cap }, now))) return 'daily-cap';
  return null;
}

const REFUSAL_MESSAGES: Record<OtpRefusal, string> = {
  'phone-minute': '验证码已发送，请稍后再试',
  'phone-day': '今日验证码发送次数已达上限',
  'ip-10min': '请求验证码过于频繁，请稍后再试',
  'ip-day': '今日验证码请求次数已达上限',
  'daily-cap': '今日短信发送量已达上限，请明天再试或使用账号密码登录',
};

/**
 * Sends a 6-digit login code by SMS, valid five minutes: one per minute and ten a day per phone,
 * within the address and deployment budgets (takeSmsBudget); a refusal is audited and is a 429.
 */
export async function sendLoginCode(deps: AppDeps, phone: string, ip: string | null): Promise<void> {
  const now = nowOf(deps);
  const phoneHash = deps.cipher.blindIndex(phone);
  const masked = phone.slice(0, 3) + '****' + phone.slice(-4);
  const existing = await repo.findOtp(deps.db, phoneHash);
  const today = dayOf(now);
  const sentToday = existing && existing.day === today ? existing.sentToday : 0;
  let refusal: OtpRefusal | null = null;
  if (existing && now.getTime() - existing.sentAt.getTime() < OTP_RESEND_SECONDS * 1000) refusal = 'phone-minute';
  else if (sentToday >= OTP_MAX_PER_DAY) refusal = 'phone-day';
  else refusal = await takeSmsBudget(deps, ip, now);
  if (refusal) {
    await recordAudit(deps.db, { userId: null, username: null, ip }, { action: 'auth.otp.refused', detail: { reason: refusal, phone: masked } });
    throw new AppError('OTP_RATE_LIMITED', REFUSAL_MESSAGES[refusal]);
  }
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
    await recordAudit(tx, { userId: null, username: null, ip }, { action: 'auth.otp.sent', detail: { phone: masked } });
  });
  // Side effect after commit (DESIGN rule 7): the code is only sent once it is stored.
  await deps.sms.send(phone, `【邻里】您的登录验证码为 ${code}，${OTP_TTL_MINUTES}分钟内有效。如非本人操作请忽略。`);
}

/**
 * Signs a resident in with a code. A phone already on a user logs that user in; any other phone gets
 * an account with no post: a pending resident (ADR 0008). A user with no post whose phone is in the
 * household ledger is bound to that household, at the first login or any later one.
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
  const { token, userId, bound } = await deps.db.transaction(async (tx) => {
    await repo.deleteOtp(tx, phoneHash);
    let user = await repo.findUserByPhoneHash(tx, phoneHash);
    if (!user) {
      const facts = await findResidentLoginFacts(tx, phoneHash);
      const id = newId();
      [user] = await tx
        .insert(users)
        .values({ id, username: `resident-${id.slice(-12)}`, displayName: facts?.name ?? `居民${phone.slice(-4)}`, phoneHash, phoneMasked: maskPhone(phone) })
        .returning();
      await recordAudit(tx, { userId: id, username: user.username, ip }, { action: 'auth.resident.registered', targetType: 'user', targetId: id });
    } else if (!user.phoneMasked) {
      // Accounts made before the masked phone existed gain it at their next code login: the hash alone cannot give it.
      await tx
        .update(users)
        .set({ phoneMasked: maskPhone(phone) })
        .where(eq(users.id, user.id));
    }
    const bound = await bindFromLedger(tx, user, phoneHash, ip, now);
    await recordAudit(tx, { userId: user.id, username: user.username, ip }, { action: 'auth.login', detail: { method: 'sms' } });
    return { token: await openSession({ ...deps, db: tx as never }, user.id), userId: user.id, bound };
  });
  if (bound) forgetActors(deps, [userId]);
  return token;
}
