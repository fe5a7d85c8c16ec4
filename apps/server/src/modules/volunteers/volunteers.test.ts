import { eq } from 'drizzle-orm';
import { partnerUnits, pointLedger, unitRegistrations, posts, users } from '../../test-support/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { hashPassword } from '../../platform/crypto/passwords';
import { newId } from '../../platform/ids';
import { volunteerPostClaims, volunteerShifts, volunteerSignUps } from './volunteers.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const RACERS = 30;
const HOUR = 3_600_000;
const base = new Date('2026-11-16T00:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 30 * 24 * 60 });
  t.clock.now = base;
  tree = await buildOrgTree(t.deps);
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  ids.member = await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community, displayName: '周红梅' });
  ids.ltMember = await buildActor(t.deps, { username: 'ltMember', role: 'partyMember', at: tree.lt.community });
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  // Thirty party members of 清泉社区 for the races, sharing one password hash (argon2 is slow by design).
  const hash = await hashPassword('test-password');
  for (let i = 1; i <= RACERS; i++) {
    const id = newId();
    ids[`racer${i}`] = id;
    await t.deps.db.insert(users).values({ id, username: `racer${i}`, displayName: `党员${i}`, passwordHash: hash });
    await t.deps.db.insert(posts).values({ id: newId(), userId: id, role: 'partyMember', nodeId: tree.qq.community.id, nodePath: tree.qq.community.path });
  }
  for (const u of ['qq', 'lt', 'street', 'member', 'ltMember', 'resident']) cookie[u] = await loginAs(t.app, u);
  for (let i = 1; i <= RACERS; i++) cookie[`racer${i}`] = await loginAs(t.app, `racer${i}`);
}, 300_000);
afterAll(() => t.close());

const send = (method: 'POST' | 'PUT' | 'GET' | 'DELETE', user: string, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const post = (user: string, url: string, payload?: object) => send('POST', user, url, payload);
const get = (user: string, url: string) => send('GET', user, url);

describe('service teams and the skills library', () => {
  let teamId: string;

  it('creates a community team, adds a registered member and refuses a stranger naming userId', async () => {
    const created = await post('qq', '/api/volunteer-teams', { name: '清泉红马甲服务队', level: 'community', nodeId: tree.qq.community.id });
    expect(created.statusCode).toBe(201);
    teamId = created.json().id;
    const added = await post('qq', `/api/volunteer-teams/${teamId}/members`, { userId: ids.member });
    expect(added.json().members).toEqual([{ userId: ids.member, name: '周红梅' }]);
    const stranger = await post('qq', `/api/volunteer-teams/${teamId}/members`, { userId: ids.ltMember });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().field).toBe('userId');
    const wrongLevel = await post('qq', '/api/volunteer-teams', { name: '街道队', level: 'street', nodeId: tree.qq.community.id });
    expect(wrongLevel.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'nodeId' });
  });

  it('keeps teams inside their community: 龙潭 neither lists nor changes them', async () => {
    expect((await get('lt', '/api/volunteer-teams')).json().items).toEqual([]);
    expect((await get('street', '/api/volunteer-teams')).json().items.map((x: { id: string }) => x.id)).toEqual([teamId]);
    expect((await post('lt', `/api/volunteer-teams/${teamId}/members`, { userId: ids.ltMember })).statusCode).toBe(404);
    expect((await post('lt', '/api/volunteer-teams', { name: '越界队', level: 'community', nodeId: tree.qq.community.id })).statusCode).toBe(404);
  });

  it("finds who can do legal aid within the caller's area only", async () => {
    const own = await send('PUT', 'member', '/api/volunteer-skills', { profession: '法官', skills: ['法律援助', '矛盾调解'] });
    expect(own.json()).toMatchObject({ name: '周红梅', communityName: '清泉社区', skills: ['法律援助', '矛盾调解'] });
    await send('PUT', 'ltMember', '/api/volunteer-skills', { profession: '律师', skills: ['法律援助'] });
    expect((await send('PUT', 'member', '/api/volunteer-skills', { skills: [] })).json().field).toBe('skills');
    const found = (await get('qq', `/api/volunteer-skills?skill=${encodeURIComponent('法律')}`)).json().items;
    expect(found.map((e: { name: string }) => e.name)).toEqual(['周红梅']);
    expect((await get('qq', `/api/volunteer-skills?skill=${encodeURIComponent('理发')}`)).json().items).toEqual([]);
    expect((await get('street', `/api/volunteer-skills?skill=${encodeURIComponent('法律援助')}`)).json().items).toHaveLength(2);
    expect((await get('resident', '/api/volunteer-skills')).json().items).toEqual([]);
  });
});

