import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { notifications, posts } from '../../test-support/tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobOnce } from '../../platform/jobs/scheduler';
import { drainOutbox } from '../../platform/outbox/outbox';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { notificationHandlers } from '../notifications';
import { forgetActors } from '../auth';
import { seedCategories } from './categories.repository';
import { caseCategories, caseLimits } from './cases.tables';
import { deadlineSweepJob } from './deadline-sweep';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
let lampCategory: string;

beforeAll(async () => {
  // The clock moves over days here; keep sessions alive across it.
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60 });
  // Tuesday 10 March 2026, 09:00 Beijing: a plain working day.
  t.clock.now = new Date('2026-03-10T09:00:00+08:00');
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  const [lamp] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, '路灯'));
  lampCategory = lamp.id;
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '张大爷' });
  ids.neighbour = await buildActor(t.deps, { username: 'neighbour', role: 'resident', at: tree.qq.house2 });
  ids.grid = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid, displayName: '网格员小李' });
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  ids.dept = await buildActor(t.deps, { username: 'dept', role: 'departmentStaff', at: tree.dept, displayName: '城管队员' });
  for (const u of ['resident', 'neighbour', 'grid', 'qq', 'lt', 'street', 'dept']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const post = (user: string, url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user], ...headers }, payload });
const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

async function act(user: string, caseId: string, body: Record<string, unknown>) {
  const current = (await get(user, `/api/cases/${caseId}`)).json();
  const res = await post(user, `/api/cases/${caseId}/actions`, { expectedVersion: current.version, ...body });
  if (res.statusCode !== 200) throw new Error(`${user} ${String(body.action)}: ${res.statusCode} ${res.body}`);
  return res.json();
}

