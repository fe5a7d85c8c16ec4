import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { createCursorCodec, pageOf } from './cursor';

const b64 = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('signed cursors', () => {
  const codec = createCursorCodec('test-secret');

  it('gives back the values it encoded, and nothing for no cursor', () => {
    expect(codec.decode(codec.encode(['/370403/', '0190a0b0-0000-7000-8000-000000000000']), 2)).toEqual(['/370403/', '0190a0b0-0000-7000-8000-000000000000']);
    expect(codec.decode(undefined, 1)).toBeNull();
  });

  it('refuses an unsigned, altered, wrongly keyed or wrongly sized cursor as a 400 on after', () => {
    const real = codec.encode(['a']);
    const [payload, sig] = real.split('.');
    const tampered = [b64(['x', 'y']), `${b64(['b'])}.${sig}`, `${payload}.${sig.slice(0, -1)}A`, createCursorCodec('other-secret').encode(['a']), '...', ''];
    for (const cursor of tampered) {
      if (cursor === '') continue; // an empty `after` means the first page
      let thrown: unknown;
      try {
        codec.decode(cursor, 1);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, cursor).toBeInstanceOf(AppError);
      expect((thrown as AppError).field).toBe('after');
    }
    expect(() => codec.decode(codec.encode(['a']), 2)).toThrow(AppError);
  });
});

describe('forged cursors on list routes', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await buildOrgTree(t.deps);
    await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district });
    await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
    await addResident(t.deps, tree.qq.house1, { name: '张三' });
    await addResident(t.deps, tree.qq.house2, { name: '李四' });
    cookie = await loginAs(t.app, 'admin');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const LISTS = [
    '/api/cases',
    '/api/residents',
    '/api/audit',
    '/api/users',
    '/api/wishes',
    '/api/needs',
    '/api/claims',
    '/api/notifications',
    '/api/volunteer-activities',
    '/api/volunteer-posts',
    '/api/orders',
  ];
  const FORGED = [b64(['x', 'y']), b64(['x']), b64([1]), b64([null]), b64([{}, []])];

  it('answers 400 naming after, never 500, for forged cursors on every list', async () => {
    for (const url of LISTS) {
      expect((await get(url)).statusCode, url).toBe(200);
      for (const after of FORGED) {
        const res = await get(`${url}?after=${after}`);
        expect(res.statusCode, `${url} ${Buffer.from(after, 'base64url').toString()}: ${res.body}`).toBe(400);
        expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after' });
      }
    }
  });

  it('follows its own next cursor, and refuses it once its position is changed', async () => {
    const first = (await get('/api/residents?limit=1')).json();
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await get(`/api/residents?limit=1&after=${first.nextCursor}`);
    expect(second.statusCode).toBe(200);
    expect(second.json().items[0].id).not.toBe(first.items[0].id);
    const [payload, sig] = String(first.nextCursor).split('.');
    const [path, id] = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(id).toBe(first.items[0].id);
    const altered = `${b64([path, second.json().items[0].id])}.${sig}`;
    expect((await get(`/api/residents?limit=1&after=${altered}`)).statusCode).toBe(400);
  });
});

describe('pageOf', () => {
  const codec = createCursorCodec('test-secret');
  const rows = [
    { id: 'c', n: 3 },
    { id: 'b', n: 2 },
    { id: 'a', n: 1 },
  ];

  it('keeps `limit` rows and points the cursor after the last kept one when an extra row came back', () => {
    const { page, nextCursor } = pageOf(rows, 2, codec);
    expect(page.map((r) => r.id)).toEqual(['c', 'b']);
    expect(codec.decode(nextCursor!, 1)).toEqual(['b']);
    expect(codec.decode(pageOf(rows, 2, codec, (last) => [last.n, last.id]).nextCursor!, 2)).toEqual([2, 'b']);
  });

  it('has no cursor on the last page', () => {
    expect(pageOf(rows, 3, codec)).toEqual({ page: rows, nextCursor: null });
  });
});