describe('volunteer posts: one post, one claimant', () => {
  let postId: string;

  it('publishes a post needing a skill and refuses a member without it', async () => {
    const bad = await post('qq', '/api/volunteer-posts', { title: '', skill: '家电维修' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('title');
    const created = await post('qq', '/api/volunteer-posts', { title: '周五家电义修岗', skill: '家电维修' });
    expect(created.statusCode).toBe(201);
    postId = created.json().id;
    const refused = await post('member', `/api/volunteer-posts/${postId}/claim`, {});
    expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await get('member', '/api/volunteer-posts')).json().items[0].allowedActions).toEqual(['claim']);
  });

  it('leaves exactly one winner of thirty simultaneous claims and twenty-nine 409 ITEM_TAKEN', async () => {
    for (let i = 1; i <= RACERS; i++) await send('PUT', `racer${i}`, '/api/volunteer-skills', { profession: '电工', skills: ['家电维修'] });
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => post(`racer${i + 1}`, `/api/volunteer-posts/${postId}/claim`, {})));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(RACERS - 1);
    for (const r of refused) expect(r.json()).toMatchObject({ code: 'ITEM_TAKEN', message: '该志愿岗已被他人认领' });
    expect(await t.deps.db.select().from(volunteerPostClaims).where(eq(volunteerPostClaims.postId, postId))).toHaveLength(1);
  });

  it('shows the claimed post to staff with release, hides it from 龙潭, and frees it on release', async () => {
    const seen = (await get('qq', '/api/volunteer-posts?state=claimed')).json().items;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ state: 'claimed', allowedActions: ['release'] });
    expect((await get('lt', '/api/volunteer-posts')).json().items).toEqual([]);
    expect((await get('ltMember', '/api/volunteer-posts')).json().items).toEqual([]);
    expect((await post('lt', `/api/volunteer-posts/${postId}/release`, {})).statusCode).toBe(404);
    const released = await post('qq', `/api/volunteer-posts/${postId}/release`, {});
    expect(released.json()).toMatchObject({ state: 'open', claimantName: null });
  });
});

