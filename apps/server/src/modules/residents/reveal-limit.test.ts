import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let personId: string;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp({ revealPerHour: 3 });
  const tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  personId = (await addResident(t.deps, tree.qq.house1, { name: '赵清泉', phone: '13811112222' })).id;
  cookie = await loginAs(t.app, 'qq');
});
afterAll(() => t.close());

const reveal = () =>
  t.app.inject({ method: 'POST', url: `/api/residents/${personId}/reveal`, headers: { cookie }, payload: { field: 'phone', reason: '电话回访' } });

describe('reveal limit', () => {
  it('refuses reveals past the hourly limit with 429 REVEAL_LIMITED, audits the refusal, and allows them again the next hour', async () => {
    for (let i = 0; i < 3; i++) expect((await reveal()).statusCode).toBe(200);
    const over = await reveal();
    expect(over.statusCode).toBe(429);
    expect(over.json().code).toBe('REVEAL_LIMITED');
    expect(over.body).not.toContain('13811112222');
    expect(await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'residents.reveal.refused'))).toHaveLength(1);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 61 * 60_000);
    try {
      cookie = await loginAs(t.app, 'qq'); // the old session went idle meanwhile
      expect((await reveal()).statusCode).toBe(200);
    } finally {
      t.clock.now = start;
    }
  });
});
