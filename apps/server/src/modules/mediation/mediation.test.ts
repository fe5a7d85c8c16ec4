import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};

const member = (name: string, gender: 'male' | 'female', seat = 'member', extra: Record<string, unknown> = {}) => ({ name, gender, seat, ...extra });
const send = (who: string, method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[who] }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  // The clock moves by weeks: sessions must outlive it.
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 400 });
  tree = await buildOrgTree(t.deps);
  t.clock.now = new Date('2026-03-10T02:00:00Z');
  ids.mediatorUser = await buildActor(t.deps, { username: 'med', role: 'mediator', at: tree.qq.community, displayName: '孙调解' });
  ids.resident = await buildActor(t.deps, { username: 'party', role: 'resident', at: tree.qq.house1, displayName: '张大山' });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  await buildActor(t.deps, { username: 'neighbour', role: 'resident', at: tree.qq.house2 });
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  for (const u of ['med', 'party', 'qq', 'lt', 'street', 'neighbour', 'grid']) cookie[u] = await loginAs(t.app, u);
}, 120_000);
afterAll(() => t.close());

describe('committees (人民调解法 arts. 8–9)', () => {
  const body = (members: object[], extra: object = {}) => ({
    communityId: tree.qq.community.id,
    name: '清泉社区人民调解委员会',
    termStartsOn: '2026-01-01',
    members,
    ...extra,
  });
  const three = () => [member('王建国', 'male', 'chair'), member('李秀英', 'female', 'deputy', { userId: ids.mediatorUser }), member('赵国庆', 'male')];

  it('refuses two members, no woman, no chair and a term other than three years, naming the field', async () => {
    const few = await send('qq', 'POST', '/api/mediation-committees', body(three().slice(0, 2)));
    expect(few.statusCode).toBe(400);
    expect(few.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'members' });
    const men = await send(
      'qq',
      'POST',
      '/api/mediation-committees',
      body([member('王建国', 'male', 'chair'), member('赵国庆', 'male'), member('刘德明', 'male')]),
    );
    expect(men.json()).toMatchObject({ field: 'members', message: expect.stringContaining('妇女') });
    const noChair = await send(
      'qq',
      'POST',
      '/api/mediation-committees',
      body([member('王建国', 'male'), member('李秀英', 'female'), member('赵国庆', 'male')]),
    );
    expect(noChair.json()).toMatchObject({ field: 'members' });
    const long = await send('qq', 'POST', '/api/mediation-committees', body(three(), { termEndsOn: '2030-01-01' }));
    expect(long.json()).toMatchObject({ field: 'termEndsOn' });
    const tenMembers = [member('王建国', 'male', 'chair'), ...Array.from({ length: 9 }, (_, i) => member(`李秀英${'甲乙丙丁戊己庚辛壬'[i]}`, 'female'))];
    expect((await send('qq', 'POST', '/api/mediation-committees', body(tenMembers))).json()).toMatchObject({ field: 'members' });
  });

  it('sets up a committee with a three-year term, one per community, and engages mediators', async () => {
    const res = await send('qq', 'POST', '/api/mediation-committees', body(three()));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ termEndsOn: '2029-01-01', memberCount: 3, womenCount: 1, chairName: '王建国' });
    ids.qqCommittee = res.json().id;
    ids.memberMediator = res.json().mediators.find((m: { name: string }) => m.name === '李秀英').id;
    expect((await send('qq', 'POST', '/api/mediation-committees', body(three()))).statusCode).toBe(409);
    const lawyer = await send('qq', 'POST', `/api/mediation-committees/${ids.qqCommittee}/mediators`, {
      name: '周律师',
      gender: 'female',
      background: 'lawyer',
      specialities: ['债务纠纷', '劳动争议'],
    });
    expect(lawyer.statusCode).toBe(201);
    expect(lawyer.json().mediators.find((m: { name: string }) => m.name === '周律师')).toMatchObject({ kind: 'engaged', background: 'lawyer', seat: null });
    const lt = await send('lt', 'POST', '/api/mediation-committees', { ...body(three()), communityId: tree.lt.community.id, name: '龙潭社区人民调解委员会' });
    ids.ltCommittee = lt.json().id;
    // Another community's staff cannot set up 清泉's committee: the community is outside their area.
    expect((await send('lt', 'POST', `/api/mediation-committees/${ids.qqCommittee}/mediators`, { name: '外人甲', gender: 'male' })).statusCode).toBe(404);
  });

  it('keeps each community to its own committee (expectScopeIsolation)', async () => {
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: ids.qqCommittee },
        { cookie: cookie.lt, recordId: ids.ltCommittee },
      ],
      list: '/api/mediation-committees',
      detail: (id) => `/api/mediation-committees/${id}`,
    });
  });
});