describe("the closed loop: a resident's lamp report through a whistle to a rated, closed case", () => {
  let caseId: string;

  it('takes a resident report in their own grid and starts the accept limit', async () => {
    const res = await post('resident', '/api/cases', { description: '3号楼前面的路灯坏了好几天，晚上很黑' });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    caseId = c.id;
    expect(c).toMatchObject({ state: 'submitted', tier: 'grid', channel: 'residentApp', gridName: '清泉社区第一网格', reporterName: '张大爷' });
    expect(c.caseNo).toMatch(/^20260310\d{6}$/);
    expect(c.allowedActions).toEqual([]);
    expect(c.limits.map((l: { kind: string }) => l.kind)).toEqual(['accept']);
  });

  it('shows the grid worker exactly the actions the table allows', async () => {
    const c = (await get('grid', `/api/cases/${caseId}`)).json();
    // No 督办 on a case that waits for himself: he would be urging his own work.
    expect(c.allowedActions.map((a: { action: string }) => a.action)).toEqual(['accept']);
  });

  it('runs accept → verify → register → escalate → dispatch at the community → escalate → whistle', async () => {
    await act('grid', caseId, { action: 'accept' });
    await act('grid', caseId, { action: 'verify', note: '现场核实，路灯不亮' });
    const registered = await act('grid', caseId, { action: 'register', categoryId: lampCategory, tier: 'grid' });
    expect(registered.state).toBe('registered');
    expect(registered.categoryName).toBe('路灯');
    // 2 working days from Tue 09:00 → Thu 09:00.
    expect(registered.handlingDeadline).toBe(new Date('2026-03-12T09:00:00+08:00').toISOString());
    const up = await act('grid', caseId, { action: 'escalate', reason: '需要更换灯杆，网格无法处置' });
    expect(up).toMatchObject({ state: 'registered', tier: 'community' });
    const street = await act('qq', caseId, { action: 'escalate', reason: '涉及市政设施，需街道协调城管' });
    expect(street.tier).toBe('street');
    const whistled = await act('street', caseId, { action: 'whistle', leadDepartmentId: tree.dept.id });
    expect(whistled.state).toBe('dispatched');
    expect(whistled.departments).toEqual([expect.objectContaining({ name: '城管局', role: 'lead', reportedAt: null })]);
  });

  it('lets the department see the whistled case, report within 30 minutes, handle and hand back', async () => {
    const list = (await get('dept', '/api/cases?mine=assigned')).json().items;
    expect(list.map((c: { id: string }) => c.id)).toContain(caseId);
    t.clock.now = new Date('2026-03-10T09:20:00+08:00');
    const handling = await act('dept', caseId, { action: 'acknowledge' });
    expect(handling.state).toBe('handling');
    expect(handling.limits.find((l: { kind: string }) => l.kind === 'report')).toMatchObject({ status: 'met', departmentName: '城管局' });
    t.clock.now = new Date('2026-03-11T15:00:00+08:00');
    const handled = await act('dept', caseId, { action: 'handle', note: '已更换灯杆和灯头，恢复照明' });
    expect(handled.state).toBe('handled');
  });

  it('counts a failed check as rework, then passes, visits, closes on time', async () => {
    const failed = await act('grid', caseId, { action: 'fail', reason: '灯头仍不亮' });
    expect(failed).toMatchObject({ state: 'handling', reworkCount: 1 });
    await act('dept', caseId, { action: 'handle', note: '更换了线路' });
    await act('grid', caseId, { action: 'pass' });
    const visited = await act('resident', caseId, { action: 'visit', solved: true, satisfaction: 'satisfied', note: '谢谢' });
    expect(visited).toMatchObject({ state: 'visited', satisfaction: 'satisfied', solved: true });
    const closed = await act('qq', caseId, { action: 'close' });
    expect(closed.state).toBe('closed');
    expect(closed.limits.find((l: { kind: string; status: string }) => l.kind === 'handling' && l.status !== 'cancelled')).toMatchObject({ status: 'met' });
  });

  it('gives the resident a public timeline without internal steps', async () => {
    const c = (await get('resident', `/api/cases/${caseId}`)).json();
    const actions = c.timeline.map((e: { action: string }) => e.action);
    expect(actions).toContain('close');
    expect(actions).not.toContain('acknowledge');
    expect(c.allowedActions.map((a: { action: string }) => a.action)).toEqual(['reopen']);
  });

  it('notifies through the outbox after commit', async () => {
    await drainOutbox(t.deps.db, notificationHandlers);
    const mine = await t.deps.db.select().from(notifications).where(eq(notifications.userId, ids.resident));
    expect(mine.length).toBeGreaterThan(0);
    const dept = await t.deps.db.select().from(notifications).where(eq(notifications.userId, ids.dept));
    expect(dept.some((n) => n.link === `/cases/${caseId}`)).toBe(true);
  });

  it('tells the reporting resident each step once, in words a resident understands, and never of their own rating', async () => {
    await drainOutbox(t.deps.db, notificationHandlers);
    const mine = await t.deps.db.select().from(notifications).where(eq(notifications.userId, ids.resident));
    expect(mine.map((n) => n.body).sort()).toEqual(
      [
        '已受理，网格员将尽快到现场核实',
        '网格员已到现场核实',
        '已立案，正在安排处理',
        '已上报社区协调处理',
        '已上报街道协调处理',
        '已派给城管局处理',
        '处理单位已接单，正在处理',
        '已处理完毕，等待核查',
        '核查未通过，已要求重新整改',
        '已处理完毕，等待核查',
        '已办结，请您评价',
        '已结案，感谢您的反映',
      ].sort(),
    );
    expect(new Set(mine.map((n) => n.link))).toEqual(new Set([`/cases/${caseId}`]));
    // Nobody is told of their own action (staff notices read "<who>：<action>").
    for (const [user, name] of [
      [ids.grid, '网格员小李'],
      [ids.resident, '张大爷'],
    ]) {
      const own = await t.deps.db.select().from(notifications).where(eq(notifications.userId, user));
      expect(own.filter((n) => n.body.startsWith(`${name}：`))).toEqual([]);
    }
  });
});

