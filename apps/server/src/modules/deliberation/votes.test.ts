import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { meetingRegistrations } from './deliberation.tables';
import { meetingBallots, meetingVotes } from './votes.tables';

let t: TestApp;
const cookie: Record<string, string> = {};
const HOUR = 3_600_000;
// Monday 30 Nov 2026, 10:00 Beijing time; the meeting starts an hour later.
const base = new Date('2026-11-30T02:00:00Z');
let meetingId: string;
let ltMeetingId: string;
const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5'];

const send = (method: 'POST' | 'GET', user: string, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const post = (user: string, url: string, payload?: object) => send('POST', user, url, payload);
const get = (user: string, url: string) => send('GET', user, url);
const votesOf = async (user: string, id = meetingId) => (await get(user, `/api/meetings/${id}/votes`)).json();
const meetingBody = (title: string) => ({
  kind: 'jointMeeting',
  title,
  place: '同心驿',
  startsAt: new Date(base.getTime() + HOUR).toISOString(),
  endsAt: new Date(base.getTime() + 3 * HOUR).toISOString(),
});

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60 });
  t.clock.now = base;
  const tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community, displayName: '清泉书记' });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  for (const m of MEMBERS) await buildActor(t.deps, { username: m, role: 'partyMember', at: tree.qq.community, displayName: `党员${m}` });
  for (const u of ['qq', 'lt', 'ltResident', ...MEMBERS]) cookie[u] = await loginAs(t.app, u);
  meetingId = (await post('qq', '/api/meetings', meetingBody('清泉联席会'))).json().id;
  ltMeetingId = (await post('lt', '/api/meetings', meetingBody('龙潭联席会'))).json().id;
  // All five register; m1–m4 check in at the door, m5 does not come.
  for (const m of MEMBERS) expect((await post(m, `/api/meetings/${meetingId}/registrations`)).statusCode).toBe(200);
  t.clock.now = new Date(base.getTime() + HOUR - 10 * 60_000);
  const rows = await t.deps.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId)).orderBy(meetingRegistrations.queueNo);
  for (const r of rows.slice(0, 4)) expect((await post('qq', `/api/meetings/${meetingId}/check-in`, { code: r.code })).statusCode).toBe(200);
}, 300_000);
afterAll(() => t.close());

describe('putting a motion', () => {
  it('prepares a draft before the meeting, opens it only once the meeting is held, and refuses residents and other communities', async () => {
    const created = await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '同意更换3号楼单元门禁', method: 'hands' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ state: 'draft', quorumPercent: 50, tally: null, allowedActions: [] });
    const opened = await post('qq', `/api/meeting-votes/${created.json().id}/actions`, { action: 'open', expectedVersion: 1 });
    expect(opened.json()).toMatchObject({ code: 'CONFLICT', message: '请先登记会议已召开，再开始表决' });
    expect((await post('m1', `/api/meetings/${meetingId}/votes`, { motion: '党员自己发起表决', method: 'phone' })).statusCode).toBe(403);
    expect((await post('lt', `/api/meetings/${meetingId}/votes`, { motion: '别的社区发起表决', method: 'phone' })).statusCode).toBe(404);
    expect((await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '短', method: 'hands' })).json()).toMatchObject({ field: 'motion' });
    expect((await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '同意设立楼道清扫日', method: 'hands', quorumPercent: 120 })).json()).toMatchObject({
      field: 'quorumPercent',
    });
    expect((await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '同意设立楼道清扫日', method: 'byMail' })).json()).toMatchObject({
      field: 'method',
    });
    t.clock.now = new Date(base.getTime() + HOUR + 60_000);
    expect((await post('qq', `/api/meetings/${meetingId}/actions`, { action: 'hold', expectedVersion: 1 })).json().state).toBe('held');
  });

  it("keeps votes inside their community: the lists across meetings and one vote's detail", async () => {
    const lt = (await post('lt', `/api/meetings/${ltMeetingId}/votes`, { motion: '龙潭：同意增设充电棚', method: 'phone' })).json();
    const qq = (await votesOf('qq')).items[0];
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: qq.id },
        { cookie: cookie.lt, recordId: lt.id },
      ],
      list: '/api/meeting-votes',
      detail: (id) => `/api/meeting-votes/${id}`,
    });
    expect((await get('ltResident', `/api/meetings/${meetingId}/votes`)).statusCode).toBe(404);
    expect((await post('ltResident', `/api/meeting-votes/${qq.id}/ballot`, { choice: 'yes' })).statusCode).toBe(404);
    expect((await post('lt', `/api/meeting-votes/${qq.id}/actions`, { action: 'open', expectedVersion: 1 })).statusCode).toBe(404);
  });
});

