import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

// The dashboard's 协商议事 panel on a hand-built log: two joint-meeting series (清泉 holds one of its
// two required meetings, 龙潭 none) and four suggestions in the period (清泉 solves one on the spot).
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const PERIOD = 'from=2026-12-01&to=2027-02-01';

const send = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });
const areas = (who: string, nodeId: string, period = PERIOD) => send(who, 'GET', `/api/deliberation-figures/areas?nodeId=${nodeId}&${period}`);

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 400 });
  t.clock.now = new Date('2026-11-30T02:00:00Z');
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  for (const u of ['qq', 'lt', 'street', 'resident', 'ltResident']) cookie[u] = await loginAs(t.app, u);
  for (const u of ['qq', 'lt']) expect((await send(u, 'POST', '/api/meeting-series', { kind: 'jointMeeting', place: '党群服务站' })).statusCode).toBe(201);

  // 2026-12-03 (first Thursday) has passed: 清泉 registers it as held.
  t.clock.now = new Date('2026-12-03T13:00:00Z');
  const december = (await send('qq', 'GET', '/api/meetings?from=2026-12-01&to=2026-12-05')).json().items;
  expect(december).toHaveLength(1);
  const held = await send('qq', 'POST', `/api/meetings/${december[0].id}/actions`, { action: 'hold', expectedVersion: december[0].version ?? 1 });
  expect(held.statusCode, held.body).toBe(200);

  t.clock.now = new Date('2027-01-10T04:00:00Z');
  const ids: string[] = [];
  for (const title of ['公示物业费', '楼顶防水', '更新健身器材']) {
    const res = await send('resident', 'POST', '/api/suggestions', { title, content: `${title}，请社区研究解决` });
    ids.push(res.json().id);
  }
  expect((await send('ltResident', 'POST', '/api/suggestions', { title: '龙潭路灯', content: '小区路灯坏了，晚上太黑' })).statusCode).toBe(201);
  const solved = await send('qq', 'POST', `/api/suggestions/${ids[0]}/actions`, { action: 'solveOnSpot', expectedVersion: 1, note: '当场联系物业公示' });
  expect(solved.statusCode, solved.body).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe('deliberation figures per area for the dashboard', () => {
  it("gives the street's held vs required and funnel, and each community's", async () => {
    const res = await areas('street', tree.street.id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const [qq, lt] = body.children;
    expect([qq.name, lt.name]).toEqual(['清泉社区', '龙潭社区']);
    // Required: 12-03 and 01-07, both ended by 01-10.
    expect(qq.figures.meetings).toEqual({ required: 2, held: 1, unclosed: 1 });
    expect(lt.figures.meetings).toEqual({ required: 2, held: 0, unclosed: 0 });
    expect(qq.figures.suggestions).toEqual({ collected: 3, submitted: 0, passed: 0, done: 0, finished: 1, solvedRate: 1 / 3 });
    expect(lt.figures.suggestions).toMatchObject({ collected: 1, finished: 0, solvedRate: 0 });
    expect(body.total.meetings).toEqual({ required: 4, held: 1, unclosed: 1 });
    expect(body.total.suggestions).toMatchObject({ collected: 4, finished: 1, solvedRate: 0.25 });
  });

  it('agrees with 议事统计 over the same span, and a period before the series counts nothing', async () => {
    const december = (await areas('street', tree.street.id, 'from=2026-12-01&to=2027-01-01')).json();
    const compliance = (await send('street', 'GET', '/api/meeting-compliance?year=2026')).json().items;
    const sum = (key: 'required' | 'held') => compliance.reduce((n: number, r: Record<string, number>) => n + r[key], 0);
    expect(december.total.meetings).toMatchObject({ required: sum('required'), held: sum('held') });
    const funnel = (await send('street', 'GET', '/api/suggestion-funnel?from=2027-01-01&to=2027-01-31')).json().items;
    expect(funnel.find((r: { level: string }) => r.level === 'street')).toMatchObject({ collected: 4, finished: 1 });
    const before = (await areas('street', tree.street.id, 'from=2026-01-01&to=2026-11-01')).json();
    expect(before.total).toEqual({
      meetings: { required: 0, held: 0, unclosed: 0 },
      suggestions: { collected: 0, submitted: 0, passed: 0, done: 0, finished: 0, solvedRate: null },
    });
  });

  it('keeps each community to its own area and needs the deliberation figures capability', async () => {
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: tree.qq.community.id },
        { cookie: cookie.lt, recordId: tree.lt.community.id },
      ],
      list: '/api/suggestion-funnel',
      idsOf: (body) => (body as { items: { nodeId: string }[] }).items.map((r) => r.nodeId),
      detail: (id) => `/api/deliberation-figures/areas?nodeId=${id}&${PERIOD}`,
    });
    expect((await areas('qq', tree.qq.community.id)).json().children).toEqual([]);
    expect((await areas('qq', tree.street.id)).statusCode).toBe(404);
    expect((await areas('street', tree.district.id)).statusCode).toBe(404);
    expect((await areas('resident', tree.qq.community.id)).statusCode).toBe(403);
  });
});