describe('concurrency, idempotency and bad input', () => {
  it('lets one of two simultaneous actions win and refuses the other with a conflict', async () => {
    const c = (await post('resident', '/api/cases', { description: '小区门口垃圾堆了三天没人清理' })).json();
    const [a, b] = await Promise.all([
      post('grid', `/api/cases/${c.id}/actions`, { action: 'accept', expectedVersion: c.version }),
      post('qq', `/api/cases/${c.id}/actions`, { action: 'accept', expectedVersion: c.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('CONFLICT');
  });

  it('creates one case for a retried submission with the same Idempotency-Key', async () => {
    const body = { description: '楼道里电动车充电，飞线很危险' };
    const first = await post('resident', '/api/cases', body, { 'idempotency-key': 'phone-retry-000001' });
    const again = await post('resident', '/api/cases', body, { 'idempotency-key': 'phone-retry-000001' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
  });

  it('names the missing field of an action and of an intake, and writes nothing', async () => {
    const c = (await post('resident', '/api/cases', { description: '路面有个大坑，车辆经过很危险' })).json();
    const noReason = await post('qq', `/api/cases/${c.id}/actions`, { action: 'reject', expectedVersion: c.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
    expect((await get('qq', `/api/cases/${c.id}`)).json().version).toBe(c.version);
    const short = await post('resident', '/api/cases', { description: '坏了' });
    expect(short.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'description' });
    const badAction = await post('qq', `/api/cases/${c.id}/actions`, { action: 'explode', expectedVersion: 1 });
    expect(badAction.json().field).toBe('action');
  });

  it('refuses a forbidden action with 403 and keeps the case as it was', async () => {
    const c = (await post('resident', '/api/cases', { description: '健身器材损坏，孩子玩耍有危险' })).json();
    const res = await post('resident', `/api/cases/${c.id}/actions`, { action: 'accept', expectedVersion: c.version });
    expect(res.statusCode).toBe(403);
  });
});

describe('scope isolation', () => {
  it('hides a 清泉 case from 龙潭 staff in lists, reads, actions and exports', async () => {
    const c = (await post('resident', '/api/cases', { description: '清泉社区的消防通道被占用了' })).json();
    expect((await get('lt', `/api/cases/${c.id}`)).statusCode).toBe(404);
    expect((await get('lt', '/api/cases')).json().items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    expect((await post('lt', `/api/cases/${c.id}/actions`, { action: 'accept', expectedVersion: c.version })).statusCode).toBe(404);
    expect((await get('qq', '/api/cases')).json().items.map((x: { id: string }) => x.id)).toContain(c.id);
    const xlsx = await get('lt', '/api/cases?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.includes(Buffer.from(c.caseNo))).toBe(false);
  });

  it('exports a 清泉 case through the export job to 清泉 staff only, and the file only to its requester', async () => {
    const c = (await post('resident', '/api/cases', { description: '清泉社区的楼道堆满杂物，挡住了消防通道' })).json();
    const ask = async (user: string) => (await post(user, '/api/exports/cases', { overdue: false })).json();
    const qqJob = await ask('qq');
    expect(qqJob).toMatchObject({ kind: 'cases', state: 'ready' });
    expect(qqJob.rowsDone).toBeGreaterThan(0);
    const caseNos = async (user: string, id: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await get(user, `/api/exports/${id}/file`)).rawPayload as unknown as ArrayBuffer);
      return book.worksheets[0].getColumn(1).values.slice(2);
    };
    expect(await caseNos('qq', qqJob.id)).toContain(c.caseNo);
    expect((await get('lt', `/api/exports/${qqJob.id}/file`)).statusCode).toBe(404);
    const ltJob = await ask('lt');
    expect(ltJob.state).toBe('ready');
    expect(await caseNos('lt', ltJob.id)).not.toContain(c.caseNo);
  });

  it('shows a department only what was whistled or dispatched to it', async () => {
    const ownCases = (await get('dept', '/api/cases')).json().items;
    expect(ownCases.every((x: { tier: string }) => x.tier === 'street')).toBe(true);
  });

  it('lets a neighbour in the grid say "me too" once, but not a resident elsewhere', async () => {
    const c = (await post('resident', '/api/cases', { description: '楼下的下水道堵了，污水外溢' })).json();
    await post('neighbour', `/api/cases/${c.id}/actions`, { action: 'support', expectedVersion: c.version });
    const after = (await get('neighbour', `/api/cases/${c.id}`)).json();
    expect(after).toMatchObject({ supporters: 1, supportedByMe: true });
    // Supporting leaves the version alone, so a staff member's open form stays valid.
    expect(after.version).toBe(c.version);
    const twice = await post('neighbour', `/api/cases/${c.id}/actions`, { action: 'support', expectedVersion: after.version });
    expect(twice.statusCode).toBe(409);
  });
});

describe('time limits', () => {
  it('warns at 80% and marks overdue after the deadline in the sweep, notifying the assignee', async () => {
    t.clock.now = new Date('2026-03-16T09:00:00+08:00');
    const c = (await post('resident', '/api/cases', { description: '单元门口的路灯也不亮了' })).json();
    await act('grid', c.id, { action: 'accept' });
    await act('grid', c.id, { action: 'verify', note: '现场核实，情况属实' });
    await act('grid', c.id, { action: 'register', categoryId: lampCategory, tier: 'grid' });
    await act('grid', c.id, { action: 'dispatch', assigneeUserId: ids.grid });
    await runJobOnce(t.deps.db, deadlineSweepJob, new Date('2026-03-17T17:00:00+08:00'));
    expect((await get('grid', `/api/cases/${c.id}`)).json()).toMatchObject({ warning: true, overdue: false });
    await runJobOnce(t.deps.db, deadlineSweepJob, new Date('2026-03-18T10:00:00+08:00'));
    expect((await get('grid', `/api/cases/${c.id}`)).json()).toMatchObject({ overdue: true });
    expect((await get('grid', '/api/cases?overdue=true')).json().items.map((x: { id: string }) => x.id)).toContain(c.id);
    const limits = await t.deps.db.select().from(caseLimits).where(eq(caseLimits.caseId, c.id));
    expect(limits.find((l) => l.kind === 'handling')?.status).toBe('missed');
  });

  it('moves the deadline when the dispatcher approves an extension', async () => {
    t.clock.now = new Date('2026-03-16T09:00:00+08:00');
    await t.deps.db.insert(posts).values({ id: crypto.randomUUID(), userId: ids.qq, role: 'gridWorker', nodeId: tree.qq.grid.id, nodePath: tree.qq.grid.path });
    forgetActors(t.deps, [ids.qq]); // written past the services, which forget on their own
    const c = (await post('resident', '/api/cases', { description: '小区广场的路灯闪烁' })).json();
    await act('grid', c.id, { action: 'accept' });
    await act('grid', c.id, { action: 'verify', note: '现场核实，情况属实' });
    await act('qq', c.id, { action: 'register', categoryId: lampCategory, tier: 'community' });
    await act('qq', c.id, { action: 'dispatch', assigneeUserId: ids.grid });
    await act('grid', c.id, { action: 'acknowledge' });
    const asked = await act('grid', c.id, { action: 'requestExtension', newDeadline: '2026-03-20T17:00:00+08:00', reason: '等待配件' });
    expect(asked.pendingExtension).toMatchObject({ reason: '等待配件' });
    const approved = await act('qq', c.id, { action: 'decideExtension', approve: true });
    expect(approved.handlingDeadline).toBe(new Date('2026-03-20T17:00:00+08:00').toISOString());
    expect(approved.pendingExtension).toBeNull();
  });
});

describe('category suggestion and "me too" candidates', () => {
  it('suggests 路灯 for a lamp report and finds the open look-alike in the same grid', async () => {
    const res = (await get('resident', `/api/cases/suggest?text=${encodeURIComponent('路灯不亮了')}&gridId=${tree.qq.grid.id}`)).json();
    expect(res.categories[0].name).toBe('路灯');
    expect(res.similarCases.length).toBeGreaterThan(0);
    expect(res.similarCases[0].title).toContain('路灯');
  });
});

describe('my work', () => {
  it('lists a new report for the grid worker to accept, and nothing for the reporter', async () => {
    const c = (await post('resident', '/api/cases', { description: '楼顶水箱漏水，顺着墙往下流' })).json();
    const gridWork = (await get('grid', '/api/cases/todo')).json();
    const entry = gridWork.items.find((x: { id: string }) => x.id === c.id);
    expect(entry.nextActions).toEqual(['accept']);
    expect(gridWork.total).toBeGreaterThan(0);
    // A work list is a case worker's capability: the reporter has none (capability table).
    expect((await get('resident', '/api/cases/todo')).statusCode).toBe(403);
    const ltWork = (await get('lt', '/api/cases/todo')).json();
    expect(ltWork.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
  });

  it('puts overdue cases first', async () => {
    const items = (await get('grid', '/api/cases/todo')).json().items;
    const firstNotOverdue = items.findIndex((x: { overdue: boolean }) => !x.overdue);
    const lastOverdue = items.map((x: { overdue: boolean }) => x.overdue).lastIndexOf(true);
    expect(lastOverdue).toBeLessThan(firstNotOverdue === -1 ? Infinity : firstNotOverdue);
    expect(lastOverdue).toBeGreaterThanOrEqual(0);
  });
});

describe('scope isolation', () => {
  it("keeps each community's cases from the sibling community's staff, in the list and the detail", async () => {
    await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
    cookie.ltResident = await loginAs(t.app, 'ltResident');
    const report = async (user: string) => (await post(user, '/api/cases', { description: `${user}报告：单元门禁坏了，进出不便` })).json().id as string;
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await report('resident') },
        { cookie: cookie.lt, recordId: await report('ltResident') },
      ],
      list: '/api/cases?limit=100',
      detail: (id) => `/api/cases/${id}`,
    });
  });
});
