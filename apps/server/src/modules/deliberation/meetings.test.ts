import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posts, users } from '../../test-support/tables';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { hashPassword } from '../../platform/crypto/passwords';
import { newId } from '../../platform/ids';
import { runJobOnce } from '../../platform/jobs/scheduler';
import { closeRemindersJob } from './close-reminders';
import { meetingCalendarJob } from './calendar.service';
import { meetingRegistrations, meetings } from './deliberation.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const RACERS = 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 30 Nov 2026, 10:00 Beijing time.
const base = new Date('2026-11-30T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60 });
  t.clock.now = base;
  tree = await buildOrgTree(t.deps);
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community, displayName: '清泉书记' });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '王阿姨' });
  ids.lead = await buildActor(t.deps, { username: 'lead', role: 'buildingLead', at: tree.qq.building, displayName: '楼长老李' });
  ids.ltResident = await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  const hash = await hashPassword('test-password');
  for (let i = 1; i <= RACERS; i++) {
    const id = newId();
    ids[`racer${i}`] = id;
    await t.deps.db.insert(users).values({ id, username: `racer${i}`, displayName: `居民${i}`, passwordHash: hash });
    await t.deps.db.insert(posts).values({ id: newId(), userId: id, role: 'partyMember', nodeId: tree.qq.community.id, nodePath: tree.qq.community.path });
  }
  for (const u of ['qq', 'lt', 'street', 'resident', 'lead', 'ltResident']) cookie[u] = await loginAs(t.app, u);
  for (let i = 1; i <= RACERS; i++) cookie[`racer${i}`] = await loginAs(t.app, `racer${i}`);
}, 300_000);
afterAll(() => t.close());

const send = (method: 'POST' | 'GET', user: string, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const post = (user: string, url: string, payload?: object) => send('POST', user, url, payload);
const get = (user: string, url: string) => send('GET', user, url);

async function notices(user: string): Promise<{ title: string; body: string }[]> {
  await t.drainOutbox();
  return (await get(user, '/api/notifications?limit=50')).json().items;
}

describe('series and the calendar', () => {
  it("generates the joint meeting on each month's first Thursday at 19:00 for two months ahead", async () => {
    const created = await post('qq', '/api/meeting-series', { kind: 'jointMeeting', place: '同心驿党群服务站' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ title: '清泉社区小区联席会', ruleText: '每月第一个周四 19:00' });
    ids.series = created.json().id;
    const items = (await get('qq', '/api/meetings?from=2026-11-30&to=2027-01-31')).json().items;
    expect(items.map((m: { startsAt: string }) => m.startsAt)).toEqual(['2026-12-03T11:00:00.000Z', '2027-01-07T11:00:00.000Z']);
    // The job running again writes nothing twice; moved a month on, it adds February.
    await runJobOnce(t.deps.db, meetingCalendarJob, base);
    expect((await get('qq', '/api/meetings?from=2026-11-30&to=2027-01-31')).json().items).toHaveLength(2);
    await runJobOnce(t.deps.db, meetingCalendarJob, new Date(base.getTime() + 31 * DAY));
    expect((await get('qq', '/api/meetings?from=2027-02-01&to=2027-02-28')).json().items.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      '2027-02-04T11:00:00.000Z',
    ]);
  });

  it('refuses a rule naming neither weekdays nor days, and reserved seats beyond the seats, naming the field', async () => {
    const bad = await post('qq', '/api/meeting-series', { kind: 'redCouncil', place: '议事厅', rule: { time: '19:00', durationMinutes: 60 } });
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'rule.weekday' });
    const over = await post('qq', '/api/meeting-series', { kind: 'redCouncil', place: '议事厅', seats: 5, reserved: { buildingLead: 6 } });
    expect(over.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reserved' });
  });

  it("keeps meetings inside their community (list and detail) and refuses a resident's creating one", async () => {
    const lt = await post('lt', '/api/meetings', {
      kind: 'buildingTalk',
      title: '龙潭楼门说事',
      place: '2号楼门口',
      startsAt: new Date(base.getTime() + 2 * DAY).toISOString(),
      endsAt: new Date(base.getTime() + 2 * DAY + HOUR).toISOString(),
    });
    expect(lt.statusCode).toBe(201);
    const qqMeeting = (await get('qq', '/api/meetings')).json().items[0].id;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: qqMeeting },
        { cookie: cookie.lt, recordId: lt.json().id },
      ],
      list: '/api/meetings',
      detail: (id) => `/api/meetings/${id}`,
    });
    expect((await get('ltResident', `/api/meetings/${qqMeeting}`)).statusCode).toBe(404);
    expect((await get('resident', `/api/meetings/${qqMeeting}`)).statusCode).toBe(200);
    const refused = await post('resident', '/api/meetings', {
      kind: 'buildingTalk',
      title: '自己开会',
      place: '楼下',
      startsAt: new Date(base.getTime() + DAY).toISOString(),
      endsAt: new Date(base.getTime() + DAY + HOUR).toISOString(),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().field).toBe('communityId');
  });
});