describe('a show of hands keyed in by staff', () => {
  it('takes the counts up to those present, at least those checked in, naming the field; closes with the result', async () => {
    const vote = (await votesOf('qq')).items[0];
    const act = (body: object, version: number) => post('qq', `/api/meeting-votes/${vote.id}/actions`, { expectedVersion: version, ...body });
    const opened = (await act({ action: 'open' }, 1)).json();
    expect(opened).toMatchObject({ state: 'open', allowedActions: ['keyIn'] });
    expect((await act({ action: 'close' }, 2)).json()).toMatchObject({ code: 'CONFLICT', message: '请先录入举手表决结果' });
    expect((await act({ action: 'keyIn', yes: 6, abstain: 1, present: 12 }, 2)).json()).toMatchObject({ field: 'no' });
    expect((await act({ action: 'keyIn', yes: 8, no: 4, abstain: 1, present: 12 }, 2)).json()).toMatchObject({
      field: 'yes',
      message: '同意、反对、弃权合计不能超过到会的12人',
    });
    expect((await act({ action: 'keyIn', yes: 1, no: 1, abstain: 0, present: 3 }, 2)).json()).toMatchObject({ field: 'present' });
    expect(
      (await post('m1', `/api/meeting-votes/${vote.id}/actions`, { action: 'keyIn', expectedVersion: 2, yes: 1, no: 0, abstain: 0, present: 4 })).statusCode,
    ).toBe(403);
    expect((await post('m1', `/api/meeting-votes/${vote.id}/ballot`, { choice: 'yes' })).json()).toMatchObject({ message: '这项是举手表决，请在现场举手' });
    const keyed = (await act({ action: 'keyIn', yes: 6, no: 3, abstain: 1, present: 12 }, 2)).json();
    expect(keyed.tally).toEqual({ yes: 6, no: 3, abstain: 1, present: 12, cast: 10, quorumNeeded: 7, quorumMet: true, passed: true });
    // A stale version is a 409 and changes nothing.
    expect((await act({ action: 'close' }, 2)).statusCode).toBe(409);
    const closed = (await act({ action: 'close' }, keyed.version)).json();
    expect(closed).toMatchObject({ state: 'closed', allowedActions: [], tally: { passed: true, quorumMet: true, yes: 6, present: 12 } });
    // An attendee sees the fixed result.
    expect((await get('m1', `/api/meeting-votes/${vote.id}`)).json().tally).toMatchObject({ yes: 6, no: 3, abstain: 1, passed: true });
    const [row] = await t.deps.db.select().from(meetingVotes).where(eq(meetingVotes.id, vote.id));
    expect(row).toMatchObject({ yes: 6, no: 3, abstain: 1, present: 12, quorumMet: true, passed: true });
  });
});

