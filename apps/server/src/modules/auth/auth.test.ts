import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { verifyPassword } from '../../platform/crypto/passwords';
import { runJobOnce } from '../../platform/jobs/scheduler';
import { sessionPurgeJob } from './session-purge';
import { newId } from '../../platform/ids';
import { sessions, users } from './auth.tables';
import { buildActor, buildOrgTree, addResident } from '../../test-support/factories';
import { cookieOf, createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

// Counts password checks: an unknown user must cost one argon2 verify like a known one.
vi.mock('../../platform/crypto/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../platform/crypto/passwords')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community, displayName: '清泉社区小王' });
  await buildActor(t.deps, { username: 'victim', role: 'gridWorker', at: tree.qq.grid });
  await buildActor(t.deps, { username: 'idle', role: 'gridWorker', at: tree.qq.grid });
});
afterAll(() => t.close());

describe('password login', () => {
  it('sets an httpOnly session cookie and /api/me shows the posts and scope', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'community-qq', password: 'test-password' } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'linli_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookieOf(res) } });
    expect(me.json()).toMatchObject({
      username: 'community-qq',
      displayName: '清泉社区小王',
      scope: { all: false, paths: [tree.qq.community.path] },
      homeGridId: null,
    });
    expect(me.json().posts[0]).toMatchObject({ role: 'communityStaff', nodeName: '清泉社区' });
  });

  it('refuses a wrong password with 401 and no cookie, and /api/me without a session with 401', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'community-qq', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
    expect(res.cookies).toHaveLength(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('GET /api/session answers 200 with me null without a session (no 401 in the console), and the user with one', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ me: null });
    const stale = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: 'linli_session=not-a-session' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual({ me: null });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'community-qq', password: 'test-password' } });
    const signedIn = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookieOf(login) } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().me).toMatchObject({ username: 'community-qq', posts: [{ role: 'communityStaff' }] });
  });

  it('locks an account for 15 minutes after 5 wrong passwords, even against the right one', async () => {
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'victim', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    expect((await attempt('wrong')).statusCode).toBe(423);
    expect((await attempt('test-password')).statusCode).toBe(423);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 16 * 60_000);
    try {
      expect((await attempt('test-password')).statusCode).toBe(200);
    } finally {
      t.clock.now = start;
    }
  });

  it('ends a session idle longer than the timeout', async () => {
    const cookie = await loginAs(t.app, 'idle');
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 31 * 60_000);
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });

  it('logs out: the old cookie no longer works', async () => {
    const cookie = await loginAs(t.app, 'community-qq');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('changes a password only with the current one', async () => {
    await buildActor(t.deps, { username: 'changer', role: 'gridWorker', at: tree.qq.grid });
    const cookie = await loginAs(t.app, 'changer');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'x', newPassword: 'new-password-1' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('currentPassword');
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'test-password', newPassword: 'new-password-1' },
    });
    expect(good.statusCode).toBe(200);
    await expect(loginAs(t.app, 'changer', 'new-password-1')).resolves.toContain('linli_session=');
  });

  it('checks a password against a hash even for an unknown, disabled or password-less user, so the answer takes as long', async () => {
    const verify = vi.mocked(verifyPassword);
    verify.mockClear();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody-here', password: 'whatever-1' } });
    expect(res.statusCode).toBe(401);
    expect(verify).toHaveBeenCalledTimes(1);
    const leaverId = await buildActor(t.deps, { username: 'left-already', role: 'gridWorker', at: tree.qq.grid });
    await t.deps.db.update(users).set({ disabled: 1 }).where(eq(users.id, leaverId));
    await t.deps.db.insert(users).values({ id: newId(), username: 'code-only', displayName: '只用验证码', passwordHash: null });
    for (const username of ['left-already', 'code-only']) {
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'test-password' } })).statusCode, username).toBe(401);
    }
    expect(verify).toHaveBeenCalledTimes(3);
  });

  it('ends the other sessions of a user who changes the password, keeping the current one', async () => {
    await buildActor(t.deps, { username: 'two-phones', role: 'gridWorker', at: tree.qq.grid });
    const here = await loginAs(t.app, 'two-phones');
    const elsewhere = await loginAs(t.app, 'two-phones');
    // Read once so the other session sits in the session cache.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: elsewhere } })).statusCode).toBe(200);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: here },
      payload: { currentPassword: 'test-password', newPassword: 'another-secret-9' },
    });
    expect(change.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: elsewhere } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: here } })).statusCode).toBe(200);
  });

  it('refuses a new password that is short, common or contains the username, naming newPassword', async () => {
    await buildActor(t.deps, { username: 'weakling', role: 'gridWorker', at: tree.qq.grid });
    const cookie = await loginAs(t.app, 'weakling');
    for (const newPassword of ['short-1', 'password123', 'qwertyuiop', 'my-weakling-pass']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword: 'test-password', newPassword },
      });
      expect(res.statusCode, newPassword).toBe(400);
      expect(res.json().field, newPassword).toBe('newPassword');
    }
  });

  it('records logins and failures in the audit log', async () => {
    const rows = await t.deps.db.select({ action: auditLog.action, username: auditLog.username }).from(auditLog);
    expect(rows).toContainEqual({ action: 'auth.login', username: 'community-qq' });
    expect(rows).toContainEqual({ action: 'auth.account.locked', username: 'victim' });
  });
});