describe('registration: seats, reserved seats, the waiting list', () => {
  let meetingId: string;

  it('seats 10 of 30 simultaneous registrants and queues the other 20 in order, telling the convener at 50 and 80 %', async () => {
    const created = await post('qq', '/api/meetings', {
      kind: 'jointMeeting',
      title: '清泉联席会（加开）',
      place: '同心驿',
      startsAt: new Date(base.getTime() + 3 * DAY).toISOString(),
      endsAt: new Date(base.getTime() + 3 * DAY + 2 * HOUR).toISOString(),
      seats: 12,
      reserved: { buildingLead: 2 },
    });
    meetingId = created.json().id;
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => post(`racer${i + 1}`, `/api/meetings/${meetingId}/registrations`)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(RACERS).fill(200));
    const rows = await t.deps.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId)).orderBy(meetingRegistrations.queueNo);
    expect(rows.map((r) => r.queueNo)).toEqual(Array.from({ length: RACERS }, (_, i) => i + 1));
    expect(rows.map((r) => r.state)).toEqual([...Array(10).fill('registered'), ...Array(20).fill('waitlisted')]);
    expect(new Set(rows.map((r) => r.code)).size).toBe(RACERS);
    const detail = (await get('qq', `/api/meetings/${meetingId}`)).json();
    expect(detail).toMatchObject({ registeredCount: 10, waitlistCount: 20 });
    const told = (await notices('qq')).filter((n) => n.title.startsWith('议事会报名已达'));
    // 10 of 12 seats is 83 %: the 50 % and 80 % notices, each once.
    expect(told.map((n) => n.title).sort()).toEqual(['议事会报名已达50%', '议事会报名已达80%']);
    expect((await post('racer1', `/api/meetings/${meetingId}/registrations`)).statusCode).toBe(409);
  });

  it('gives the building lead a reserved seat although the general seats are gone; a resident waits', async () => {
    const res = await post('lead', `/api/meetings/${meetingId}/registrations`);
    expect(res.json().myRegistration).toMatchObject({ state: 'registered', seat: 'buildingLead' });
    const res2 = await post('resident', `/api/meetings/${meetingId}/registrations`);
    expect(res2.json().myRegistration).toMatchObject({ state: 'waitlisted', seat: null, waitlistPosition: 21 });
    expect((await post('ltResident', `/api/meetings/${meetingId}/registrations`)).statusCode).toBe(404);
  });

  it('promotes the oldest waiting registrant when someone leaves, in the same transaction, and tells them', async () => {
    const rows = await t.deps.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId)).orderBy(meetingRegistrations.queueNo);
    const first = rows[0];
    const racerOf = (userId: string) => Object.keys(ids).find((k) => ids[k] === userId)!;
    const leaving = await post(racerOf(first.userId), `/api/meeting-registrations/${first.id}/leave`, { expectedVersion: first.version });
    expect(leaving.statusCode).toBe(200);
    const after = await t.deps.db
      .select()
      .from(meetingRegistrations)
      .where(eq(meetingRegistrations.meetingId, meetingId))
      .orderBy(meetingRegistrations.queueNo);
    expect(after.find((r) => r.queueNo === 11)).toMatchObject({ state: 'registered', seat: 'general' });
    expect(after.find((r) => r.queueNo === 12)).toMatchObject({ state: 'waitlisted' });
    expect(after.filter((r) => r.state === 'registered')).toHaveLength(11);
    expect((await notices(racerOf(rows[10].userId))).map((n) => n.title)).toContain('候补转正');
    // A stale version is a 409 and changes nothing.
    const stale = await post(racerOf(rows[1].userId), `/api/meeting-registrations/${rows[1].id}/leave`, { expectedVersion: rows[1].version + 5 });
    expect(stale.statusCode).toBe(409);
    expect((await get('qq', `/api/meetings/${meetingId}`)).json()).toMatchObject({ registeredCount: 11, waitlistCount: 20 });
  });

  it('checks in by registration code (staff) and by the station QR (the registrant), refusing the waiting and a forged token', async () => {
    const rows = await t.deps.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId)).orderBy(meetingRegistrations.queueNo);
    const racerOf = (userId: string) => Object.keys(ids).find((k) => ids[k] === userId)!;
    // More than an hour before the start: too early.
    expect((await post('qq', `/api/meetings/${meetingId}/check-in`, { code: rows[1].code })).json()).toMatchObject({
      code: 'CONFLICT',
      message: '会议开始前1小时起才能签到',
    });
    t.clock.now = new Date(base.getTime() + 3 * DAY - 30 * 60_000);
    const byCode = await post('qq', `/api/meetings/${meetingId}/check-in`, { code: rows[1].code.toLowerCase() });
    expect(byCode.json()).toMatchObject({ state: 'attended', code: rows[1].code });
    expect((await post('qq', `/api/meetings/${meetingId}/check-in`, { code: 'ZZZZZZZZ' })).json()).toMatchObject({ field: 'code' });
    expect((await post('lt', `/api/meetings/${meetingId}/check-in`, { code: rows[2].code })).statusCode).toBe(404);
    const token = (await get('qq', `/api/meetings/${meetingId}/checkin-token`)).json().token as string;
    expect((await get('resident', `/api/meetings/${meetingId}/checkin-token`)).statusCode).toBe(404);
    const scanned = await post(racerOf(rows[2].userId), '/api/meeting-checkins', { token });
    expect(scanned.statusCode).toBe(200);
    expect((await post(racerOf(rows[2].userId), '/api/meeting-checkins', { token })).statusCode).toBe(409);
    expect((await post(racerOf(rows[20].userId), '/api/meeting-checkins', { token })).statusCode).toBe(409);
    expect((await post(racerOf(rows[3].userId), '/api/meeting-checkins', { token: token.slice(0, -2) + 'xx' })).json()).toMatchObject({ field: 'token' });
    const mine = (await get(racerOf(rows[2].userId), '/api/my-meeting-registrations')).json().items;
    expect(mine[0].registration).toMatchObject({ state: 'attended', code: rows[2].code });
  });

  it('the station QR checks a registrant in once; refuses an expired or altered token, the unregistered and another community; attendance counts it', async () => {
    const rows = await t.deps.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId)).orderBy(meetingRegistrations.queueNo);
    const racerOf = (userId: string) => Object.keys(ids).find((k) => ids[k] === userId)!;
    const before = (await get('qq', `/api/meetings/${meetingId}`)).json().attendedCount as number;
    const token = (await get('qq', `/api/meetings/${meetingId}/checkin-token`)).json().token as string;
    ids.bystander = await buildActor(t.deps, { username: 'bystander', role: 'resident', at: tree.qq.house1, displayName: '没报名的邻居' });
    cookie.bystander = await loginAs(t.app, 'bystander');
    expect((await post('bystander', '/api/meeting-checkins', { token })).json()).toMatchObject({ code: 'CONFLICT', message: '您没有报名该会议' });
    expect((await post('ltResident', '/api/meeting-checkins', { token })).statusCode).toBe(404);
    // Another meeting's id under this signature, or a token cut short: not ours.
    const [, exp, sig] = token.split('.');
    expect((await post('lead', '/api/meeting-checkins', { token: `${ids.series}.${exp}.${sig}` })).json()).toMatchObject({ field: 'token' });
    expect((await post('lead', '/api/meeting-checkins', { token: token.split('.').slice(0, 2).join('.') })).json()).toMatchObject({ field: 'token' });
    const first = await post('lead', '/api/meeting-checkins', { token });
    expect(first.json()).toMatchObject({ meetingId, userName: '楼长老李' });
    const twice = await post('lead', '/api/meeting-checkins', { token });
    expect(twice.json()).toMatchObject({ code: 'CONFLICT', message: '您已签到，不用重复扫码' });
    // The door code of someone already in says so to the staff at the door.
    expect((await post('qq', `/api/meetings/${meetingId}/check-in`, { code: rows[1].code })).json()).toMatchObject({
      code: 'CONFLICT',
      message: '该报名码已签到，请勿重复',
    });
    expect((await get('qq', `/api/meetings/${meetingId}`)).json().attendedCount).toBe(before + 1);
    // Two minutes later the photo of the code no longer works; the renewed one does.
    const at = t.clock.now;
    t.clock.now = new Date(at.getTime() + 3 * 60_000);
    const late = rows.find((r) => r.queueNo === 5)!;
    expect((await post(racerOf(late.userId), '/api/meeting-checkins', { token })).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'token',
      message: '二维码已过期，请扫描屏幕上刷新后的二维码',
    });
    const renewed = (await get('qq', `/api/meetings/${meetingId}/checkin-token`)).json().token as string;
    expect((await post(racerOf(late.userId), '/api/meeting-checkins', { token: renewed })).statusCode).toBe(200);
    const detail = (await get('qq', `/api/meetings/${meetingId}`)).json();
    expect(detail.attendedCount).toBe(before + 2);
    expect(detail.registrations.find((r: { id: string }) => r.id === late.id)).toMatchObject({ state: 'attended' });
    t.clock.now = at;
  });

  it('cannot be closed without minutes and the attending organisations; closes with them', async () => {
    const detail = (await get('qq', `/api/meetings/${meetingId}`)).json();
    expect((await post('qq', `/api/meetings/${meetingId}/actions`, { action: 'hold', expectedVersion: detail.version })).json().message).toBe(
      '会议尚未开始，不能登记召开',
    );
    t.clock.now = new Date(base.getTime() + 3 * DAY + 5 * 60_000);
    const held = (await post('qq', `/api/meetings/${meetingId}/actions`, { action: 'hold', expectedVersion: detail.version })).json();
    expect(held.state).toBe('held');
    const act = (body: object) => post('qq', `/api/meetings/${meetingId}/actions`, { action: 'close', expectedVersion: held.version, ...body });
    expect((await act({ attendingOrganizations: ['党支部'], attendeesCount: 20 })).json()).toMatchObject({ field: 'minutes' });
    expect((await act({ minutes: '议定三件事', attendeesCount: 20 })).json()).toMatchObject({ field: 'attendingOrganizations' });
    expect((await act({ minutes: '议定三件事', attendingOrganizations: ['党支部'], attendeesCount: 1 })).json()).toMatchObject({ field: 'attendeesCount' });
    expect((await get('qq', `/api/meetings/${meetingId}`)).json().state).toBe('held');
    expect((await post('resident', `/api/meetings/${meetingId}/actions`, { action: 'close', expectedVersion: held.version, minutes: 'x' })).statusCode).toBe(
      403,
    );
    const closed = await act({ minutes: '议定三件事', attendingOrganizations: ['小区党支部', '业委会', '物业'], attendeesCount: 25 });
    expect(closed.json()).toMatchObject({ state: 'closed', minutes: '议定三件事', attendeesCount: 25, attendedCount: 4 }); // two by code and scan above, two by the station QR
  });
});