describe('a phone vote', () => {
  let voteId: string;

  it('takes one ballot per checked-in attendee, changeable until the close; two at once from one person leave one', async () => {
    voteId = (await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '同意物业停车费上调至每月80元', method: 'phone', quorumPercent: 50 })).json().id;
    expect((await post('m1', `/api/meeting-votes/${voteId}/ballot`, { choice: 'yes' })).json()).toMatchObject({ message: '表决未开始或已结束' });
    await post('qq', `/api/meeting-votes/${voteId}/actions`, { action: 'open', expectedVersion: 1 });
    const mine = (await get('m1', '/api/meeting-votes?state=open')).json().items;
    expect(mine).toEqual([expect.objectContaining({ id: voteId, canVote: true, myChoice: null, tally: null, meetingTitle: '清泉联席会' })]);
    expect((await get('m5', '/api/meeting-votes?state=open')).json().items[0]).toMatchObject({ canVote: false });
    const absent = await post('m5', `/api/meeting-votes/${voteId}/ballot`, { choice: 'yes' });
    expect(absent.statusCode).toBe(403);
    expect(absent.json().message).toBe('签到后才能投票');
    expect((await post('m1', `/api/meeting-votes/${voteId}/ballot`, { choice: 'maybe' })).json()).toMatchObject({ field: 'choice' });

    const twice = await Promise.all([
      post('m1', `/api/meeting-votes/${voteId}/ballot`, { choice: 'yes' }),
      post('m1', `/api/meeting-votes/${voteId}/ballot`, { choice: 'no' }),
    ]);
    expect(twice.map((r) => r.statusCode)).toEqual([200, 200]);
    const rows = await t.deps.db.select().from(meetingBallots).where(eq(meetingBallots.voteId, voteId));
    expect(rows).toHaveLength(1);
    expect(['yes', 'no']).toContain(rows[0].choice);

    expect((await post('m1', `/api/meeting-votes/${voteId}/ballot`, { choice: 'no' })).json()).toMatchObject({ myChoice: 'no', tally: null });
    await post('m2', `/api/meeting-votes/${voteId}/ballot`, { choice: 'yes' });
    await post('m3', `/api/meeting-votes/${voteId}/ballot`, { choice: 'abstain' });
    // Staff watch the ballots arrive: 3 of the 4 checked in.
    const running = (await votesOf('qq')).items.find((v: { id: string }) => v.id === voteId);
    expect(running.tally).toEqual({ yes: 1, no: 1, abstain: 1, present: 4, cast: 3, quorumNeeded: 3, quorumMet: true, passed: false });
    expect((await get('m2', `/api/meeting-votes/${voteId}`)).json()).toMatchObject({ myChoice: 'yes', tally: null });
  });

  it('cannot close the meeting while the vote is open; closing the vote fixes the count, and later ballots are refused', async () => {
    const meeting = (await get('qq', `/api/meetings/${meetingId}`)).json();
    const close = (count: number) =>
      post('qq', `/api/meetings/${meetingId}/actions`, {
        action: 'close',
        expectedVersion: meeting.version,
        minutes: '表决两项',
        attendingOrganizations: ['党支部'],
        attendeesCount: count,
      });
    expect((await close(12)).json()).toMatchObject({ code: 'CONFLICT', message: '还有表决没有结束，请先结束表决再归档纪要' });
    // A motion prepared but never put stays a draft, and does not hold the minutes back.
    expect((await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '同意设立每月15日楼道清扫日', method: 'hands' })).statusCode).toBe(201);
    const vote = (await get('qq', `/api/meeting-votes/${voteId}`)).json();
    const closed = (await post('qq', `/api/meeting-votes/${voteId}/actions`, { action: 'close', expectedVersion: vote.version })).json();
    expect(closed).toMatchObject({ state: 'closed', tally: { yes: 1, no: 1, abstain: 1, present: 4, quorumMet: true, passed: false } });
    expect((await post('m4', `/api/meeting-votes/${voteId}/ballot`, { choice: 'yes' })).json()).toMatchObject({
      code: 'CONFLICT',
      message: '表决未开始或已结束',
    });
    // The head count in the minutes covers those the show of hands counted present.
    expect((await close(10)).json()).toMatchObject({ field: 'attendeesCount', message: '到会人数不能少于表决时的到会12人' });
    expect((await close(12)).json().state).toBe('closed');
  });

  it('freezes every vote with the minutes: nothing is created, opened or keyed in after', async () => {
    const list = await votesOf('qq');
    expect(list.canCreate).toBe(false);
    expect(list.items.every((v: { allowedActions: string[] }) => v.allowedActions.length === 0)).toBe(true);
    const draft = list.items.find((v: { state: string }) => v.state === 'draft') as { id: string; version: number };
    expect((await post('qq', `/api/meetings/${meetingId}/votes`, { motion: '会后补一项表决', method: 'hands' })).json()).toMatchObject({
      code: 'CONFLICT',
      message: '会议已归档，表决结果已随纪要封存，不能再改',
    });
    expect((await post('qq', `/api/meeting-votes/${draft.id}/actions`, { action: 'open', expectedVersion: draft.version })).statusCode).toBe(409);
    const before = await t.deps.db.select().from(meetingVotes).where(eq(meetingVotes.meetingId, meetingId));
    expect(before.map((v) => v.state).sort()).toEqual(['closed', 'closed', 'draft']);
    // The meeting's history carries each vote's result.
    const history = (await get('m1', `/api/meetings/${meetingId}`)).json().history.map((h: { action: string; note: string }) => `${h.action} ${h.note}`);
    expect(history).toContain('voteClose 同意物业停车费上调至每月80元——未通过：到会4人，同意1、反对1、弃权1');
  });
});
