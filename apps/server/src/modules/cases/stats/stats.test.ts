import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/ids';
import { runJobOnce } from '../../../platform/jobs/scheduler';
import { buildActor, buildOrgTree, type TestNode } from '../../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';
import { orgNodes } from '../../../test-support/tables';
import { seedCategories } from '../categories.repository';
import { caseCategories } from '../cases.tables';
import { deadlineSweepJob } from '../deadline-sweep';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let grid2: TestNode;
let zj: TestNode;
const category: Record<string, string> = {};
const cookie: Record<string, string> = {};
const USERS = ['qq', 'lt', 'gw1', 'gw2', 'ltgw', 'street', 'district', 'cg', 'zj', 'resident'] as const;
type User = (typeof USERS)[number];

/** Sets the clock to a Beijing wall time, e.g. '2026-03-02 09:00'. */
const at = (beijing: string) => {
  t.clock.now = new Date(`${beijing.replace(' ', 'T')}:00+08:00`);
};
const get = (user: User, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });
const stats = async (user: User, query = '') => {
  const res = await get(user, `/api/cases/stats${query ? `?${query}` : ''}`);
  if (res.statusCode !== 200) throw new Error(`stats ${user} ${query}: ${res.statusCode} ${res.body}`);
  return res.json();
};
const MARCH = 'from=2026-03-01&to=2026-04-01';

async function report(user: User, grid: TestNode, description: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: cookie[user] },
    payload: { description, gridId: grid.id, channel: 'patrol' },
  });
  if (res.statusCode !== 201) throw new Error(`report: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

async function act(user: User, caseId: string, body: Record<string, unknown>): Promise<void> {
  const current = (await get(user, `/api/cases/${caseId}`)).json();
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/actions`,
    headers: { cookie: cookie[user] },
    payload: { expectedVersion: current.version, ...body },
  });
  if (res.statusCode !== 200) throw new Error(`${user} ${String(body.action)}: ${res.statusCode} ${res.body}`);
}

/** accept → verify → register at grid tier with the category. */
async function register(user: User, caseId: string, categoryName: string): Promise<void> {
  await act(user, caseId, { action: 'accept' });
  await act(user, caseId, { action: 'verify', note: '现场核实，情况属实' });
  await act(user, caseId, { action: 'register', categoryId: category[categoryName], tier: 'grid' });
}

async function dispatchTo(dispatcher: User, worker: User, workerId: string, caseId: string): Promise<void> {
  await act(dispatcher, caseId, { action: 'dispatch', assigneeUserId: workerId });
  await act(worker, caseId, { action: 'acknowledge' });
}

async function passVisitClose(staff: User, caseId: string, solved: boolean, satisfaction: string): Promise<void> {
  await act(staff, caseId, { action: 'pass' });
  await act(staff, caseId, { action: 'visit', solved, satisfaction });
  await act(staff, caseId, { action: 'close' });
}

async function addNode(parent: TestNode, kind: string, code: string, name: string, depth: number): Promise<TestNode> {
  const node = { id: newId(), code, name, path: `${parent.path}${code}/` };
  await t.deps.db.insert(orgNodes).values({ ...node, parentId: parent.id, kind, depth, gridType: kind === 'grid' ? 'community' : null });
  return node;
}

/*
 * The hand-made timeline (Beijing time; March 2026 has no holidays). 清泉社区 has two grids;
 * 龙潭社区 one. Limits: accept 4 working hours, 路灯 2 working days, 暴露垃圾 1 working day,
 * department report 30 minutes.
 *
 *   C-1 2025-03-14 清泉 grid 1  rejected                                   (last year)
 *   C0  2026-02-10 清泉 grid 1  closed same day, on time, satisfied        (last month)
 *   C1  03-02 09:00 grid 1 路灯  closed 16:00 (7 h), on time, satisfied
 *   C7  03-01 07:30 龙潭 暴露垃圾 (Sunday) accepted 03-02 10:10, closed 12:00, satisfied (other community)
 *   C2  03-03 09:00 grid 1 暴露垃圾 accepted late (15:00); handled, failed check, handled,
 *                   basically satisfied, closed 03-04 16:30 (31.5 h), on time
 *   C3  03-05 09:00 grid 2 路灯  escalated grid → community → street, whistled to 城管局 (lead,
 *                   reports in 20 min) and 住建局 (co, reports after 60 min); handled late on
 *                   03-09 10:00; unsolved, unsatisfied; closed 03-09 11:00 (98 h)
 *   C4  03-09 14:00 grid 2 暴露垃圾 dispatched, never handled: overdue at the sweep
 *   C5  03-10 09:00 grid 1 路灯  registered, deadline 03-12: warned at the sweep
 *   C8  03-10 09:30 grid 1 暴露垃圾 registered (deadline 03-11 09:40), then merged into C5
 *   C6  03-10 10:00 grid 1      rejected within the accept limit
 *   sweep 03-11 17:00; figures asked at 03-11 18:00.
 */
beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 800 });
  at('2025-03-14 09:00');
  tree = await buildOrgTree(t.deps);
  grid2 = await addNode(tree.qq.community, 'grid', '370403001001002', '清泉社区第二网格', 3);
  zj = await addNode(tree.district, 'department', '370403-zj', '住建局', 1);
  await seedCategories(t.deps.db);
  for (const name of ['路灯', '暴露垃圾', '公用设施']) {
    const [row] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, name));
    category[name] = row.id;
  }
  const ids: Record<string, string> = {};
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.gw1 = await buildActor(t.deps, { username: 'gw1', role: 'gridWorker', at: tree.qq.grid });
  ids.gw2 = await buildActor(t.deps, { username: 'gw2', role: 'gridWorker', at: grid2 });
  ids.ltgw = await buildActor(t.deps, { username: 'ltgw', role: 'gridWorker', at: tree.lt.grid });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  ids.district = await buildActor(t.deps, { username: 'district', role: 'districtOfficer', at: tree.district });
  ids.cg = await buildActor(t.deps, { username: 'cg', role: 'departmentStaff', at: tree.dept });
  ids.zj = await buildActor(t.deps, { username: 'zj', role: 'departmentStaff', at: zj });
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  for (const u of USERS) cookie[u] = await loginAs(t.app, u);

  at('2025-03-14 10:00');
  const cPrev = await report('qq', tree.qq.grid, '去年三月的一件诉求，不属于受理范围');
  await act('qq', cPrev, { action: 'reject', reason: '不属于受理范围' });

  at('2026-02-10 09:00');
  const c0 = await report('qq', tree.qq.grid, '二月份小区门口垃圾堆积');
  at('2026-02-10 09:10');
  await register('qq', c0, '暴露垃圾');
  await dispatchTo('qq', 'gw1', ids.gw1, c0);
  at('2026-02-10 10:00');
  await act('gw1', c0, { action: 'handle', note: '已清理' });
  at('2026-02-10 11:00');
  await passVisitClose('qq', c0, true, 'satisfied');

  // Sunday 07:30 in Beijing is still 28 February in UTC: the month buckets must use Beijing time.
  at('2026-03-01 07:30');
  const c7 = await report('lt', tree.lt.grid, '龙潭社区门口垃圾暴露');

  at('2026-03-02 09:00');
  const c1 = await report('qq', tree.qq.grid, '1号楼前路灯不亮');
  at('2026-03-02 09:30');
  await register('qq', c1, '路灯');
  await dispatchTo('qq', 'gw1', ids.gw1, c1);

  at('2026-03-02 10:10');
  await register('lt', c7, '暴露垃圾');
  await dispatchTo('lt', 'ltgw', ids.ltgw, c7);
  at('2026-03-02 11:00');
  await act('ltgw', c7, { action: 'handle', note: '已清理' });
  at('2026-03-02 12:00');
  await passVisitClose('lt', c7, true, 'satisfied');

  at('2026-03-02 15:00');
  await act('gw1', c1, { action: 'handle', note: '已更换灯泡' });
  at('2026-03-02 16:00');
  await passVisitClose('qq', c1, true, 'satisfied');

  at('2026-03-03 09:00');
  const c2 = await report('qq', tree.qq.grid, '2号楼后面垃圾暴露堆放');
  at('2026-03-03 15:00');
  await register('qq', c2, '暴露垃圾');
  await dispatchTo('qq', 'gw1', ids.gw1, c2);
  at('2026-03-04 10:00');
  await act('gw1', c2, { action: 'handle', note: '已清理' });
  at('2026-03-04 11:00');
  await act('qq', c2, { action: 'fail', reason: '仍有垃圾残留' });
  at('2026-03-04 14:00');
  await act('gw1', c2, { action: 'handle', note: '已彻底清理' });
  at('2026-03-04 16:00');
  await act('qq', c2, { action: 'pass' });
  await act('qq', c2, { action: 'visit', solved: true, satisfaction: 'basicallySatisfied' });
  at('2026-03-04 16:30');
  await act('qq', c2, { action: 'close' });

  at('2026-03-05 09:00');
  const c3 = await report('qq', grid2, '主干道路灯整排不亮');
  at('2026-03-05 09:10');
  await register('gw2', c3, '路灯');
  at('2026-03-05 09:20');
  await act('gw2', c3, { action: 'escalate', reason: '需要更换线路，网格无法处置' });
  await act('qq', c3, { action: 'escalate', reason: '涉及市政设施，需街道协调' });
  at('2026-03-05 10:00');
  await act('street', c3, { action: 'whistle', leadDepartmentId: tree.dept.id, coDepartmentIds: [zj.id] });
  at('2026-03-05 10:20');
  await act('cg', c3, { action: 'acknowledge' });
  at('2026-03-05 11:00');
  await act('zj', c3, { action: 'acknowledge' });
  at('2026-03-09 10:00');
  await act('cg', c3, { action: 'handle', note: '已更换线路' });
  at('2026-03-09 11:00');
  await passVisitClose('qq', c3, false, 'unsatisfied');

  at('2026-03-09 14:00');
  const c4 = await report('qq', grid2, '菜市场门口垃圾暴露');
  at('2026-03-09 14:10');
  await register('gw2', c4, '暴露垃圾');
  await dispatchTo('gw2', 'gw2', ids.gw2, c4);

  at('2026-03-10 09:00');
  const c5 = await report('qq', tree.qq.grid, '3号楼路灯闪烁');
  await register('gw1', c5, '路灯');
  at('2026-03-10 09:30');
  const c8 = await report('qq', tree.qq.grid, '3号楼旁边垃圾桶满了没人清');
  at('2026-03-10 09:40');
  await register('gw1', c8, '暴露垃圾');
  at('2026-03-10 09:50');
  await act('qq', c8, { action: 'merge', primaryCaseId: c5 });

  at('2026-03-10 10:00');
  const c6 = await report('qq', tree.qq.grid, '反映的问题不在本社区管辖');
  at('2026-03-10 10:05');
  await act('qq', c6, { action: 'reject', reason: '不属于本社区' });

  await runJobOnce(t.deps.db, deadlineSweepJob, new Date('2026-03-11T17:00:00+08:00'));
  at('2026-03-11 18:00');
});
afterAll(() => t.close());

