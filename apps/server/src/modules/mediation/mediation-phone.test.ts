import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { runJobOnce } from '../../platform/jobs/scheduler';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { disputes } from '../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { disputeRemindersJob } from './dispute-reminders';

// A resident's application from the phone, the committee editing parties, and the deadline reminders.
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const DAY = 86_400_000;

const send = (who: string, method: 'POST' | 'PUT' | 'GET' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });

async function notices(user: string): Promise<{ title: string; body: string; link: string }[]> {
  await t.drainOutbox();
  return (await send(user, 'GET', '/api/notifications?limit=50')).json().items;
}

const application = (extra: object = {}) => ({
  kind: 'neighbour',
  summary: '楼上邻居每晚十一点后还在拖动桌椅，沟通几次无果',
  otherPartyName: '楼上王先生',
  otherPartyPhone: '13700002222',
  otherPartyAddress: '3号楼502',
  preferredTime: '工作日晚上七点以后',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 400 });
  tree = await buildOrgTree(t.deps);
  t.clock.now = new Date('2026-03-10T02:00:00Z');
  ids.med = await buildActor(t.deps, { username: 'med', role: 'mediator', at: tree.qq.community, displayName: '孙调解' });
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '张大山' });
  await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1, displayName: '李龙潭' });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  for (const u of ['med', 'resident', 'ltResident', 'qq', 'lt', 'street']) cookie[u] = await loginAs(t.app, u);
  const committee = await send('qq', 'POST', '/api/mediation-committees', {
    communityId: tree.qq.community.id,
    name: '清泉社区人民调解委员会',
    termStartsOn: '2026-01-01',
    members: [
      { name: '王建国', gender: 'male', seat: 'chair' },
      { name: '孙调解', gender: 'female', seat: 'deputy', userId: ids.med },
      { name: '赵国庆', gender: 'male' },
    ],
  });
  expect(committee.statusCode).toBe(201);
  ids.mediator = committee.json().mediators.find((m: { name: string }) => m.name === '孙调解').id;
}, 120_000);
afterAll(() => t.close());