describe('a dispute through the workflow', () => {
  let version = 1;
  const actNow = async (who: string, payload: Record<string, unknown>) => {
    const res = await send(who, 'POST', `/api/disputes/${ids.dispute}/actions`, { expectedVersion: version, ...payload });
    if (res.statusCode === 200) version = res.json().version;
    return res;
  };
  const act = actNow;

  it('registers a neighbour dispute with two parties, their contacts stored masked', async () => {
    const res = await send('med', 'POST', '/api/disputes', {
      communityId: tree.qq.community.id,
      source: 'screening',
      kind: 'neighbour',
      summary: '张大山家楼上李小红夜间噪音，双方多次争吵',
      parties: [
        { name: '张大山', side: 'applicant', phone: '13912345678', idNumber: '370403198001011234', userId: ids.resident },
        { name: '李小红', side: 'respondent', phone: '13700001111' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const d = res.json();
    ids.dispute = d.id;
    ids.applicant = d.parties[0].id;
    ids.respondent = d.parties[1].id;
    expect(d).toMatchObject({ state: 'received', disputeNo: '2026-0001', committee: true, partiesLabel: '张大山 与 李小红' });
    expect(d.parties[0]).toMatchObject({ name: '张大山', phone: '139****5678', idNumber: '370403********1234' });
    expect(d.allowedActions.map((a: { action: string }) => a.action)).toEqual(['accept', 'reject']);
    expect(JSON.stringify(d)).not.toContain('13912345678');
  });

  it('accepts with mediators of the committee only, and starts the one-month clock', async () => {
    expect((await act('med', { action: 'accept' })).json()).toMatchObject({ field: 'mediatorIds' });
    expect((await act('med', { action: 'accept', mediatorIds: [ids.dispute] })).json()).toMatchObject({ field: 'mediatorIds' });
    const res = await act('med', { action: 'accept', mediatorIds: [ids.memberMediator] });
    expect(res.json()).toMatchObject({
      state: 'accepted',
      acceptedAt: '2026-03-10T02:00:00.000Z',
      dueAt: '2026-04-10T02:00:00.000Z',
      mediators: [{ name: '李秀英' }],
    });
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const stale = await send('med', 'POST', `/api/disputes/${ids.dispute}/actions`, { expectedVersion: version - 1, action: 'withdraw', reason: '撤回' });
    expect(stale.statusCode).toBe(409);
    expect((await send('med', 'GET', `/api/disputes/${ids.dispute}`)).json().state).toBe('accepted');
  });

  it('mediates only after the rights notice is in the dossier', async () => {
    const early = await act('med', { action: 'startMediation' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('权利义务');
    const ticked = await send('med', 'PUT', `/api/disputes/${ids.dispute}/dossier`, { item: 'rightsNotice', done: true });
    version = ticked.json().version;
    expect((await send('med', 'PUT', `/api/disputes/${ids.dispute}/dossier`, { item: 'records', done: true })).json()).toMatchObject({ field: 'item' });
    expect((await act('med', { action: 'startMediation' })).json().state).toBe('mediating');
  });

  it('records a session with its record, mediators and parties present', async () => {
    t.clock.now = new Date('2026-03-12T02:00:00Z');
    const res = await act('med', {
      action: 'recordSession',
      heldAt: '2026-03-12T01:00:00Z',
      place: '社区调解室',
      record: '听取双方陈述，约定晚十点后不再装修',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sessions).toEqual([expect.objectContaining({ place: '社区调解室', mediatorNames: ['李秀英'], partyNames: ['张大山', '李小红'] })]);
    expect(res.json().dossier.find((i: { item: string }) => i.item === 'records')).toMatchObject({ done: true, auto: true });
    expect((await act('med', { action: 'recordSession', heldAt: '2026-03-20T01:00:00Z', record: '未来的调解' })).json()).toMatchObject({ field: 'heldAt' });
  });

  it('extends the month only with every party consenting, once, and records who consented', async () => {
    const one = await act('med', { action: 'extend', extensionDays: 15, consentPartyIds: [ids.applicant], reason: '需要鉴定损失' });
    expect(one.statusCode).toBe(409);
    expect(one.json().message).toBe('延长调解期限须经全部当事人同意');
    const both = await act('med', { action: 'extend', extensionDays: 15, consentPartyIds: [ids.applicant, ids.respondent], reason: '需要鉴定损失' });
    expect(both.json()).toMatchObject({ dueAt: '2026-04-25T02:00:00.000Z', extended: true, extension: { days: 15, consentNames: ['张大山', '李小红'] } });
    expect((await act('med', { action: 'extend', extensionDays: 5, consentPartyIds: [ids.applicant, ids.respondent], reason: '再延' })).statusCode).toBe(409);
  });

  it('shows the dispute overdue once the extended deadline passes, and not before', async () => {
    t.clock.now = new Date('2026-04-20T02:00:00Z');
    const before = await send('med', 'GET', '/api/disputes?overdue=true');
    expect(before.json().items.map((i: { id: string }) => i.id)).not.toContain(ids.dispute);
    t.clock.now = new Date('2026-04-26T02:00:00Z');
    const after = await send('med', 'GET', '/api/disputes?overdue=true');
    expect(after.json().items.map((i: { id: string }) => i.id)).toContain(ids.dispute);
    t.clock.now = new Date('2026-04-21T02:00:00Z');
  });

  it('masks the parties for the street and shows them to the party, who follows the dispute on the phone', async () => {
    const street = (await send('street', 'GET', `/api/disputes/${ids.dispute}`)).json();
    expect(street).toMatchObject({ committee: false, partiesLabel: '张** 与 李**', allowedActions: [] });
    expect(street.parties[0]).toMatchObject({ name: '张**', phone: null, idNumber: null });
    expect(street.summary).not.toContain('张大山');
    expect(
      (await send('street', 'POST', `/api/disputes/${ids.dispute}/actions`, { expectedVersion: version, action: 'withdraw', reason: '撤回' })).statusCode,
    ).toBe(403);
    const mine = (await send('party', 'GET', '/api/my-disputes')).json().items;
    expect(mine).toEqual([expect.objectContaining({ id: ids.dispute, state: 'mediating', mediatorNames: ['李秀英'] })]);
    expect((await send('neighbour', 'GET', '/api/my-disputes')).json().items).toEqual([]);
    expect((await send('neighbour', 'GET', `/api/disputes/${ids.dispute}`)).statusCode).toBe(404);
    expect((await send('grid', 'GET', `/api/disputes/${ids.dispute}`)).statusCode).toBe(403);
  });

  it('reveals a full phone to the committee only, audited with the reason', async () => {
    const url = `/api/disputes/${ids.dispute}/parties/${ids.applicant}/reveal`;
    const res = await send('med', 'POST', url, { field: 'phone', reason: '电话约调解时间' });
    expect(res.json()).toEqual({ field: 'phone', value: '13912345678' });
    const rows = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'mediation.reveal.phone'));
    expect(rows).toEqual([expect.objectContaining({ targetId: ids.dispute, detail: { reason: '电话约调解时间' } })]);
    expect((await send('street', 'POST', url, { field: 'phone', reason: '看看' })).statusCode).toBe(403);
    expect((await send('lt', 'POST', url, { field: 'phone', reason: '看看' })).statusCode).toBe(404);
  });

  it('reaches a written agreement, goes to court confirmation within 30 days, is performed, visited and archived with a full dossier', async () => {
    // One step a minute, so the timeline's order is the order of the steps.
    const act = (who: string, payload: Record<string, unknown>) => {
      t.clock.now = new Date(t.clock.now.getTime() + 60_000);
      return actNow(who, payload);
    };
    const agreed = await act('med', {
      action: 'agree',
      agreementForm: 'written',
      terms: '李小红于四月底前赔偿张大山修缮费八百元',
      performanceDueOn: '2026-04-30',
    });
    expect(agreed.json()).toMatchObject({ state: 'agreed', outcome: 'agreed', confirmation: { state: 'none', windowEndsAt: '2026-05-21T02:01:00.000Z' } });
    expect((await act('med', { action: 'applyConfirmation', court: '薛城区人民法院' })).json().confirmation.state).toBe('applied');
    expect((await act('med', { action: 'decideConfirmation', confirmed: true })).json().confirmation.state).toBe('confirmed');
    expect((await act('med', { action: 'beginPerformance' })).json().state).toBe('performing');
    expect((await act('med', { action: 'confirmPerformed' })).json().state).toBe('performed');
    const early = await act('med', { action: 'archive' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('卷宗不完整，缺少：当事人身份证明、履行凭证、回访记录');
    expect((await act('med', { action: 'followUp', rating: 'satisfied', note: '双方关系缓和' })).json().followUp).toMatchObject({ rating: 'satisfied' });
    for (const item of ['identities', 'receipts'])
      version = (await send('med', 'PUT', `/api/disputes/${ids.dispute}/dossier`, { item, done: true })).json().version;
    const archived = await act('med', { action: 'archive' });
    expect(archived.json()).toMatchObject({ state: 'archived', allowedActions: [] });
    const steps = archived.json().timeline.map((e: { action: string }) => e.action);
    // Newest first; the earlier steps shared the test clock's instants, so only their set is certain.
    expect(steps.slice(0, 7)).toEqual(['archive', 'followUp', 'confirmPerformed', 'beginPerformance', 'decideConfirmation', 'applyConfirmation', 'agree']);
    expect(steps.slice(7).sort()).toEqual(['accept', 'extend', 'receive', 'recordSession', 'startMediation']);
  });

  it('refuses court confirmation of an oral agreement and one applied for after 30 days', async () => {
    const make = async (kind: string) =>
      (
        await send('qq', 'POST', '/api/disputes', {
          communityId: tree.qq.community.id,
          source: 'application',
          kind,
          summary: '借款纠纷双方协商',
          parties: [
            { name: '钱多多', side: 'applicant' },
            { name: '孙少少', side: 'respondent' },
          ],
        })
      ).json().id as string;
    const id = await make('debt');
    let v = 1;
    const go = async (payload: object) => {
      const res = await send('qq', 'POST', `/api/disputes/${id}/actions`, { expectedVersion: v, ...payload });
      if (res.statusCode === 200) v = res.json().version;
      return res;
    };
    await go({ action: 'accept', mediatorIds: [ids.memberMediator] });
    v = (await send('qq', 'PUT', `/api/disputes/${id}/dossier`, { item: 'rightsNotice', done: true })).json().version;
    await go({ action: 'startMediation' });
    await go({ action: 'agree', agreementForm: 'written', terms: '孙少少分三期归还借款' });
    t.clock.now = new Date('2026-05-22T02:00:00Z');
    expect((await go({ action: 'applyConfirmation', court: '薛城区人民法院' })).json().message).toBe('已超过协议生效后30日的申请期限');
    t.clock.now = new Date('2026-04-21T02:00:00Z');
  });

  it('keeps each community to its own disputes (expectScopeIsolation)', async () => {
    const lt = await send('lt', 'POST', '/api/disputes', { communityId: tree.lt.community.id, source: 'police', kind: 'traffic', summary: '电动车碰擦纠纷' });
    expect(lt.statusCode).toBe(201);
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: ids.dispute },
        { cookie: cookie.lt, recordId: lt.json().id },
      ],
      list: '/api/disputes?limit=200',
      detail: (id) => `/api/disputes/${id}`,
    });
    // A community without a committee cannot take disputes; one outside the area is a 404.
    expect(
      (await send('lt', 'POST', '/api/disputes', { communityId: tree.qq.community.id, source: 'police', kind: 'traffic', summary: '越界登记' })).statusCode,
    ).toBe(404);
  });
});
