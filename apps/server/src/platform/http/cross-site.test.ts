import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../../modules/cases';
import { DEMO_API_KEY, ensureDemoOpen311Client } from '../../modules/open311';
import { isCrossSite } from './cross-site';

describe('isCrossSite', () => {
  const own = ['http://linli.example.cn', 'https://linli.gov.example'];

  it('lets through requests without Origin or Sec-Fetch-Site (curl, servers), and same-origin ones', () => {
    expect(isCrossSite({}, own)).toBe(false);
    expect(isCrossSite({ origin: 'http://linli.example.cn', 'sec-fetch-site': 'same-origin' }, own)).toBe(false);
    expect(isCrossSite({ origin: 'https://linli.gov.example:443' }, own)).toBe(false);
  });

  it('refuses Sec-Fetch-Site: cross-site, a foreign Origin, an opaque Origin and another port', () => {
    expect(isCrossSite({ 'sec-fetch-site': 'cross-site' }, own)).toBe(true);
    expect(isCrossSite({ origin: 'https://evil.example' }, own)).toBe(true);
    expect(isCrossSite({ origin: 'null' }, own)).toBe(true);
    expect(isCrossSite({ origin: 'http://linli.example.cn:8080' }, own)).toBe(true);
  });
});

describe('state changes from other sites', () => {
  let t: TestApp;
  let cookie: string;
  const EVIL = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await buildOrgTree(t.deps);
    await seedCategories(t.deps.db);
    await ensureDemoOpen311Client(t.deps.db, tree.district.id);
    await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
    cookie = await loginAs(t.app, 'resident');
  });
  afterAll(() => t.close());

  const me = () => t.app.inject({ url: '/api/me', headers: { cookie } });

  it('refuses a cross-site POST carrying the session cookie with 403 and changes nothing', async () => {
    for (const headers of [EVIL, { origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...headers, cookie },
        payload: { description: '3号楼前面的路灯坏了好几天' },
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toEqual({ code: 'FORBIDDEN', message: '跨站请求已被拒绝' });
    }
    const list = await t.app.inject({ url: '/api/cases?mine=reported', headers: { cookie } });
    expect(list.json().items).toHaveLength(0);
  });

  it('refuses a text/plain body, the kind a cross-site form can send without asking', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'content-type': 'text/plain' }, payload: 'x' });
    expect(res.statusCode).toBe(400);
    expect((await me()).statusCode).toBe(200);
  });

  it('lets same-origin pages and clients without those headers change state, and anyone read', async () => {
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      payload: { description: '小区门口垃圾堆了三天没人清理' },
    });
    expect(sameOrigin.statusCode, sameOrigin.body).toBe(201);
    const plain = await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload: { description: '楼道里的灯不亮了，晚上很黑' } });
    expect(plain.statusCode).toBe(201);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie, ...EVIL } })).statusCode).toBe(200);
  });

  it('leaves Open311, whose API-key partners post from their own sites, to its own checks', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: EVIL,
      payload: { api_key: DEMO_API_KEY, service_code: 'E0401', lat: 34.79, long: 117.26, description: '小区门口水管爆了' },
    });
    expect(res.statusCode, res.body).not.toBe(403);
  });
});