describe('the figures of 清泉社区 for March 2026 on the hand-made timeline', () => {
  it('counts each cohort exactly as documented', async () => {
    const s = await stats('qq', MARCH);
    expect(s.node).toEqual({ id: tree.qq.community.id, name: '清泉社区', kind: 'community' });
    expect(s.period).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    expect(s.counts).toEqual({
      received: 7,
      registered: 6,
      // C1, C2 and C3 closed; C4's deadline passed; C5's deadline (03-12) is still ahead; C8 was merged away.
      dueToClose: 4,
      closed: 3,
      closedOnTime: 2,
      checked: 3,
      failedCheck: 1,
      visits: 3,
      satisfied: 1,
      basicallySatisfied: 1,
      solvedAnswers: 2,
      // Everything but C2, which was accepted after its accept limit; C6's rejection was in time.
      acceptedInTime: 6,
      closedWithin1Day: 1,
      closedWithin2Days: 2,
      closedWithin3Days: 2,
      closedInsideGrid: 2,
      escalations: 2,
      whistles: 1,
      departmentsWhistled: 2,
      departmentsReportedOnTime: 1,
    });
  });

  it('derives every rate from those counts', async () => {
    const { figures } = await stats('qq', MARCH);
    expect(figures.closureRate).toBeCloseTo(3 / 4, 10);
    expect(figures.onTimeClosureRate).toBeCloseTo(2 / 4, 10);
    expect(figures.reworkRate).toBeCloseTo(1 / 3, 10);
    expect(figures.satisfactionRate).toBeCloseTo(2 / 3, 10);
    expect(figures.strictSatisfactionRate).toBeCloseTo(1 / 3, 10);
    expect(figures.responseRate).toBeCloseTo(6 / 7, 10);
    expect(figures.resolutionRate).toBeCloseTo(2 / 3, 10);
    expect(figures.closedWithin1Day).toBeCloseTo(1 / 3, 10);
    expect(figures.closedWithin2Days).toBeCloseTo(2 / 3, 10);
    expect(figures.closedWithin3Days).toBeCloseTo(2 / 3, 10);
    expect(figures.gridSelfSolveShare).toBeCloseTo(2 / 3, 10);
    expect(figures.whistleReportRate).toBeCloseTo(1 / 2, 10);
  });

  it('breaks down by grid, month, category, open state and highest tier', async () => {
    const s = await stats('qq', MARCH);
    expect(s.byChild).toEqual([
      { nodeId: tree.qq.grid.id, name: '清泉社区第一网格', kind: 'grid', received: 5, closed: 2, onTimeClosureRate: 1, satisfactionRate: 1, overdueOpen: 0 },
      { nodeId: grid2.id, name: '清泉社区第二网格', kind: 'grid', received: 2, closed: 1, onTimeClosureRate: 0, satisfactionRate: 0, overdueOpen: 1 },
    ]);
    // C3 was handled late and C4 never: both missed a March deadline.
    expect(s.byMonth).toEqual([{ month: '2026-03', received: 7, closed: 3, closedOnTime: 2, overdue: 2 }]);
    // A tie is ordered by name (pinyin: bào before lù).
    expect(s.byCategory).toEqual([
      { categoryId: category['暴露垃圾'], name: '暴露垃圾', received: 3 },
      { categoryId: category['路灯'], name: '路灯', received: 3 },
      { categoryId: null, name: '未分类', received: 1 },
    ]);
    expect(s.byState).toEqual([
      { state: 'registered', count: 1 },
      { state: 'handling', count: 1 },
    ]);
    expect(s.byTier).toEqual([
      { tier: 'grid', count: 2 },
      { tier: 'community', count: 0 },
      { tier: 'street', count: 1 },
    ]);
    expect(s.whistles).toEqual({ count: 1, departmentsWhistled: 2, departmentsReportedOnTime: 1 });
    expect(s.openOverdue).toBe(1);
    expect(s.openWarning).toBe(1);
  });

  it('compares with February (month over month) and March 2025 (year over year)', async () => {
    const { previous } = await stats('qq', MARCH);
    expect(previous.monthOverMonth).toEqual({ period: { from: '2026-02-01', to: '2026-03-01' }, received: 1, closed: 1, receivedChange: 6, closedChange: 2 });
    expect(previous.yearOverYear).toEqual({ period: { from: '2025-03-01', to: '2025-04-01' }, received: 1, closed: 0, receivedChange: 6, closedChange: null });
  });

  it('buckets months by Beijing calendar month over a longer period', async () => {
    const s = await stats('qq', 'from=2026-02-01&to=2026-04-01');
    expect(s.byMonth).toEqual([
      { month: '2026-02', received: 1, closed: 1, closedOnTime: 1, overdue: 0 },
      { month: '2026-03', received: 7, closed: 3, closedOnTime: 2, overdue: 2 },
    ]);
    expect(s.counts.received).toBe(8);
    expect(s.previous.monthOverMonth.period).toEqual({ from: '2025-12-01', to: '2026-02-01' });
  });

  it('defaults to the twelve calendar months up to today', async () => {
    const s = await stats('qq');
    expect(s.period).toEqual({ from: '2025-04-01', to: '2026-03-12' });
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth[0].month).toBe('2025-04');
    expect(s.byMonth[11].month).toBe('2026-03');
    // C0 and March's seven; last year's C-1 falls before the period.
    expect(s.counts.received).toBe(8);
  });

  it('filters by a category and its subcategories', async () => {
    const lamp = await stats('qq', `${MARCH}&categoryId=${category['路灯']}`);
    expect(lamp.counts).toMatchObject({ received: 3, closed: 2, closedOnTime: 1, visits: 2, satisfied: 1 });
    expect(lamp.byState).toEqual([{ state: 'registered', count: 1 }]);
    const facilities = await stats('qq', `${MARCH}&categoryId=${category['公用设施']}`);
    expect(facilities.counts).toEqual(lamp.counts);
  });
});