describe('a resident applies for mediation from the phone (申请调解)', () => {
  it('refuses a bad application with 400 naming the field, and a caller who is not a resident', async () => {
    expect((await send('resident', 'POST', '/api/my-disputes', application({ summary: '吵架' }))).json()).toMatchObject({ field: 'summary' });
    expect((await send('resident', 'POST', '/api/my-disputes', application({ otherPartyPhone: '12345' }))).json()).toMatchObject({
      field: 'otherPartyPhone',
    });
    expect((await send('resident', 'POST', '/api/my-disputes', application({ kind: 'war' }))).json()).toMatchObject({ field: 'kind' });
    expect((await send('resident', 'POST', '/api/my-disputes', application({ otherPartyName: '' }))).json()).toMatchObject({ field: 'otherPartyName' });
    expect((await send('qq', 'POST', '/api/my-disputes', application())).statusCode).toBe(403);
    // 龙潭 has no committee yet: the resident is told to apply in person, and nothing is written.
    const none = await send('ltResident', 'POST', '/api/my-disputes', application());
    expect(none.statusCode).toBe(409);
    expect(none.json().message).toContain('尚未设立人民调解委员会');
    expect(await t.deps.db.select().from(disputes)).toEqual([]);
  });

  it('lands as an application received by the community’s committee, in 我的调解, and the committee is told', async () => {
    const res = await send('resident', 'POST', '/api/my-disputes', application());
    expect(res.statusCode).toBe(201);
    ids.applied = res.json().id;
    expect(res.json()).toMatchObject({ state: 'received', kind: 'neighbour', committeeName: '清泉社区人民调解委员会' });
    expect((await send('resident', 'GET', '/api/my-disputes')).json().items.map((d: { id: string }) => d.id)).toEqual([ids.applied]);
    const d = (await send('qq', 'GET', `/api/disputes/${ids.applied}`)).json();
    expect(d).toMatchObject({ source: 'application', communityName: '清泉社区', preferredTime: '工作日晚上七点以后', partiesLabel: '张大山 与 楼上王先生' });
    expect(d.parties).toEqual([
      expect.objectContaining({ name: '张大山', side: 'applicant', hasAccount: true }),
      expect.objectContaining({ name: '楼上王先生', side: 'respondent', phone: '137****2222', address: '3号楼502', hasAccount: false }),
    ]);
    expect(d.allowedActions.map((a: { action: string }) => a.action)).toEqual(['accept', 'reject']);
    for (const who of ['qq', 'med']) expect((await notices(who)).map((n) => n.title)).toContain('收到调解申请');
    expect((await notices('lt')).map((n) => n.title)).not.toContain('收到调解申请');
    const [audit] = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'mediation.dispute.apply'));
    expect(audit).toMatchObject({ targetId: ids.applied });
  });

  it('shows the other party’s contacts to the committee only: not to the applicant, the street or another community', async () => {
    const own = await send('resident', 'GET', `/api/disputes/${ids.applied}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().parties[1]).toMatchObject({ name: '楼上王先生', phone: null, idNumber: null, address: '' });
    expect(own.body).not.toContain('2222');
    const street = (await send('street', 'GET', `/api/disputes/${ids.applied}`)).json();
    expect(street.parties[1]).toMatchObject({ name: '楼**', phone: null, address: '' });
    expect(JSON.stringify(street)).not.toContain('楼上王先生');
    expect((await send('lt', 'GET', `/api/disputes/${ids.applied}`)).statusCode).toBe(404);
    expect((await send('ltResident', 'GET', `/api/disputes/${ids.applied}`)).statusCode).toBe(404);
    expect(
      (await send('resident', 'POST', `/api/disputes/${ids.applied}/parties/${own.json().parties[1].id}/reveal`, { field: 'phone', reason: '想看' }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps the rate sane: three waiting at once, five in thirty days', async () => {
    for (let i = 0; i < 2; i++) expect((await send('resident', 'POST', '/api/my-disputes', application())).statusCode).toBe(201);
    const fourth = await send('resident', 'POST', '/api/my-disputes', application());
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json().message).toContain('等待受理');
    const mine = (await send('resident', 'GET', '/api/my-disputes')).json().items as { id: string }[];
    expect(mine).toHaveLength(3);
    const reject = async (id: string) => {
      const res = await send('qq', 'POST', `/api/disputes/${id}/actions`, { expectedVersion: 1, action: 'reject', rejectReason: 'partyRefuses' });
      expect(res.json().state).toBe('rejected');
    };
    for (const d of mine.filter((m) => m.id !== ids.applied)) await reject(d.id);
    // Turned away, they no longer wait; but they count towards the month.
    for (let i = 0; i < 2; i++) {
      const res = await send('resident', 'POST', '/api/my-disputes', application());
      expect(res.statusCode).toBe(201);
      await reject(res.json().id);
    }
    const sixth = await send('resident', 'POST', '/api/my-disputes', application());
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().message).toContain('30天内');
    t.clock.now = new Date(t.clock.now.getTime() + 31 * DAY);
    // A month on, the month's count starts afresh.
    expect((await send('resident', 'POST', '/api/my-disputes', application())).statusCode).toBe(201);
    t.clock.now = new Date('2026-03-10T02:00:00Z');
  });
});

describe('the committee edits a dispute’s parties before its conclusion', () => {
  let respondent = '';
  it('changes a party, storing the new phone and ID number encrypted and showing them masked; the audit names fields, not values', async () => {
    respondent = (await send('qq', 'GET', `/api/disputes/${ids.applied}`)).json().parties[1].id;
    const url = `/api/disputes/${ids.applied}/parties/${respondent}`;
    expect((await send('qq', 'PUT', url, { phone: '123' })).json()).toMatchObject({ field: 'phone' });
    expect((await send('qq', 'PUT', url, {})).json()).toMatchObject({ field: 'name' });
    const res = await send('qq', 'PUT', url, { name: '王志强', idNumber: '37040319800101123x', phone: '13811112222' });
    expect(res.statusCode).toBe(200);
    expect(res.json().parties[1]).toMatchObject({ name: '王志强', phone: '138****2222', idNumber: '370403********123X' });
    expect(res.body).not.toContain('13811112222');
    expect(res.body).not.toContain('19800101');
    const audits = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'mediation.party.update'));
    expect(audits).toHaveLength(1);
    expect(audits[0].detail).toEqual({ partyId: respondent, fields: ['name', 'phone', 'idNumber'] });
    expect(JSON.stringify(audits[0])).not.toContain('13811112222');
    const reveal = await send('med', 'POST', `${url}/reveal`, { field: 'idNumber', reason: '核对身份' });
    expect(reveal.json()).toEqual({ field: 'idNumber', value: '37040319800101123X' });
    // Sent empty, a phone is cleared.
    expect((await send('qq', 'PUT', url, { phone: '' })).json().parties[1]).toMatchObject({ phone: null, idNumber: '370403********123X' });
  });

  it('answers another community 404 and the street 403, and changes nothing', async () => {
    const url = `/api/disputes/${ids.applied}/parties/${respondent}`;
    expect((await send('lt', 'PUT', url, { name: '外人' })).statusCode).toBe(404);
    expect((await send('lt', 'DELETE', url)).statusCode).toBe(404);
    expect((await send('street', 'PUT', url, { name: '外人' })).statusCode).toBe(403);
    expect((await send('resident', 'PUT', url, { name: '外人' })).statusCode).toBe(403);
    expect((await send('qq', 'GET', `/api/disputes/${ids.applied}`)).json().parties[1].name).toBe('王志强');
  });

  it('removes a party registered by mistake, keeps both sides once mediation began and those named in a session, and freezes parties at the conclusion', async () => {
    const added = await send('qq', 'POST', `/api/disputes/${ids.applied}/parties`, { name: '错登记', side: 'respondent' });
    const extra = added.json().parties.find((p: { name: string }) => p.name === '错登记').id;
    const removed = await send('qq', 'DELETE', `/api/disputes/${ids.applied}/parties/${extra}`);
    expect(removed.json().parties.map((p: { name: string }) => p.name)).toEqual(['张大山', '王志强']);
    expect((await send('qq', 'DELETE', `/api/disputes/${ids.applied}/parties/${extra}`)).statusCode).toBe(404);
    let v = removed.json().version;
    const go = async (body: object) => {
      const res = await send('qq', 'POST', `/api/disputes/${ids.applied}/actions`, { expectedVersion: v, ...body });
      v = res.json().version ?? v;
      return res;
    };
    await go({ action: 'accept', mediatorIds: [ids.mediator] });
    v = (await send('qq', 'PUT', `/api/disputes/${ids.applied}/dossier`, { item: 'rightsNotice', done: true })).json().version;
    expect((await go({ action: 'startMediation' })).json().state).toBe('mediating');
    const lone = await send('qq', 'DELETE', `/api/disputes/${ids.applied}/parties/${respondent}`);
    expect(lone.statusCode).toBe(409);
    expect(lone.json().message).toContain('双方当事人');
    // A third party present at a recorded session stays: the record names them.
    const third = (await send('qq', 'POST', `/api/disputes/${ids.applied}/parties`, { name: '王太太', side: 'respondent' })).json();
    const wife = third.parties.find((p: { name: string }) => p.name === '王太太').id;
    expect((await go({ action: 'recordSession', heldAt: '2026-03-10T01:00:00Z', record: '三方到场，听取陈述' })).statusCode).toBe(200);
    const named = await send('qq', 'DELETE', `/api/disputes/${ids.applied}/parties/${wife}`);
    expect(named.statusCode).toBe(409);
    expect(named.json().message).toContain('调解记录');
    ids.appliedVersion = String(v);
    ids.respondent = respondent;
  });
});

describe('deadline reminders (one month to conclude; 30 days to apply for court confirmation)', () => {
  const run = (iso: string) => runJobOnce(t.deps.db, disputeRemindersJob, new Date(iso));
  const reminders = async (who: string) => (await notices(who)).filter((n) => n.title.endsWith('期限提醒'));

  it('reminds the mediator 7 and 2 days before the month ends, once each, and only the committee sees it on the timeline', async () => {
    // Accepted 2026-03-10 10:00 Beijing: due 2026-04-10 10:00.
    await run('2026-04-02T02:00:00Z');
    expect(await reminders('med')).toEqual([]);
    await run('2026-04-03T03:00:00Z');
    await run('2026-04-03T04:00:00Z');
    await run('2026-04-05T04:00:00Z');
    expect((await reminders('med')).map((n) => n.body)).toEqual([expect.stringContaining('还有7天')]);
    await run('2026-04-08T03:00:00Z');
    await run('2026-04-09T03:00:00Z');
    await run('2026-04-11T03:00:00Z');
    const told = await reminders('med');
    expect(told.map((n) => n.body)).toEqual([expect.stringContaining('还有2天'), expect.stringContaining('还有7天')]);
    expect(told[0].link).toBe(`/disputes/${ids.applied}`);
    // The mediator has an account: the community's staff are not told.
    expect(await reminders('qq')).toEqual([]);
    const [row] = await t.deps.db.select().from(disputes).where(eq(disputes.id, ids.applied));
    expect(row.remindersSent).toEqual(['conclude-7@2026-04-10', 'conclude-2@2026-04-10']);
    expect(row.version).toBe(Number(ids.appliedVersion));
    const committee = (await send('med', 'GET', `/api/disputes/${ids.applied}`)).json();
    expect(committee.timeline.filter((e: { action: string }) => e.action === 'remind')).toHaveLength(2);
    const party = (await send('resident', 'GET', `/api/disputes/${ids.applied}`)).json();
    expect(party.timeline.map((e: { action: string }) => e.action)).not.toContain('remind');
    const mine = (await send('resident', 'GET', '/api/my-disputes')).json().items.find((d: { id: string }) => d.id === ids.applied);
    expect(mine.timeline.map((e: { action: string }) => e.action)).not.toContain('remind');
  });

  it('reminds 7 and 2 days before a written agreement’s confirmation window closes, and not once it is applied for', async () => {
    t.clock.now = new Date('2026-04-09T02:00:00Z');
    const agreed = await send('qq', 'POST', `/api/disputes/${ids.applied}/actions`, {
      expectedVersion: Number(ids.appliedVersion),
      action: 'agree',
      agreementForm: 'written',
      terms: '王志强保证晚十点后不再拖动桌椅',
    });
    expect(agreed.json().confirmation.windowEndsAt).toBe('2026-05-09T02:00:00.000Z');
    const frozen = await send('qq', 'PUT', `/api/disputes/${ids.applied}/parties/${ids.respondent}`, { name: '改名' });
    expect(frozen.statusCode).toBe(409);
    await run('2026-05-01T02:00:00Z');
    expect((await reminders('med')).filter((n) => n.body.includes('司法确认'))).toEqual([]);
    await run('2026-05-02T03:00:00Z');
    await run('2026-05-02T05:00:00Z');
    await run('2026-05-07T03:00:00Z');
    await run('2026-05-10T03:00:00Z');
    const told = (await reminders('med')).filter((n) => n.body.includes('司法确认'));
    expect(told.map((n) => n.body)).toEqual([expect.stringContaining('还剩2天'), expect.stringContaining('还剩7天')]);
    t.clock.now = new Date('2026-04-09T02:00:00Z');
  });

  it('sends nothing for an agreement already applied for, and tells the staff when no mediator has an account', async () => {
    t.clock.now = new Date('2026-06-01T02:00:00Z');
    const id = (
      await send('qq', 'POST', '/api/disputes', {
        communityId: tree.qq.community.id,
        source: 'initiative',
        kind: 'debt',
        summary: '亲戚借款到期未还',
        parties: [
          { name: '钱多多', side: 'applicant' },
          { name: '孙少少', side: 'respondent' },
        ],
      })
    ).json().id;
    const committee = (await send('qq', 'GET', '/api/mediation-committees')).json().items[0].id;
    const plain = (await send('qq', 'GET', `/api/mediation-committees/${committee}`)).json().mediators.find((m: { name: string }) => m.name === '王建国').id;
    await send('qq', 'POST', `/api/disputes/${id}/actions`, { expectedVersion: 1, action: 'accept', mediatorIds: [plain] });
    await run('2026-06-25T03:00:00Z');
    expect((await reminders('qq')).map((n) => n.title)).toEqual([expect.stringContaining('期限提醒')]);
    expect((await reminders('med')).filter((n) => n.link === `/disputes/${id}`)).toEqual([]);
    t.clock.now = new Date('2026-04-09T02:00:00Z');
  });
});
