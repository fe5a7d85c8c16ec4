import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { users } from '../../test-support/tables';
import { auditLog } from '../../platform/audit/audit.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let adminCookie: string;
let staffCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  adminCookie = await loginAs(t.app, 'admin');
  staffCookie = await loginAs(t.app, 'qq');
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

describe('user and post management', () => {
  it('lets an admin create a user, post them to a grid, and that user then sees the grid only', async () => {
    const created = await call(adminCookie, 'POST', '/api/users', { username: 'grid-new', displayName: '新网格员', password: 'password-123' });
    expect(created.statusCode).toBe(200);
    const userId = created.json().id;
    const posted = await call(adminCookie, 'POST', `/api/users/${userId}/posts`, { role: 'gridWorker', nodeId: tree.qq.grid.id, title: '专职网格员' });
    expect(posted.json().posts).toEqual([expect.objectContaining({ role: 'gridWorker', nodeName: '清泉社区第一网格', title: '专职网格员' })]);
    const cookie = await loginAs(t.app, 'grid-new', 'password-123');
    const roots = (await call(cookie, 'GET', '/api/org/nodes')).json().items;
    expect(roots.map((n: { name: string }) => n.name)).toEqual(['清泉社区第一网格']);
    const removed = await call(adminCookie, 'DELETE', `/api/users/${userId}/posts/${posted.json().posts[0].id}`);
    expect(removed.json().posts).toEqual([]);
  });

  it('keeps a work phone masked only (create, change, remove), refuses one another account has, and audits it masked', async () => {
    const created = await call(adminCookie, 'POST', '/api/users', {
      username: 'grid-phone',
      displayName: '有电话',
      password: 'password-123',
      phone: '13912340001',
    });
    expect(created.json()).toMatchObject({ phoneMasked: '139****0001' });
    const id = created.json().id;
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ phoneMasked: '139****0001', phoneHash: t.deps.cipher.blindIndex('13912340001') });
    const changed = await call(adminCookie, 'PATCH', `/api/users/${id}`, { phone: '13912340002' });
    expect(changed.json()).toMatchObject({ phoneMasked: '139****0002' });
    const other = await call(adminCookie, 'POST', '/api/users', {
      username: 'grid-phone2',
      displayName: '撞号',
      password: 'password-123',
      phone: '13912340002',
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().field).toBe('phone');
    expect((await call(adminCookie, 'PATCH', `/api/users/${id}`, { phone: '1391234' })).json()).toMatchObject({ field: 'phone' });
    expect((await call(adminCookie, 'PATCH', `/api/users/${id}`, { phone: null })).json()).toMatchObject({ phoneMasked: null });
    const audit = JSON.stringify(await t.deps.db.select().from(auditLog).where(eq(auditLog.targetId, id)));
    expect(audit).toContain('139****0002');
    for (const full of ['13912340001', '13912340002']) expect(audit).not.toContain(full);
  });

  it('refuses a duplicate username with 409 naming the field, and a bad username with 400', async () => {
    const dup = await call(adminCookie, 'POST', '/api/users', { username: 'admin', displayName: 'x', password: 'password-123' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().field).toBe('username');
    const bad = await call(adminCookie, 'POST', '/api/users', { username: 'A B', displayName: 'x', password: 'password-123' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('username');
  });

  it('refuses a weak password for a new account with 400 naming the password', async () => {
    for (const [username, password] of [
      ['weak-one', 'qwertyuiop'],
      ['weak-two', 'short-1'],
      ['weak-three', 'my-weak-three-pw'],
    ]) {
      const res = await call(adminCookie, 'POST', '/api/users', { username, displayName: 'x', password });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().field, password).toBe('password');
    }
  });

  it('disables a user so they can no longer log in, and unlocks a locked one', async () => {
    const created = (await call(adminCookie, 'POST', '/api/users', { username: 'leaver', displayName: '离职人员', password: 'password-123' })).json();
    await call(adminCookie, 'PATCH', `/api/users/${created.id}`, { disabled: true });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'leaver', password: 'password-123' } });
    expect(login.statusCode).toBe(401);
  });

  it('forbids non-admins from user management and the audit log', async () => {
    expect((await call(staffCookie, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await call(staffCookie, 'POST', '/api/users', { username: 'sneaky', displayName: 'x', password: 'password-123' })).statusCode).toBe(403);
    expect((await call(staffCookie, 'GET', '/api/audit')).statusCode).toBe(403);
  });
});

describe('audit log', () => {
  it('records every user write and lets an admin search it by action and user', async () => {
    const res = (await call(adminCookie, 'GET', '/api/audit?action=users.create')).json();
    expect(res.items.map((e: { detail: { username: string } }) => e.detail.username)).toEqual(expect.arrayContaining(['grid-new', 'leaver']));
    const byUser = (await call(adminCookie, 'GET', '/api/audit?q=qq')).json().items;
    expect(
      byUser.every((e: { username: string | null; targetId: string | null }) => (e.username ?? '').includes('qq') || (e.targetId ?? '').includes('qq')),
    ).toBe(true);
    expect(byUser.some((e: { action: string }) => e.action === 'auth.login')).toBe(true);
  });

  it('pages backwards in time with a cursor and exports to Excel', async () => {
    const first = (await call(adminCookie, 'GET', '/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await call(adminCookie, 'GET', `/api/audit?limit=2&after=${first.nextCursor}`)).json();
    expect(second.items[0].at <= first.items[1].at).toBe(true);
    expect(second.items[0].id).not.toBe(first.items[1].id);
    const xlsx = await call(adminCookie, 'GET', '/api/audit?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