describe('scope', () => {
  it('gives the street both communities and the district its street, with departments left out', async () => {
    const street = await stats('street', MARCH);
    expect(street.node).toMatchObject({ id: tree.street.id, kind: 'street' });
    expect(street.counts).toMatchObject({ received: 8, closed: 4, closedInsideGrid: 3, visits: 4, satisfied: 2 });
    expect(street.byChild.map((c: { name: string; received: number }) => [c.name, c.received])).toEqual([
      ['清泉社区', 7],
      ['龙潭社区', 1],
    ]);
    const twoMonths = await stats('street', 'from=2026-02-01&to=2026-04-01');
    expect(twoMonths.byMonth.map((m: { month: string; received: number }) => [m.month, m.received])).toEqual([
      ['2026-02', 1],
      ['2026-03', 8],
    ]);
    const district = await stats('district', MARCH);
    expect(district.byChild.map((c: { name: string; received: number }) => [c.name, c.received])).toEqual([['临城街道', 8]]);
  });

  it('keeps 龙潭 out of 清泉 and 清泉 out of 龙潭', async () => {
    const lt = await stats('lt', MARCH);
    expect(lt.node.name).toBe('龙潭社区');
    expect(lt.counts).toMatchObject({ received: 1, closed: 1, visits: 1, satisfied: 1, escalations: 0 });
    const res = await get('lt', `/api/cases/stats?nodeId=${tree.qq.community.id}&${MARCH}`);
    expect(res.statusCode).toBe(404);
    expect((await get('lt', `/api/cases/stats?nodeId=${tree.qq.community.id}&${MARCH}&format=xlsx`)).statusCode).toBe(404);
  });

  it('lets a grid worker see only their grid, with no children', async () => {
    const s = await stats('gw2', MARCH);
    expect(s.node).toEqual({ id: grid2.id, name: '清泉社区第二网格', kind: 'grid' });
    expect(s.counts).toMatchObject({ received: 2, closed: 1, dueToClose: 2, closedOnTime: 0 });
    expect(s.byChild).toEqual([]);
    expect((await get('gw2', `/api/cases/stats?nodeId=${tree.qq.grid.id}&${MARCH}`)).statusCode).toBe(404);
  });

  it('shows a department only the cases whistled to it, and only its own reports', async () => {
    const cg = await stats('cg', MARCH);
    expect(cg.node).toEqual({ id: tree.dept.id, name: '城管局', kind: 'department' });
    expect(cg.counts).toMatchObject({ received: 1, closed: 1, closedOnTime: 0, closedInsideGrid: 0 });
    expect(cg.whistles).toEqual({ count: 1, departmentsWhistled: 1, departmentsReportedOnTime: 1 });
    expect(cg.byChild).toEqual([]);
    const zjStats = await stats('zj', MARCH);
    expect(zjStats.whistles).toEqual({ count: 1, departmentsWhistled: 1, departmentsReportedOnTime: 0 });
    expect((await get('cg', `/api/cases/stats?nodeId=${tree.qq.community.id}`)).statusCode).toBe(404);
    const viaDistrict = await stats('district', `nodeId=${tree.dept.id}&${MARCH}`);
    expect(viaDistrict.counts.received).toBe(1);
  });

  it('refuses a resident', async () => {
    expect((await get('resident', '/api/cases/stats')).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it.each([
    ['from=2026-02-30', 'from'],
    ['from=2026-03-10&to=2026-03-01', 'to'],
    ['from=2026-03-01&to=2026-03-01', 'to'],
    ['from=2022-01-01&to=2026-01-02', 'from'],
    ['from=2099-01-01', 'from'],
    ['to=03/01/2026', 'to'],
    ['nodeId=abc', 'nodeId'],
    ['format=pdf', 'format'],
    [`categoryId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, 'categoryId'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const res = await get('qq', `/api/cases/stats?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('accepts exactly three years', async () => {
    expect((await get('qq', '/api/cases/stats?from=2023-01-01&to=2026-01-01')).statusCode).toBe(200);
  });
});

describe('the Excel export', () => {
  it('opens with the figures, by-month and by-grid sheets and the same numbers', async () => {
    const res = await get('qq', `/api/cases/stats?${MARCH}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['指标', '按月', '按下级']);
    const figures = book.getWorksheet('指标')!;
    const row = (label: string) => {
      let found: ExcelJS.Row | undefined;
      figures.eachRow((r) => {
        if (r.getCell(1).value === label) found = r;
      });
      if (!found) throw new Error(`no row ${label}`);
      return found.getCell(2);
    };
    expect(row('统计对象').value).toBe('清泉社区');
    expect(row('统计期间').value).toBe('2026-03-01 至 2026-03-31');
    expect(row('受理数').value).toBe(7);
    expect(row('应结案数').value).toBe(4);
    expect(row('满意率').value).toBeCloseTo(2 / 3, 10);
    expect(row('满意率').numFmt).toBe('0.0%');
    expect(row('返工率').value).toBeCloseTo(1 / 3, 10);
    expect(row('结案数同比').value).toBe('—');
    expect(book.getWorksheet('按月')!.getRow(1).values).toEqual([undefined, '月份', '受理数', '结案数', '按期结案数', '超期数']);
    expect(book.getWorksheet('按月')!.getRow(2).values).toEqual([undefined, '2026-03', 7, 3, 2, 2]);
    const children = book.getWorksheet('按下级')!;
    expect(children.getRow(2).values).toEqual([undefined, '清泉社区第一网格', '网格', 5, 2, 1, 1, 0]);
    expect(children.getRow(3).values).toEqual([undefined, '清泉社区第二网格', '网格', 2, 1, 0, 0, 1]);
    expect(children.getRow(3).getCell(5).numFmt).toBe('0.0%');
  });
});
