import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../test-support/test-app';

describe('liveness and readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers ready while the database answers and LISTEN is up', async () => {
    const res = await t.app.inject({ url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 with the reason when the LISTEN connection is down', async () => {
    const deaf = await buildApp({ ...t.deps, listening: () => false });
    try {
      const res = await deaf.inject({ url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unready', reason: expect.stringContaining('LISTEN') });
    } finally {
      await deaf.close();
    }
  });

  it('answers 503 once the database is gone, while liveness (no database) still answers 200', async () => {
    await t.database.close();
    const ready = await t.app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unready', reason: expect.stringMatching(/^database/) });
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});