describe('close reminders and held vs required', () => {
  it('reminds the convener 3 and 7 days after an unclosed meeting ends, once each', async () => {
    const [dec] = (await get('qq', '/api/meetings?from=2026-12-01&to=2026-12-31&kind=jointMeeting'))
      .json()
      .items.filter((m: { seriesId: string }) => m.seriesId);
    const end = new Date(dec.endsAt).getTime();
    await runJobOnce(t.deps.db, closeRemindersJob, new Date(end + 2 * DAY));
    await runJobOnce(t.deps.db, closeRemindersJob, new Date(end + 3 * DAY + HOUR));
    await runJobOnce(t.deps.db, closeRemindersJob, new Date(end + 4 * DAY));
    await runJobOnce(t.deps.db, closeRemindersJob, new Date(end + 7 * DAY + HOUR));
    await runJobOnce(t.deps.db, closeRemindersJob, new Date(end + 9 * DAY));
    const reminders = (await notices('qq')).filter((n) => n.title === '议事会纪要待归档');
    expect(reminders.map((n) => n.body)).toEqual([expect.stringContaining('已结束7天'), expect.stringContaining('已结束3天')]);
    const [row] = await t.deps.db.select().from(meetings).where(eq(meetings.id, dec.id));
    expect(row.remindersSent).toEqual([3, 7]);
  });

  it('lists the December joint meeting as missed and January as held once it is held', async () => {
    t.clock.now = new Date('2027-01-20T02:00:00Z');
    const [jan] = (await get('qq', '/api/meetings?from=2027-01-01&to=2027-01-31')).json().items.filter((m: { seriesId: string }) => m.seriesId);
    const held = await post('qq', `/api/meetings/${jan.id}/actions`, { action: 'hold', expectedVersion: 1 });
    expect(held.statusCode).toBe(200);
    const report = (await get('qq', '/api/meeting-compliance?year=2026')).json();
    const row = report.items.find((r: { seriesId: string }) => r.seriesId === ids.series);
    expect(row).toMatchObject({ required: 1, held: 0, missed: ['2026-12-03'] });
    const y2027 = (await get('qq', '/api/meeting-compliance?year=2027')).json().items.find((r: { seriesId: string }) => r.seriesId === ids.series);
    expect(y2027).toMatchObject({ required: 1, held: 1, unclosed: 1, missed: [] });
    expect((await get('resident', '/api/meeting-compliance')).statusCode).toBe(403);
    expect((await get('lt', '/api/meeting-compliance?year=2027')).json().items.find((r: { seriesId: string }) => r.seriesId === ids.series)).toBeUndefined();
    const unclosed = (await get('qq', '/api/meetings?from=2026-11-01&to=2027-01-31&unclosed=true')).json().items.map((m: { id: string }) => m.id);
    expect(unclosed).toEqual(expect.arrayContaining([jan.id]));
  });
});

describe("staff's free text on a meeting", () => {
  it('shows a resident the cancel reason and the history with phones scrubbed; staff read them whole', async () => {
    const startsAt = new Date(t.clock.now.getTime() + 5 * DAY);
    const created = await post('qq', '/api/meetings', {
      kind: 'buildingTalk',
      title: '清泉楼门说事（改期）',
      place: '1号楼门口',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
    });
    expect(created.statusCode).toBe(201);
    const reason = '场地维修，改期另行通知，咨询请打13912345678';
    const cancelled = await post('qq', `/api/meetings/${created.json().id}/actions`, { action: 'cancel', expectedVersion: created.json().version, reason });
    expect(cancelled.statusCode).toBe(200);
    const staffView = (await get('qq', `/api/meetings/${created.json().id}`)).json();
    expect(staffView.cancelReason).toBe(reason);
    const residentView = (await get('resident', `/api/meetings/${created.json().id}`)).json();
    expect(residentView.cancelReason).toContain('场地维修');
    expect(JSON.stringify(residentView)).not.toContain('13912345678');
  });
});