describe('activities: capacity, waitlist, QR check-in and hours', () => {
  let activityId: string;
  // Who won which queue number is up to the database: later steps name members by queue number.
  const racerAt: Record<number, string> = {};
  const startsAt = new Date(base.getTime() + 48 * HOUR);
  const endsAt = new Date(startsAt.getTime() + 2 * HOUR);

  it('names the bad field when the end is before the start', async () => {
    const res = await post('qq', '/api/volunteer-activities', {
      title: '敬老院义诊',
      place: '清泉社区党群服务站',
      startsAt: endsAt.toISOString(),
      endsAt: startsAt.toISOString(),
      capacity: 10,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('endsAt');
  });

  it('gives 10 places to 30 simultaneous sign-ups and waitlists the other 20 in queue order', async () => {
    const created = await post('qq', '/api/volunteer-activities', {
      title: '红色星期五 环境整治',
      place: '清泉社区党群服务站',
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      capacity: 10,
    });
    expect(created.statusCode).toBe(201);
    activityId = created.json().id;
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => post(`racer${i + 1}`, `/api/volunteer-activities/${activityId}/sign-ups`, {})));
    expect(results.map((r) => r.statusCode).filter((c) => c !== 200)).toEqual([]);
    const rows = (await get('qq', `/api/volunteer-activities/${activityId}`)).json().signUps as { state: string; queueNo: number; userName: string }[];
    expect(rows.map((r) => r.queueNo)).toEqual(Array.from({ length: RACERS }, (_, i) => i + 1));
    expect(rows.filter((r) => r.state === 'signedUp').map((r) => r.queueNo)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.state === 'waitlisted')).toHaveLength(20);
    for (const r of rows) racerAt[r.queueNo] = `racer${r.userName.replace('党员', '')}`;
    const again = await post('racer1', `/api/volunteer-activities/${activityId}/sign-ups`, {});
    expect(again.json()).toMatchObject({ code: 'CONFLICT', message: '您已报名该活动' });
  });

  it('promotes the first on the waitlist in the cancelling transaction, and a waitlist cancel promotes nobody', async () => {
    const detail = (await get('qq', `/api/volunteer-activities/${activityId}`)).json();
    const first = detail.signUps[0];
    const cancelled = await post('qq', `/api/volunteer-sign-ups/${first.id}/cancel`, { expectedVersion: first.version });
    expect(cancelled.statusCode).toBe(200);
    const after = cancelled.json().signUps as { id: string; version: number; queueNo: number; state: string }[];
    expect(after.find((r) => r.queueNo === 1)!.state).toBe('cancelled');
    expect(after.find((r) => r.queueNo === 11)!.state).toBe('signedUp');
    expect(cancelled.json()).toMatchObject({ signedUpCount: 10, waitlistCount: 19 });
    const waiting = after.find((r) => r.queueNo === 30)!;
    const stale = await post('qq', `/api/volunteer-sign-ups/${waiting.id}/cancel`, { expectedVersion: waiting.version + 5 });
    expect(stale.json().code).toBe('CONFLICT');
    const dropped = (await post('qq', `/api/volunteer-sign-ups/${waiting.id}/cancel`, { expectedVersion: waiting.version })).json();
    expect(dropped).toMatchObject({ signedUpCount: 10, waitlistCount: 18 });
  });

  it('tells the member their waitlist position and offers only cancel', async () => {
    const mine = (await get(racerAt[13], `/api/volunteer-activities/${activityId}`)).json();
    expect(mine).toMatchObject({ canManage: false, signUps: [], mySignUp: { state: 'waitlisted', waitlistPosition: 2, allowedActions: ['cancel'] } });
  });

  it('keeps the activity inside 清泉: 龙潭 staff and members neither list, read, sign up nor get a QR code', async () => {
    expect((await get('lt', '/api/volunteer-activities')).json().items).toEqual([]);
    expect((await get('ltMember', '/api/volunteer-activities')).json().items).toEqual([]);
    expect((await get('lt', `/api/volunteer-activities/${activityId}`)).statusCode).toBe(404);
    expect((await post('ltMember', `/api/volunteer-activities/${activityId}/sign-ups`, {})).statusCode).toBe(404);
    expect((await get('lt', `/api/volunteer-activities/${activityId}/checkin-token?kind=in`)).statusCode).toBe(404);
    expect((await get('racer2', `/api/volunteer-activities/${activityId}/checkin-token?kind=in`)).statusCode).toBe(404);
  });

  it('checks in with a fresh token and refuses an expired or forged one naming token', async () => {
    t.clock.now = new Date(startsAt.getTime() - 10 * 60_000);
    const issued = (await get('qq', `/api/volunteer-activities/${activityId}/checkin-token?kind=in`)).json();
    const forged = await post(racerAt[2], '/api/volunteer-checkins', { token: issued.token.replace('.in.', '.out.') });
    expect(forged.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'token' });
    const ok = await post(racerAt[2], '/api/volunteer-checkins', { token: issued.token });
    expect(ok.json()).toMatchObject({ kind: 'in', minutes: null, points: 0 });
    const waitlisted = await post(racerAt[13], '/api/volunteer-checkins', { token: issued.token });
    expect(waitlisted.json().code).toBe('CONFLICT');
    t.clock.now = new Date(t.clock.now.getTime() + 3 * 60_000);
    const expired = await post(racerAt[3], '/api/volunteer-checkins', { token: issued.token });
    expect(expired.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'token', message: '二维码已过期，请扫描屏幕上刷新后的二维码' });
  });

  it('credits the hours capped at the activity length and serviceHour points once, however often the member scans', async () => {
    t.clock.now = new Date(endsAt.getTime() + HOUR);
    const out = (await get('qq', `/api/volunteer-activities/${activityId}/checkin-token?kind=out`)).json();
    const scans = await Promise.all([
      post(racerAt[2], '/api/volunteer-checkins', { token: out.token }),
      post(racerAt[2], '/api/volunteer-checkins', { token: out.token }),
    ]);
    const credited = scans.filter((s) => s.statusCode === 200);
    expect(credited).toHaveLength(1);
    expect(credited[0].json()).toMatchObject({ kind: 'out', minutes: 120, points: 10 });
    expect(scans.find((s) => s.statusCode !== 200)!.statusCode).toBe(409);
    const ledger = await t.deps.db.select().from(pointLedger).where(eq(pointLedger.userId, ids[racerAt[2]]));
    expect(ledger.map((l) => [l.reason, l.delta])).toEqual([
      ['serviceHour', 5],
      ['serviceHour', 5],
    ]);
    expect((await get(racerAt[2], '/api/volunteer-hours/me')).json()).toMatchObject({
      totalMinutes: 120,
      items: [{ title: '红色星期五 环境整治', minutes: 120 }],
    });
    const [row] = await t.deps.db.select().from(volunteerSignUps).where(eq(volunteerSignUps.userId, ids[racerAt[2]]));
    expect(row).toMatchObject({ state: 'completed', minutes: 120, version: 3 });
  });

  it("counts the month per community inside the caller's scope and exports it to Excel", async () => {
    const qqRows = (await get('qq', '/api/volunteer-figures?month=2026-11')).json().items;
    expect(qqRows).toEqual([
      { communityId: tree.qq.community.id, communityName: '清泉社区', activities: 1, signUps: 28, volunteers: 1, minutes: 120, hours: 2 },
    ]);
    const streetRows = (await get('street', '/api/volunteer-figures?month=2026-11')).json().items;
    expect(streetRows.map((r: { communityName: string; activities: number }) => [r.communityName, r.activities])).toEqual([
      ['清泉社区', 1],
      ['龙潭社区', 0],
    ]);
    expect((await get('lt', '/api/volunteer-figures?month=2026-11')).json().items[0]).toMatchObject({ communityName: '龙潭社区', activities: 0, minutes: 0 });
    expect((await get('member', '/api/volunteer-figures?month=2026-11')).statusCode).toBe(403);
    expect((await get('qq', '/api/volunteer-figures?month=2026-13')).json().field).toBe('month');
    const xlsx = await get('qq', '/api/volunteer-figures/export?month=2026-11');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('rotations: station head, week themes and Friday shifts', () => {
  let unitId: string;

  beforeAll(async () => {
    unitId = newId();
    const stranger = newId();
    await t.deps.db.insert(partnerUnits).values([
      { id: unitId, name: '区人民法院', kind: 'government', path: tree.street.path, createdAt: base },
      { id: stranger, name: '未报到单位', kind: 'enterprise', path: tree.street.path, createdAt: base },
    ]);
    await t.deps.db.insert(unitRegistrations).values({
      id: newId(),
      unitId,
      communityId: tree.qq.community.id,
      path: tree.qq.community.path,
      agreementTitle: '共建协议',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      commitments: '每月轮值',
      registeredAt: base,
    });
    ids.strangerUnit = stranger;
  });

  const rotation = (headUnitId: string) => ({
    month: '2026-11',
    headUnitId,
    serviceWeekday: 5,
    startTime: '09:00',
    endTime: '11:30',
    weekThemes: ['政策宣讲周', '环境整治周', '关爱老人周', '法律服务周', '文明实践周'],
  });

  it('refuses a head unit not registered with the community, naming headUnitId', async () => {
    const res = await post('qq', '/api/volunteer-rotations', rotation(ids.strangerUnit));
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'headUnitId' });
    expect((await get('qq', '/api/volunteer-rotations/head-units')).json().items).toEqual([{ id: unitId, name: '区人民法院' }]);
  });

  it('generates the four Fridays of November 2026, rosters teams in turn and shows the month', async () => {
    const created = await post('qq', '/api/volunteer-rotations', rotation(unitId));
    expect(created.statusCode).toBe(201);
    const teams = (await get('qq', '/api/volunteer-teams')).json().items as { id: string }[];
    const second = (await post('qq', '/api/volunteer-teams', { name: '清泉银发服务队', level: 'community', nodeId: tree.qq.community.id })).json();
    expect((await post('qq', `/api/volunteer-rotations/${created.json().id}/roster`, { teamIds: [teams[0].id, second.id] })).statusCode).toBe(200);
    const cal = (await get('qq', '/api/volunteer-calendar?month=2026-11')).json();
    expect(cal.rotation).toMatchObject({ headUnitName: '区人民法院', serviceWeekday: 5 });
    expect(cal.rotation.weeks.map((w: { weekStart: string }) => w.weekStart)).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(cal.shifts.map((s: { date: string; teamName: string }) => [s.date, s.teamName])).toEqual([
      ['2026-11-06', '清泉红马甲服务队'],
      ['2026-11-13', '清泉银发服务队'],
      ['2026-11-20', '清泉红马甲服务队'],
      ['2026-11-27', '清泉银发服务队'],
    ]);
    expect(cal.shifts[0].memberNames).toEqual(['周红梅']);
    expect(cal.activities).toHaveLength(1);
    expect((await get('member', '/api/volunteer-calendar?month=2026-11')).json()).toMatchObject({ canManage: false, communityName: '清泉社区' });
  });

  it('refuses a second rotation for the month and writes no extra shifts', async () => {
    const again = await post('qq', '/api/volunteer-rotations', rotation(unitId));
    expect(again.statusCode).toBe(409);
    expect(await t.deps.db.select().from(volunteerShifts)).toHaveLength(4);
  });

  it('keeps the calendar inside its community', async () => {
    expect((await get('lt', `/api/volunteer-calendar?month=2026-11&communityId=${tree.qq.community.id}`)).statusCode).toBe(404);
    expect((await get('ltMember', `/api/volunteer-calendar?month=2026-11&communityId=${tree.qq.community.id}`)).statusCode).toBe(404);
    expect((await get('lt', '/api/volunteer-calendar?month=2026-11')).json().rotation).toBeNull();
  });
});