describe('idle session purge', () => {
  it('deletes sessions idle past the timeout and keeps live ones', async () => {
    const oldId = await buildActor(t.deps, { username: 'purge-old', role: 'gridWorker', at: tree.qq.grid });
    const liveId = await buildActor(t.deps, { username: 'purge-live', role: 'gridWorker', at: tree.qq.grid });
    const start = t.clock.now;
    try {
      await loginAs(t.app, 'purge-old');
      t.clock.now = new Date(start.getTime() + 20 * 60_000);
      await loginAs(t.app, 'purge-live');
      expect(await runJobOnce(t.deps.db, sessionPurgeJob(30), new Date(start.getTime() + 40 * 60_000))).toBe(true);
      expect(await t.deps.db.select().from(sessions).where(eq(sessions.userId, oldId))).toHaveLength(0);
      expect(await t.deps.db.select().from(sessions).where(eq(sessions.userId, liveId))).toHaveLength(1);
    } finally {
      t.clock.now = start;
    }
  });
});

describe('SMS code login for residents', () => {
  it('sends a code, signs the resident in tied to their ledger record, and lets them bind a password', async () => {
    const person = await addResident(t.deps, tree.qq.house1, { name: '李阿姨', phone: '13912345678' });
    const send = await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '13912345678' } });
    expect(send.statusCode).toBe(200);
    const code = /验证码为 (\d{6})/.exec(t.sms.sent.at(-1)!.text)![1];
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/otp/login', payload: { phone: '13912345678', code } });
    expect(login.statusCode).toBe(200);
    // The home grid lies above the house, outside the resident's scope, yet /api/me names it.
    expect(login.json()).toMatchObject({ residentId: person.id, displayName: '李阿姨', hasPassword: false, homeGridId: tree.qq.grid.id });
    expect(login.json().posts[0]).toMatchObject({ role: 'resident', nodeId: tree.qq.house1.id });
    // The new account keeps the phone as its hash and a masked copy, never the number.
    const [account] = await t.deps.db.select().from(users).where(eq(users.id, login.json().id));
    expect(account).toMatchObject({ phoneMasked: '139****5678', phoneHash: t.deps.cipher.blindIndex('13912345678') });
    expect(JSON.stringify(account)).not.toContain('13912345678');
    const bind = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: cookieOf(login) },
      payload: { newPassword: 'resident-pass' },
    });
    expect(bind.statusCode).toBe(200);
  });

  it('refuses a second code within a minute and a wrong code', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '13700000001' } });
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '13700000001' } });
    expect(again.statusCode).toBe(429);
    const code = /验证码为 (\d{6})/.exec(t.sms.sent.at(-1)!.text)![1];
    const otherCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/otp/login', payload: { phone: '13700000001', code: otherCode } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('OTP_INVALID');
  });

  it('expires a code after five minutes', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '13700000002' } });
    const code = /验证码为 (\d{6})/.exec(t.sms.sent.at(-1)!.text)![1];
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 6 * 60_000);
    try {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/otp/login', payload: { phone: '13700000002', code } });
      expect(res.statusCode).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });

  it('names the bad field of a malformed phone', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', payload: { phone: '12345' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'phone' });
  });
});
