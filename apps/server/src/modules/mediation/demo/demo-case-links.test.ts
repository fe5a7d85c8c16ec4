import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../cases';
import { buildActor, buildOrgTree } from '../../../test-support/factories';
import { caseCategories, caseEvents, cases, disputes } from '../../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';
import { generateDemoMediation } from './generate-demo-mediation';

let t: TestApp;
const cookie: Record<string, string> = {};
const category: Record<string, string> = {};
const reported: { id: string; caseNo: string }[] = [];

const send = (who: string, method: 'POST' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 400 });
  const tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  for (const row of await t.deps.db.select().from(caseCategories)) category[row.code] = row.id;
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community, displayName: '清泉社区小王' });
  await buildActor(t.deps, { username: 'resident1', role: 'resident', at: tree.qq.house1, displayName: '张大山' });
  for (const u of ['community-qq', 'resident1']) cookie[u] = await loginAs(t.app, u);
  // Three 矛盾纠纷 cases in September, and a street-light case that has nothing to do with mediation.
  t.clock.now = new Date('2026-09-01T02:00:00Z');
  for (const description of ['两户邻居因为停车位吵起来了', '租户和房东因为押金发生纠纷', '楼上漏水到楼下，双方协商不成'])
    reported.push((await send('resident1', 'POST', '/api/cases', { description, categoryId: category.G01 })).json());
  await send('resident1', 'POST', '/api/cases', { description: '小区路灯坏了好几天了', categoryId: category.C01 ?? Object.values(category)[0] });
}, 120_000);
afterAll(() => t.close());

describe('demo disputes from demo 矛盾纠纷 cases', () => {
  it('links each open dispute case to a later dispute of its community, and each side shows the other on first start', async () => {
    const totals = await generateDemoMediation(t.deps.db, t.deps.cipher, { now: new Date('2026-12-06T02:00:00Z') });
    expect(totals).toMatchObject({ disputes: 93, linkedCases: 3 });
    const linked = await t.deps.db.select().from(disputes).where(isNotNull(disputes.caseId));
    expect(linked.map((d) => d.caseId).sort()).toEqual(reported.map((c) => c.id).sort());
    for (const d of linked) {
      const c = reported.find((r) => r.id === d.caseId)!;
      const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, c.id));
      expect(d.receivedAt.getTime()).toBeGreaterThan(row.submittedAt.getTime());
      expect(['application', 'initiative', 'screening']).toContain(d.source);
      expect(d.sourceRef).toBe(`案件${c.caseNo}`);
      const steps = (await t.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).filter((e) => e.action === 'mediation');
      expect(steps.map((e) => e.note)).toContain(`已转人民调解，纠纷编号 ${d.disputeNo}，调解结果会写在这里`);
      // A concluded dispute's outcome is on the case too, as the outbox would have written it; an open one's is not yet.
      expect(steps).toHaveLength(d.outcome ? 2 : 1);
      const caseView = (await send('community-qq', 'GET', `/api/cases/${c.id}`)).json();
      expect(caseView.timeline.filter((e: { action: string }) => e.action === 'mediation')).toHaveLength(steps.length);
      expect((await send('community-qq', 'GET', `/api/disputes/${d.id}`)).json()).toMatchObject({ caseId: c.id, sourceRef: `案件${c.caseNo}` });
    }
    expect(await generateDemoMediation(t.deps.db, t.deps.cipher, { now: new Date('2026-12-06T02:00:00Z') })).toMatchObject({ disputes: 0, linkedCases: 0 });
  });

  it('keeps a linked case from opening a second dispute', async () => {
    const again = await send('community-qq', 'POST', `/api/disputes/from-case/${reported[0].id}`, { kind: 'neighbour' });
    expect(again.statusCode).toBe(409);
  });
});
