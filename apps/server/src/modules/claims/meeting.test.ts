import { eq } from 'drizzle-orm';
import { caseCategories, cases } from '../../test-support/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { newId } from '../../platform/ids';
import { runJobOnce } from '../../platform/jobs/scheduler';
import { CASE_CLOSED_TOPIC, seedCategories } from '../cases';
import { drainOutbox, enqueue } from '../../platform/outbox/outbox';
import { claimsSweepJob } from './claims-sweep';
import { claimsOutboxHandlers, followReferredCase } from './referred-needs';
import { claimEvents, claims, needReferrals, needs, partnerUnits, unitRegistrations } from './claims.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 24 * 60 });
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  const [lamp] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, '路灯'));
  ids.category = lamp.id;
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street, displayName: '街道党工委' });
  ids.dept = await buildActor(t.deps, { username: 'dept', role: 'departmentStaff', at: tree.dept, displayName: '城管队员' });
  ids.member = await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community });
  ids.liaison = await buildActor(t.deps, { username: 'liaison', role: 'partnerLiaison', at: tree.street });
  ids.unit = newId();
  await t.deps.db
    .insert(partnerUnits)
    .values({ id: ids.unit, name: '区人民医院', kind: 'institution', liaisonUserId: ids.liaison, path: tree.street.path, createdAt: new Date() });
  await t.deps.db.insert(unitRegistrations).values({
    id: newId(),
    unitId: ids.unit,
    communityId: tree.qq.community.id,
    path: tree.qq.community.path,
    agreementTitle: '共建协议',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    commitments: '义诊',
    registeredAt: new Date(Date.now() - 30 * DAY),
  });
  for (const u of ['qq', 'lt', 'street', 'dept', 'member', 'liaison']) cookie[u] = await loginAs(t.app, u);
  const at = (days: number) => new Date(t.clock.now.getTime() - days * DAY);
  const need = async (key: string, community: typeof tree.qq, title: string, days: number) => {
    ids[key] = newId(at(days));
    await t.deps.db.insert(needs).values({
      id: ids[key],
      communityId: community.community.id,
      path: community.community.path,
      title,
      description: `${title}，居民多次反映`,
      domain: 'facilityRepair',
      source: 'visit',
      state: 'open',
      createdAt: at(days),
    });
  };
  await need('oldQq', tree.qq, '小区路灯损坏', 20);
  await need('oldQq2', tree.qq, '健身器材老化', 18);
  await need('oldLt', tree.lt, '龙潭广场排水不畅', 16);
  await need('young', tree.qq, '楼道扶手松动', 2);
}, 120_000);
afterAll(() => t.close());

const post = (user: string, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });
const idsOf = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);

describe('claim expiry: a claim not started within claimStartDays expires and the item reopens', () => {
  it('expires an unstarted need claim and a wish claim once, even when two instances sweep at once', async () => {
    expect((await post('liaison', `/api/needs/${ids.young}/claim`, {})).statusCode).toBe(200);
    const wish = (await post('qq', '/api/wishes', { title: '想要一台收音机', content: '独居老人想听广播', beneficiaryName: '李桂兰', consent: true })).json();
    expect((await post('member', `/api/wishes/${wish.id}/claim`, {})).statusCode).toBe(200);
    await runJobOnce(t.deps.db, claimsSweepJob, new Date(Date.now() + 2 * DAY));
    expect((await get('qq', `/api/needs/${ids.young}`)).json().state).toBe('claimed');
    const later = new Date(Date.now() + 4 * DAY);
    await Promise.all([runJobOnce(t.deps.db, claimsSweepJob, later), runJobOnce(t.deps.db, claimsSweepJob, later)]);
    const need = (await get('qq', `/api/needs/${ids.young}`)).json();
    expect(need).toMatchObject({ state: 'open', claim: null, allowedActions: [] });
    expect((await get('member', `/api/wishes/${wish.id}`)).json()).toMatchObject({ state: 'published' });
    const expiries = await t.deps.db.select().from(claimEvents).where(eq(claimEvents.action, 'expire'));
    expect(expiries.map((e) => e.subjectId).sort()).toEqual([ids.young, wish.id].sort());
    expect((await t.deps.db.select().from(claims).where(eq(claims.state, 'expired'))).length).toBe(2);
    expect((await get('liaison', `/api/needs/${ids.young}`)).json().allowedActions).toEqual(['claim']);
  });

  it('lets admins change the period; others get 403', async () => {
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/claim-settings/claimStartDays', headers: { cookie: cookie.qq }, payload: { days: 5 } })).statusCode,
    ).toBe(403);
    const settings = (await get('qq', '/api/claim-settings')).json().items;
    expect(settings).toEqual([expect.objectContaining({ key: 'claimStartDays', days: 3 }), expect.objectContaining({ key: 'meetingAfterDays', days: 15 })]);
  });
});

