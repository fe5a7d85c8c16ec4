import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids and unexpected errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // Outside /api: the access gate refuses an /api route that is not in the capability table.
    t.app.get('/test-only/boom', async () => {
      throw new Error('kaboom in a handler');
    });
  });
  afterAll(() => t.close());

  it('gives every answer a random X-Request-Id, a new one per request', async () => {
    const a = await t.app.inject({ url: '/api/health' });
    const b = await t.app.inject({ url: '/api/health' });
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('logs an unexpected error once to stderr with the request id and stack, and answers the id', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let res;
    let written: string[];
    try {
      res = await t.app.inject({ url: '/test-only/boom?api_key=SUPERSECRET&limit=5' });
    } finally {
      written = write.mock.calls.map((c) => String(c[0]));
      write.mockRestore();
    }
    expect(res.statusCode).toBe(500);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(UUID);
    expect(res.json()).toMatchObject({ code: 'INTERNAL', requestId: id });
    expect(res.body).not.toContain('kaboom');
    const lines = written.filter((line) => line.includes(String(id)));
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]);
    expect(logged).toMatchObject({ level: 'error', reqId: id, method: 'GET', url: '/test-only/boom?api_key=***&limit=5' });
    expect(logged.err.stack).toContain('kaboom in a handler');
    expect(lines[0]).not.toContain('SUPERSECRET');
  });
});
