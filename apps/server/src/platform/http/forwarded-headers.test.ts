import { and, desc, eq } from 'drizzle-orm';
import { cases } from '../../test-support/tables';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.tables';
import { storePhoto } from '../storage/photos';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../../modules/cases';

const FORGED = { 'x-forwarded-for': '6.6.6.6', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

/** An app with a resident, two cases with a photo each, ready for the Open311 list. */
async function appWithCases(deps: Parameters<typeof createTestApp>[0]) {
  const t = await createTestApp(deps);
  const tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  const cookie = await loginAs(t.app, 'resident');
  for (const description of ['3号楼前面的路灯坏了好几天', '小区门口垃圾堆了三天没人清理']) {
    const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload: { description } });
    if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(res.body);
  }
  const key = await storePhoto(
    t.deps.storage,
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .jpeg()
      .toBuffer(),
  );
  await t.deps.db.update(cases).set({ photos: [key] });
  return t;
}

async function lastLoginIp(t: TestApp, headers: Record<string, string>): Promise<string | null> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username: 'resident', password: 'test-password' } });
  expect(res.statusCode).toBe(200);
  const [row] = await t.deps.db
    .select({ ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.login')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row.ip;
}

/** The absolute URLs Open311 hands out: discovery's endpoint, the Link to the next page, a media_url. */
async function open311Urls(t: TestApp, headers: Record<string, string>) {
  const discovery = (await t.app.inject({ url: '/open311/v2/discovery.json', headers })).json();
  const list = await t.app.inject({ url: '/open311/v2/requests.json?page_size=1', headers });
  return { endpoint: discovery.endpoints[0].url as string, link: String(list.headers.link), media: list.json()[0].media_url as string };
}

describe('forwarded headers from a peer that is not a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appWithCases({});
  });
  afterAll(() => t.close());

  it('keep a forged X-Forwarded-For out of the audit log', async () => {
    expect(await lastLoginIp(t, FORGED)).toBe('127.0.0.1');
  });

  it('keep a forged X-Forwarded-Host and -Proto out of Open311 discovery, Link and media_url', async () => {
    const urls = await open311Urls(t, { ...FORGED, host: 'linli.example.cn' });
    expect(urls.endpoint).toBe('http://linli.example.cn/open311/v2');
    expect(urls.link).toMatch(/^<http:\/\/linli\.example\.cn\/open311\/v2\/requests\.json\?/);
    expect(urls.media).toMatch(/^http:\/\/linli\.example\.cn\/api\/files\//);
  });
});

describe('behind a trusted proxy, with LINLI_PUBLIC_URL set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appWithCases({ deps: { trustProxy: ['127.0.0.1/8'], publicUrl: 'https://linli.gov.example/' } });
  });
  afterAll(() => t.close());

  it('records the client address the proxy forwards', async () => {
    expect(await lastLoginIp(t, { 'x-forwarded-for': '10.1.2.3' })).toBe('10.1.2.3');
  });

  it('builds Open311 URLs from the public URL, whatever host the request names', async () => {
    const urls = await open311Urls(t, { ...FORGED, host: 'internal:3000' });
    expect(urls.endpoint).toBe('https://linli.gov.example/open311/v2');
    expect(urls.link).toMatch(/^<https:\/\/linli\.gov\.example\/open311\/v2\/requests\.json\?/);
    expect(urls.media).toMatch(/^https:\/\/linli\.gov\.example\/api\/files\//);
  });
});