describe('the street joint meeting 联席会', () => {
  it('lists needs unclaimed for 15 days, scoped: the street sees both communities, each community its own', async () => {
    expect(idsOf(await get('street', '/api/joint-meeting/needs'))).toEqual([ids.oldQq, ids.oldQq2, ids.oldLt]);
    expect(idsOf(await get('qq', '/api/joint-meeting/needs'))).toEqual([ids.oldQq, ids.oldQq2]);
    expect(idsOf(await get('lt', '/api/joint-meeting/needs'))).toEqual([ids.oldLt]);
    expect((await get('member', '/api/joint-meeting/needs')).statusCode).toBe(403); // the joint meeting is area staff's (capability table)
    expect((await get('street', '/api/joint-meeting/needs')).json().items[0]).toMatchObject({ communityName: '清泉社区', daysOpen: 20, referral: null });
  });

  it('refuses bad referrals with 400 naming the field, the community with 403, a young need with 409, and writes no case', async () => {
    const body = { expectedVersion: 1, departmentId: tree.dept.id, categoryId: ids.category };
    const noDept = await post('street', `/api/joint-meeting/needs/${ids.oldQq}/refer`, { ...body, departmentId: undefined });
    expect([noDept.statusCode, noDept.json().field]).toEqual([400, 'departmentId']);
    const notDept = await post('street', `/api/joint-meeting/needs/${ids.oldQq}/refer`, { ...body, departmentId: tree.qq.community.id });
    expect([notDept.statusCode, notDept.json().field]).toEqual([400, 'departmentId']);
    const badCategory = await post('street', `/api/joint-meeting/needs/${ids.oldQq}/refer`, { ...body, categoryId: newId() });
    expect([badCategory.statusCode, badCategory.json().field]).toEqual([400, 'categoryId']);
    expect((await post('qq', `/api/joint-meeting/needs/${ids.oldQq}/refer`, body)).statusCode).toBe(403);
    expect((await post('street', `/api/joint-meeting/needs/${ids.young}/refer`, { ...body, expectedVersion: 3 })).statusCode).toBe(409);
    expect((await post('lt', `/api/joint-meeting/needs/${ids.oldQq}/refer`, body)).statusCode).toBe(404);
    expect(await t.deps.db.select().from(cases)).toEqual([]);
  });

  it('refers a need to a department through the case workflow in one go; a second referral at once is refused', async () => {
    const body = { expectedVersion: 1, departmentId: tree.dept.id, categoryId: ids.category, note: '请于两周内修复' };
    const [a, b] = await Promise.all([
      post('street', `/api/joint-meeting/needs/${ids.oldQq}/refer`, body),
      post('street', `/api/joint-meeting/needs/${ids.oldQq}/refer`, body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const referred = (a.statusCode === 200 ? a : b).json();
    expect(referred.referral).toMatchObject({
      departmentName: '城管局',
      caseState: 'dispatched',
      overdue: false,
      referredByName: '街道党工委',
      note: '请于两周内修复',
    });
    expect(referred.referral.handlingDeadline).not.toBeNull();
    const all = await t.deps.db.select().from(cases);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ channel: 'meeting', tier: 'street', assigneeNodeId: tree.dept.id, state: 'dispatched' });
    const need = (await get('qq', `/api/needs/${ids.oldQq}`)).json();
    expect(need).toMatchObject({ state: 'referred', allowedActions: [], referral: { caseId: all[0].id } });
    expect((await post('liaison', `/api/needs/${ids.oldQq}/claim`, {})).json().code).toBe('ITEM_TAKEN');
    expect(idsOf(await get('street', '/api/joint-meeting/needs'))).toEqual([ids.oldQq2, ids.oldLt]);
    expect(idsOf(await get('street', '/api/joint-meeting/needs?view=referred'))).toEqual([ids.oldQq]);
    expect((await get('dept', `/api/cases/${all[0].id}`)).statusCode).toBe(200);
  });

  it("marks the need done when the department's case is closed", async () => {
    const [linked] = await t.deps.db.select().from(cases);
    const step = async (user: string, body: Record<string, unknown>) => {
      const current = (await get(user, `/api/cases/${linked.id}`)).json();
      const res = await post(user, `/api/cases/${linked.id}/actions`, { expectedVersion: current.version, ...body });
      expect(res.statusCode, `${user} ${String(body.action)}: ${res.body}`).toBe(200);
    };
    await step('dept', { action: 'acknowledge' });
    await step('dept', { action: 'handle', note: '已更换路灯灯头' });
    await drainOutbox(t.deps.db, claimsOutboxHandlers);
    expect((await get('qq', `/api/needs/${ids.oldQq}`)).json()).toMatchObject({ state: 'referred', referral: { caseState: 'handled' } });
    await step('qq', { action: 'pass' });
    await step('qq', { action: 'visit', solved: true, satisfaction: 'satisfied' });
    await step('qq', { action: 'close' });
    await drainOutbox(t.deps.db, claimsOutboxHandlers);
    const need = (await get('qq', `/api/needs/${ids.oldQq}`)).json();
    expect(need).toMatchObject({ state: 'done', referral: { caseState: 'closed' } });
    expect(need.timeline.map((e: { action: string }) => e.action)).toEqual(['refer', 'caseClosed']);
  });
});

describe('claims figures, daily bulletin and monthly report', () => {
  it('counts needs per community, scoped, with the referred one done', async () => {
    const from = new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    const street = (await get('street', `/api/claims-stats/communities?from=${from}&to=${to}`)).json();
    expect(street.rows.map((r: { communityName: string }) => r.communityName)).toEqual(['清泉社区', '龙潭社区']);
    expect(street.rows[0]).toMatchObject({
      needsCollected: 3,
      needsClaimed: 1,
      needsReferred: 1,
      needsDone: 1,
      completionRate: 1 / 3,
      wishesRaised: 1,
      wishesClaimed: 1,
      wishesFulfilled: 0,
      unitsRegistered: 1,
      unitsActive: 1,
    });
    expect(street.totals).toMatchObject({ needsCollected: 4, needsDone: 1, completionRate: 0.25 });
    const lt = (await get('lt', `/api/claims-stats/communities?from=${from}&to=${to}`)).json();
    expect(lt.rows.map((r: { communityName: string }) => r.communityName)).toEqual(['龙潭社区']);
    expect((await get('lt', `/api/claims-stats/communities?nodeId=${tree.qq.community.id}`)).json().field).toBe('nodeId');
    expect((await get('member', '/api/claims-stats/communities')).statusCode).toBe(403);
    const domains = (await get('street', `/api/claims-stats/domains?from=${from}&to=${to}`)).json();
    expect(domains.rows.find((r: { domain: string }) => r.domain === 'facilityRepair')).toMatchObject({ needsCollected: 4, needsDone: 1 });
    const bad = await get('street', `/api/claims-stats/communities?from=${to}&to=${from}`);
    expect([bad.statusCode, bad.json().field]).toEqual([400, 'to']);
  });

  it("lists today's registrations in the daily bulletin and the month in the monthly report, each also as Excel", async () => {
    expect(
      (await post('member', '/api/member-registrations', { communityId: tree.qq.community.id, unitName: '区人民法院', profession: '法官' })).statusCode,
    ).toBe(201);
    const daily = (await get('qq', '/api/claims-reports/daily')).json();
    expect(daily.rows).toEqual([{ communityId: tree.qq.community.id, communityName: '清泉社区', unitName: '区人民法院', requested: 1, approved: 0 }]);
    const monthly = (await get('street', '/api/claims-reports/monthly')).json();
    expect(monthly.rows[0]).toMatchObject({ communityName: '清泉社区', unitsRegistered: 1, membersRegistered: 0 });
    for (const url of [
      '/api/claims-stats/communities?format=xlsx',
      '/api/claims-stats/domains?format=xlsx',
      '/api/claims-reports/daily?format=xlsx',
      '/api/claims-reports/monthly?format=xlsx',
    ]) {
      const res = await get('street', url);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const badMonth = await get('street', '/api/claims-reports/monthly?month=2026-13');
    expect([badMonth.statusCode, badMonth.json().field]).toEqual([400, 'month']);
  });
});

describe('referred needs follow their case through the outbox (case.closed / case.reopened)', () => {
  it('moves a referred need to done on case.closed, back on case.reopened, and ignores a message handled twice', async () => {
    const [referral] = await t.deps.db.select().from(needReferrals).where(eq(needReferrals.needId, ids.oldQq));
    const states = async () => (await t.deps.db.select({ state: needs.state }).from(needs).where(eq(needs.id, ids.oldQq)))[0].state;
    const message = { caseId: referral.caseId, at: new Date().toISOString() };
    expect(await states()).toBe('done');
    expect(await followReferredCase(t.deps.db, message, false)).toBe(1);
    expect(await states()).toBe('referred');
    expect(await followReferredCase(t.deps.db, message, false)).toBe(0);
    await enqueue(t.deps.db, CASE_CLOSED_TOPIC, message);
    await enqueue(t.deps.db, CASE_CLOSED_TOPIC, message);
    await drainOutbox(t.deps.db, claimsOutboxHandlers);
    expect(await states()).toBe('done');
    const events = await t.deps.db.select({ action: claimEvents.action }).from(claimEvents).where(eq(claimEvents.subjectId, ids.oldQq)).orderBy(claimEvents.id);
    expect(events.map((e) => e.action)).toEqual(['refer', 'caseClosed', 'caseReopened', 'caseClosed']);
    // A case nobody referred a need to moves nothing.
    expect(await followReferredCase(t.deps.db, { caseId: newId(), at: message.at }, true)).toBe(0);
  });
});
