import { eq } from 'drizzle-orm';
import { caseCategories } from '../../test-support/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../cases';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let admin: string;
let grid: string;
let resident: string;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30 });
  t.clock.now = new Date('2026-03-09T09:00:00+08:00'); // Monday
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district });
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  admin = await loginAs(t.app, 'admin');
  grid = await loginAs(t.app, 'grid');
  resident = await loginAs(t.app, 'resident');
});
afterAll(() => t.close());

describe('local working-day overrides', () => {
  it('moves a working-day deadline past a local day off as soon as an admin sets it', async () => {
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-03-10',
      headers: { cookie: admin },
      payload: { workday: false, note: '区级调休' },
    });
    expect(set.json()).toEqual({ day: '2026-03-10', workday: false, note: '区级调休', officialWorkday: true });
    const [lamp] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, '路灯'));
    let c = (await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: resident }, payload: { description: '路灯不亮了，晚上很黑' } })).json();
    for (const body of [{ action: 'accept' }, { action: 'verify', note: '现场核实，情况属实' }, { action: 'register', categoryId: lamp.id, tier: 'grid' }]) {
      c = (
        await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/actions`, headers: { cookie: grid }, payload: { ...body, expectedVersion: c.version } })
      ).json();
    }
    // 2 working days from Monday 09:00, with Tuesday off locally: Thursday 09:00 instead of Wednesday.
    expect(c.handlingDeadline).toBe(new Date('2026-03-12T09:00:00+08:00').toISOString());
  });

  it('lists overrides with the official value beside them, and removes one', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/calendar/overrides', headers: { cookie: grid } })).json();
    expect(list.items).toEqual([{ day: '2026-03-10', workday: false, note: '区级调休', officialWorkday: true }]);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/calendar/overrides/2026-03-10', headers: { cookie: admin } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/calendar/overrides/2026-03-10', headers: { cookie: admin } })).statusCode).toBe(404);
  });

  it('refuses non-admins and bad dates', async () => {
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/calendar/overrides/2026-03-11', headers: { cookie: grid }, payload: { workday: false, note: 'x' } }))
        .statusCode,
    ).toBe(403);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-02-30',
      headers: { cookie: admin },
      payload: { workday: false, note: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('day');
  });
});
