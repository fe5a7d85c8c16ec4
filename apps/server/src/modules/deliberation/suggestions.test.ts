import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyVote } from '@linli/shared';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { enqueue } from '../../platform/outbox/outbox';
import { generateDemoClaims } from '../claims';
import { generateDemoDeliberation } from './demo/generate-demo-deliberation';
import { meetings } from './deliberation.tables';
import { meetingVotes } from './votes.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const now = new Date('2026-11-30T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60 });
  t.clock.now = now;
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'community-qq', role: 'communityStaff', at: tree.qq.community, displayName: '清泉社工' });
  await buildActor(t.deps, { username: 'community-lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  await buildActor(t.deps, { username: 'resident1', role: 'resident', at: tree.qq.house1, displayName: '王阿姨' });
  await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  await buildActor(t.deps, { username: 'member1', role: 'partyMember', at: tree.qq.community });
  for (const u of ['community-qq', 'community-lt', 'street', 'resident1', 'ltResident', 'member1']) cookie[u] = await loginAs(t.app, u);
}, 300_000);
afterAll(() => t.close());

const send = (method: 'POST' | 'GET', user: string, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const post = (user: string, url: string, payload?: object) => send('POST', user, url, payload);
const get = (user: string, url: string) => send('GET', user, url);
const act = async (user: string, id: string, action: string, body: object = {}) => {
  const version = (await get('community-qq', `/api/suggestions/${id}`)).json().version;
  return post(user, `/api/suggestions/${id}/actions`, { action, expectedVersion: version, ...body });
};
async function suggest(user: string, title: string, body: object = {}): Promise<string> {
  const res = await post(user, '/api/suggestions', { title, content: `${title}，请社区研究解决`, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
async function notices(user: string): Promise<string[]> {
  await t.drainOutbox();
  return (await get(user, '/api/notifications?limit=50')).json().items.map((n: { body: string }) => n.body);
}

describe('suggestions and their outcomes', () => {
  it("takes a resident's 居民建议 in their own community and name, and tells the community's staff", async () => {
    const res = await post('resident1', '/api/suggestions', { title: '增设充电棚', content: '楼道充电危险，建议建集中充电棚', source: 'board' });
    expect(res.json()).toMatchObject({
      source: 'h5',
      suggesterName: '王阿姨',
      communityName: '清泉社区',
      state: 'collected',
      canManage: false,
      allowedActions: [],
    });
    expect(await notices('community-qq')).toContain('增设充电棚');
    expect((await get('resident1', '/api/my-suggestions')).json().items.map((s: { title: string }) => s.title)).toEqual(['增设充电棚']);
    expect((await post('resident1', '/api/suggestions', { title: '太短', content: '短' })).json().field).toBe('content');
  });

  it('refuses 不予采纳 without a reason, and sends the reason to the suggester', async () => {
    const id = await suggest('resident1', '小区里建游泳池');
    expect((await act('community-qq', id, 'reject')).json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    expect((await act('resident1', id, 'reject', { reason: 'x' })).statusCode).toBe(403);
    const done = await act('community-qq', id, 'reject', { reason: '超出小区自治范围' });
    expect(done.json()).toMatchObject({ state: 'notAdopted', outcome: 'notAdopted', reason: '超出小区自治范围' });
    expect((await notices('resident1')).some((b) => b.includes('小区里建游泳池') && b.includes('超出小区自治范围'))).toBe(true);
    const stale = await post('community-qq', `/api/suggestions/${id}/actions`, { action: 'reject', expectedVersion: 1, reason: 'x' });
    expect(stale.statusCode).toBe(409);
  });

  it('opens a linked case for 定期追踪 and follows it to done when the case closes, telling the suggester', async () => {
    const id = await suggest('resident1', '路灯不亮');
    const tracked = (await act('community-qq', id, 'track', { note: '转网格员处理' })).json();
    expect(tracked).toMatchObject({ state: 'tracking', outcome: 'tracked', caseState: 'submitted' });
    expect(tracked.caseNo).toMatch(/^\d+/);
    await enqueue(t.deps.db, 'case.closed', { caseId: tracked.caseId, at: new Date(now.getTime() + 86_400_000).toISOString() });
    await t.drainOutbox();
    const after = (await get('resident1', `/api/suggestions/${id}`)).json();
    expect(after.state).toBe('done');
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(['create', 'track', 'caseClosed']);
    expect((await notices('resident1')).some((b) => b.includes('转办的案件已办结'))).toBe(true);
    // Handled twice, it changes nothing; a reopened case puts the suggestion back on tracking.
    await enqueue(t.deps.db, 'case.closed', { caseId: tracked.caseId, at: now.toISOString() });
    await t.drainOutbox();
    expect((await get('resident1', `/api/suggestions/${id}`)).json().history).toHaveLength(3);
    await enqueue(t.deps.db, 'case.reopened', { caseId: tracked.caseId, at: now.toISOString() });
    await t.drainOutbox();
    expect((await get('resident1', `/api/suggestions/${id}`)).json().state).toBe('tracking');
  });

  it('runs a 长期推进 project to done only at 100 % of its weighted milestones', async () => {
    const id = await suggest('resident1', '老楼加装电梯');
    expect((await act('community-qq', id, 'startProject', { deadline: '2027-06-30', milestones: [{ title: '征求意见' }] })).json().field).toBe('budgetYuan');
    const started = await act('community-qq', id, 'startProject', {
      budgetYuan: 480000,
      deadline: '2027-06-30',
      milestones: [
        { title: '征求意见', weight: 1, progress: 100 },
        { title: '施工', weight: 3, progress: 0 },
      ],
    });
    expect(started.json()).toMatchObject({ state: 'project', progress: 25, budgetYuan: 480000 });
    expect((await act('community-qq', id, 'complete')).json().message).toBe('项目进度未到100%，不能办结');
    await act('community-qq', id, 'reportProgress', {
      milestones: [
        { title: '征求意见', weight: 1, progress: 100 },
        { title: '施工', weight: 3, progress: 100 },
      ],
    });
    expect((await act('community-qq', id, 'complete')).json()).toMatchObject({ state: 'done', progress: 100 });
  });

  it('keeps suggestions inside their community: staff lists and details, and a resident sees only their own', async () => {
    const qqId = await suggest('community-qq', '楼道堆物清理', { source: 'visit', suggesterName: '李大爷' });
    const ltId = await suggest('community-lt', '龙潭停车难', { source: 'board' });
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie['community-qq'], recordId: qqId },
        { cookie: cookie['community-lt'], recordId: ltId },
      ],
      list: '/api/suggestions',
      detail: (id) => `/api/suggestions/${id}`,
    });
    expect((await get('resident1', `/api/suggestions/${qqId}`)).statusCode).toBe(404);
    expect((await get('ltResident', '/api/suggestions')).json().items).toEqual([]);
    expect(
      (await post('community-qq', '/api/suggestions', { title: '越界', content: '给龙潭提建议的内容', source: 'visit', communityId: tree.lt.community.id }))
        .statusCode,
    ).toBe(404);
  });
});

describe('the funnel on a hand-built log', () => {
  it('counts collected → submitted → passed → done and every route, per community and street', async () => {
    // 清泉 so far: 增设充电棚 (collected), 游泳池 (notAdopted), 路灯 (tracked), 电梯 (project done), 楼道堆物 (collected).
    const a = await suggest('resident1', '公示物业费');
    const b = await suggest('resident1', '楼顶防水');
    const c = await suggest('resident1', '更新健身器材');
    const d = await suggest('resident1', '修补路面');
    for (const id of [a, b, c]) await act('community-qq', id, 'submitToAssembly');
    await act('community-qq', a, 'assemblyPass');
    await act('community-qq', a, 'complete');
    await act('community-qq', b, 'assemblyPass');
    await act('community-qq', c, 'assemblyReject', { reason: '多数业主不同意' });
    await act('community-qq', d, 'solveOnSpot', { note: '当场联系物业修补' });
    const rows = (await get('street', '/api/suggestion-funnel')).json().items;
    const qq = rows.find((r: { nodeName: string }) => r.nodeName === '清泉社区');
    // Finished: the project, the passed one carried out and the one solved on the spot (the tracked one's case was reopened).
    expect(qq).toMatchObject({ collected: 9, submitted: 3, passed: 2, done: 1, finished: 3 });
    expect(qq.byOutcome).toEqual({ solved: 1, tracked: 1, project: 1, assembly: 3, notAdopted: 1, pending: 2 });
    const street = rows.find((r: { level: string }) => r.level === 'street');
    expect(street).toMatchObject({ nodeName: '临城街道', collected: 10, submitted: 3, passed: 2, done: 1 });
    expect((await get('community-lt', '/api/suggestion-funnel')).json().items.map((r: { collected: number }) => r.collected)).toEqual([1, 1]);
    expect((await get('resident1', '/api/suggestion-funnel')).statusCode).toBe(403);
    const xlsx = await get('street', '/api/suggestion-funnel/export');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await get('community-qq', '/api/suggestions/export')).statusCode).toBe(200);
  });
});