describe('scope isolation', () => {
  it("keeps each community's service teams from the sibling community's staff", async () => {
    const team = async (user: string, nodeId: string) =>
      (await post(user, '/api/volunteer-teams', { name: `${user}隔离测试队`, level: 'community', nodeId })).json().id as string;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await team('qq', tree.qq.community.id) },
        { cookie: cookie.lt, recordId: await team('lt', tree.lt.community.id) },
      ],
      list: '/api/volunteer-teams',
    });
  });

  it("keeps each community's activities and volunteer posts from the sibling community's staff, in lists and details", async () => {
    const startsAt = new Date(base.getTime() + 30 * 24 * HOUR);
    const activity = async (user: string) =>
      (
        await post(user, '/api/volunteer-activities', {
          title: `${user}隔离测试活动`,
          place: '党群服务站',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
          capacity: 5,
        })
      ).json().id as string;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await activity('qq') },
        { cookie: cookie.lt, recordId: await activity('lt') },
      ],
      list: '/api/volunteer-activities',
      detail: (id) => `/api/volunteer-activities/${id}`,
    });
    const volunteerPost = async (user: string) => (await post(user, '/api/volunteer-posts', { title: `${user}隔离测试岗`, skill: '理发' })).json().id as string;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await volunteerPost('qq') },
        { cookie: cookie.lt, recordId: await volunteerPost('lt') },
      ],
      list: '/api/volunteer-posts',
    });
  });

  it('answers 404 when staff name a community outside their area, as for any record there', async () => {
    const elsewhere = await post('qq', '/api/volunteer-posts', { title: '龙潭社区的岗', skill: '理发', communityId: tree.lt.community.id });
    expect(elsewhere.statusCode).toBe(404);
    expect((await get('qq', `/api/volunteer-rotations/head-units?communityId=${tree.lt.community.id}`)).statusCode).toBe(404);
  });
});
