import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../../modules/cases';
import { DEMO_API_KEY, ensureDemoOpen311Client } from '../../modules/open311';
import { findUnsafeInput } from './input-sanitiser';

describe('findUnsafeInput', () => {
  it('passes ordinary text, tabs, newlines, carriage returns and paired surrogates (emoji)', () => {
    expect(findUnsafeInput({ a: '路灯坏了\t\r\n😀', b: [1, true, null, { c: 'ok' }] })).toBeNull();
  });

  it('names the dotted path of a NUL, a C0 or C1 control character, or a lone surrogate', () => {
    expect(findUnsafeInput({ description: 'a\u0000b' })?.field).toBe('description');
    expect(findUnsafeInput({ items: [{ note: 'ok' }, { note: 'bell\u0007' }] })?.field).toBe('items.1.note');
    expect(findUnsafeInput({ x: 'c1\u0085' })?.field).toBe('x');
    expect(findUnsafeInput({ q: 'half\ud800' })?.field).toBe('q');
    expect(findUnsafeInput({ q: '\udc00tail' })?.field).toBe('q');
  });

  it('refuses the keys __proto__, constructor and prototype at any depth', () => {
    expect(findUnsafeInput(JSON.parse('{"a":{"__proto__":{"admin":true}}}'))?.field).toBe('a.__proto__');
    expect(findUnsafeInput({ constructor: 1 })?.field).toBe('constructor');
    expect(findUnsafeInput({ list: [{ prototype: 'x' }] })?.field).toBe('list.0.prototype');
  });

  it('names a control character in a key by its path', () => {
    expect(findUnsafeInput({ ['bad\u0000key']: 'v' })?.field).toBe('bad\\u0000key');
  });

  it('names a bare string body as body', () => {
    expect(findUnsafeInput('a\u0000', 'body')?.field).toBe('body');
  });
});

describe('every string a stranger sends is checked at the edge', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    // A data error the edge check cannot foresee (a bad date text reaching a cast) must still be a 400.
    // Outside /api: the access gate refuses an /api route that is not in the capability table.
    t.app.get('/test-only/bad-date', async () => t.deps.db.execute(sql`select ${'not-a-date'}::date as d`));
    const tree = await buildOrgTree(t.deps);
    await seedCategories(t.deps.db);
    await ensureDemoOpen311Client(t.deps.db, tree.district.id);
    await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
    await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
    cookie = await loginAs(t.app, 'qq');
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload });

  it('answers a NUL byte or a lone surrogate in the login name with 400 naming the field, not 500', async () => {
    for (const username of ['ad\u0000min', 'ad\ud800min']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'x' } });
      expect(res.statusCode, JSON.stringify(username)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'username' });
    }
  });

  it('answers a NUL byte or a lone surrogate in a case description with 400 and writes nothing', async () => {
    for (const description of ['路灯坏了\u0000好几天', '路灯坏了\ud800好几天']) {
      const res = await post('/api/cases', { description });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'description' });
    }
  });

  it('answers a NUL byte or another control character in the resident search with 400 naming q', async () => {
    // A query string cannot carry a lone surrogate: invalid UTF-8 stays percent-encoded.
    for (const q of ['%00', '%E5%BC%A0%00', '%1B']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/residents?q=${q}`, headers: { cookie } });
      expect(res.statusCode, `${q}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'q' });
    }
  });

  it('refuses __proto__ and constructor keys in a JSON body and a query', async () => {
    const body = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{"description":"路灯坏了好几天","extra":{"constructor":{"x":1}}}',
    });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'extra.constructor' });
    const query = await t.app.inject({ method: 'GET', url: '/api/residents?__proto__=1', headers: { cookie } });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: '__proto__' });
  });

  it('answers Open311 posts carrying a NUL byte or a lone surrogate with its 400 error list, JSON and form-encoded', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: { api_key: DEMO_API_KEY, service_code: 'E0401', description: '水管\u0000爆了' },
    });
    expect(json.statusCode, json.body).toBe(400);
    expect(json.json()).toEqual([{ code: 400, description: expect.stringContaining('description') }]);
    const surrogate = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/json' },
      payload: `{"api_key":"${DEMO_API_KEY}","service_code":"E0401","description":"\\ud800"}`,
    });
    expect(surrogate.statusCode, surrogate.body).toBe(400);
    const nul = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `api_key=${DEMO_API_KEY}&service_code=E0401&address_string=%00`,
    });
    expect(nul.statusCode, nul.body).toBe(400);
    expect(nul.json()).toEqual([{ code: 400, description: expect.stringContaining('address_string') }]);
  });

  it('answers a PostgreSQL data error that still slips through with 400, and logs it', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const res = await t.app.inject({ method: 'GET', url: '/test-only/bad-date' });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      const logged = write.mock.calls.map((c) => String(c[0])).filter((line) => line.includes('22007'));
      expect(logged).toHaveLength(1);
    } finally {
      write.mockRestore();
    }
  });
});