describe('demo deliberation', () => {
  it('writes a year of meetings and 345 suggestions whose street funnel reads 345 → 64 → 58 → 49, once', async () => {
    await generateDemoClaims(t.deps.db, { demoPassword: 'test-password', now });
    const totals = await generateDemoDeliberation(t.deps, { now });
    expect(totals.suggestions).toBe(345);
    expect(totals.meetingSeries).toBe(6);
    const street = (await get('street', `/api/suggestion-funnel?from=2025-11-01&to=2026-11-29`))
      .json()
      .items.find((r: { level: string }) => r.level === 'street');
    expect(street).toMatchObject({ collected: 345, submitted: 64, passed: 58, done: 49 });
    const compliance = (await get('community-qq', '/api/meeting-compliance?year=2026')).json().items;
    expect(compliance.some((r: { missed: string[] }) => r.missed.length > 0)).toBe(true);
    expect(compliance.every((r: { held: number; required: number }) => r.held <= r.required)).toBe(true);
    expect((await get('community-qq', '/api/meetings?from=2025-12-01&to=2026-11-30&unclosed=true')).json().items.length).toBeGreaterThan(0);
    // Held meetings carry closed votes consistent with their attendance and with the rule.
    expect(totals.meetingVotes).toBeGreaterThan(3);
    const votes = await t.deps.db.select().from(meetingVotes).innerJoin(meetings, eq(meetings.id, meetingVotes.meetingId));
    expect(votes).toHaveLength(totals.meetingVotes);
    for (const { meeting_votes: v, meetings: m } of votes) {
      const c = { yes: v.yes!, no: v.no!, abstain: v.abstain!, present: v.present! };
      expect(c.yes + c.no + c.abstain).toBeLessThanOrEqual(c.present);
      if (m.attendeesCount !== null) expect(c.present).toBeLessThanOrEqual(m.attendeesCount);
      expect({ quorumMet: v.quorumMet, passed: v.passed }).toEqual({
        quorumMet: tallyVote(c, v.quorumPercent).quorumMet,
        passed: tallyVote(c, v.quorumPercent).passed,
      });
    }
    expect(new Set(votes.map((v) => v.meeting_votes.passed))).toEqual(new Set([true, false]));
    expect(await generateDemoDeliberation(t.deps, { now })).toEqual({ meetingSeries: 0, meetings: 0, suggestions: 0, meetingVotes: 0 });
  }, 120_000);
});
