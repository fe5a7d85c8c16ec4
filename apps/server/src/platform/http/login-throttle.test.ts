import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../../modules/cases';

describe('per-address throttle on login', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ deps: { loginRateLimit: 3 } });
    const tree = await buildOrgTree(t.deps);
    await seedCategories(t.deps.db);
    await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  });
  afterAll(() => t.close());

  const login = (username: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password: 'wrong-password' } });

  it('answers 429 RATE_LIMITED once one address has tried too often, across accounts and the SMS login', async () => {
    for (const user of ['a1', 'a2', 'a3']) expect((await login(user, '10.0.0.1')).statusCode).toBe(401);
    const refused = await login('a4', '10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/登录尝试过于频繁/) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const otp = await t.app.inject({ method: 'POST', url: '/api/auth/otp/send', remoteAddress: '10.0.0.1', payload: { phone: '13800000000' } });
    expect(otp.statusCode).toBe(429);
  });

  it('leaves other addresses, and every other route, alone', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.0.0.2',
      payload: { username: 'resident', password: 'test-password' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = `linli_session=${res.cookies[0].value}`;
    for (let i = 0; i < 5; i++) {
      const intake = await t.app.inject({
        method: 'POST',
        url: '/api/cases',
        remoteAddress: '10.0.0.1',
        headers: { cookie },
        payload: { description: `第${i}次：楼道里的灯不亮了，晚上很黑` },
      });
      expect(intake.statusCode).toBe(201);
    }
  });
});
