import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, type TestApp } from '../../test-support/test-app';

describe('the session cookie', () => {
  let t: TestApp;
  const HTTPS = { 'x-forwarded-proto': 'https' };

  beforeAll(async () => {
    t = await createTestApp({ deps: { trustProxy: ['127.0.0.1'] } });
    const tree = await buildOrgTree(t.deps);
    await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  });
  afterAll(() => t.close());

  const login = (headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username: 'qq', password: 'test-password' } });

  it('is linli_session, httpOnly and not Secure over plain http', async () => {
    const [cookie] = (await login()).cookies;
    expect(cookie).toMatchObject({ name: 'linli_session', httpOnly: true, path: '/', sameSite: 'Lax' });
    expect(cookie.secure).toBeFalsy();
  });

  it('is __Host-linli_session, Secure, path=/ and without a domain over https through a trusted proxy', async () => {
    const res = await login(HTTPS);
    expect(res.cookies).toHaveLength(1);
    expect(res.cookies[0]).toMatchObject({ name: '__Host-linli_session', secure: true, httpOnly: true, path: '/' });
    expect(res.cookies[0].domain).toBeUndefined();
  });

  it('is read under the name matching the protocol, and logout over https clears that one', async () => {
    const token = (await login(HTTPS)).cookies[0].value;
    const me = (name: string, headers: Record<string, string>) => t.app.inject({ url: '/api/me', headers: { ...headers, cookie: `${name}=${token}` } });
    expect((await me('__Host-linli_session', HTTPS)).statusCode).toBe(200);
    expect((await me('linli_session', HTTPS)).statusCode).toBe(401);
    expect((await me('__Host-linli_session', {})).statusCode).toBe(401);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...HTTPS, cookie: `__Host-linli_session=${token}` } });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.find((c) => c.name === '__Host-linli_session');
    expect(cleared).toMatchObject({ value: '', secure: true, path: '/' });
    expect((await me('__Host-linli_session', HTTPS)).statusCode).toBe(401);
  });
});
