import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { disputeParties, disputes } from '../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { generateDemoMediation } from './demo/generate-demo-mediation';

// The dashboard's 人民调解 panel: one area's figures over a period and its child areas', by the figures page's formulas.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const now = new Date('2026-12-06T02:00:00Z');
const YEAR = 'from=2026-01-01&to=2027-01-01';

const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
const areas = (who: string, nodeId: string, period = YEAR) => get(who, `/api/mediation-figures/areas?nodeId=${nodeId}&${period}`);

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 400 });
  t.clock.now = now;
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  await buildActor(t.deps, { username: 'district', role: 'districtOfficer', at: tree.district });
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  for (const u of ['qq', 'lt', 'street', 'district', 'resident']) cookie[u] = await loginAs(t.app, u);
  await generateDemoMediation(t.deps.db, t.deps.cipher, { now });
}, 120_000);
afterAll(() => t.close());

describe('figures per area for the dashboard', () => {
  it("splits a street's figures into its communities exactly as the figures page counts each community", async () => {
    const res = await areas('street', tree.street.id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.node).toMatchObject({ id: tree.street.id, kind: 'street' });
    expect(body.children.map((c: { name: string }) => c.name)).toEqual(['清泉社区', '龙潭社区']);
    const page = (await get('street', '/api/mediation-figures?year=2026')).json();
    expect(body.total).toEqual(page.total);
    for (const child of body.children)
      expect(child.figures).toEqual(page.communities.find((c: { communityId: string }) => c.communityId === child.nodeId).figures);
    // The district's one street holds everything.
    const district = (await areas('district', tree.district.id)).json();
    expect(district.children).toHaveLength(1);
    expect(district.children[0].figures).toEqual(district.total);
    expect(district.total).toEqual(body.total);
  });

  it('counts a child on a log checked by hand: agreements and failures concluded in the period, received by source', async () => {
    const qq = (await areas('street', tree.street.id, 'from=2026-06-01&to=2026-09-01')).json().children[0];
    const from = new Date('2026-06-01T00:00:00+08:00');
    const to = new Date('2026-09-01T00:00:00+08:00');
    const inQq = eq(disputes.communityId, tree.qq.community.id);
    const ended = await t.deps.db
      .select({ outcome: disputes.outcome })
      .from(disputes)
      .where(and(inQq, inArray(disputes.outcome, ['agreed', 'failed']), gte(disputes.concludedAt, from), lt(disputes.concludedAt, to)));
    expect(ended.length).toBeGreaterThan(0);
    expect(qq.figures.successRate).toMatchObject({ numerator: ended.filter((r) => r.outcome === 'agreed').length, denominator: ended.length });
    const received = await t.deps.db
      .select({ source: disputes.source })
      .from(disputes)
      .where(and(inQq, gte(disputes.receivedAt, from), lt(disputes.receivedAt, to)));
    expect(qq.figures.received).toBe(received.length);
    expect(Object.values(qq.figures.sources).reduce((a: number, b) => a + (b as number), 0)).toBe(received.length);
  });

  it("keeps each community to its own area, says nothing of the parties, and needs the mediation figures' capability", async () => {
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: tree.qq.community.id },
        { cookie: cookie.lt, recordId: tree.lt.community.id },
      ],
      list: '/api/mediation-figures?year=2026',
      idsOf: (body) => (body as { communities: { communityId: string }[] }).communities.map((c) => c.communityId),
      detail: (id) => `/api/mediation-figures/areas?nodeId=${id}&${YEAR}`,
    });
    const own = await areas('qq', tree.qq.community.id);
    expect(own.json().children).toEqual([]);
    expect((await areas('qq', tree.street.id)).statusCode).toBe(404);
    expect((await areas('street', tree.district.id)).statusCode).toBe(404);
    expect((await areas('resident', tree.qq.community.id)).statusCode).toBe(403);
    const names = (await t.deps.db.select({ name: disputeParties.name }).from(disputeParties)).map((p) => p.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(own.body).not.toContain(name);
    const bad = await get('qq', `/api/mediation-figures/areas?nodeId=${tree.qq.community.id}&from=2026-05-01&to=2026-04-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('to');
  });
});
