import { eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScope } from '../../../platform/auth/data-scope';
import { newId } from '../../../platform/ids';
import { runJobOnce } from '../../../platform/jobs/scheduler';
import { buildActor, buildOrgTree, type TestNode } from '../../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';
import { type Actor } from '../../../platform/auth/actor';
import { orgNodes } from '../../../test-support/tables';
import { seedCategories } from '../categories.repository';
import { caseCategories } from '../cases.tables';
import { deadlineSweepJob } from '../deadline-sweep';
import { caseStatsFoldJob, rebuildCaseStatsRollup } from './stats-rollup';
import { caseStats, type CaseStatsInput } from './stats.service';

/*
 * The rollup must give exactly the figures of the raw queries (kept as `caseStats(…, 'raw')`, the
 * oracle) for every node, period and breakdown, whichever mix of actions wrote the cases: each
 * story below runs through the real endpoints, five days apart, across three grids.
 */
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let grid2: TestNode;
const category: Record<string, string> = {};
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
const USERS = ['qq', 'lt', 'gw1', 'gw2', 'ltgw', 'street', 'district', 'cg'] as const;
type User = (typeof USERS)[number];

/** Sets the clock to a Beijing wall time on `day` ('2026-01-05') at `time` ('09:00'). */
const at = (day: string, time: string) => {
  t.clock.now = new Date(`${day}T${time}:00+08:00`);
};
const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const get = (user: User, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

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

/** Who works a grid: its community staff and its grid worker. */
interface Crew {
  grid: TestNode;
  staff: User;
  worker: User;
}

async function registered(c: Crew, day: string, categoryName: string, description: string): Promise<string> {
  at(day, '09:00');
  const id = await report(c.staff, c.grid, description);
  at(day, '09:20');
  await act(c.worker, id, { action: 'accept' });
  await act(c.worker, id, { action: 'verify', note: '现场核实，情况属实' });
  await act(c.worker, id, { action: 'register', categoryId: category[categoryName], tier: 'grid' });
  return id;
}

async function dispatched(c: Crew, id: string): Promise<void> {
  await act(c.worker, id, { action: 'dispatch', assigneeUserId: userId[c.worker] });
  await act(c.worker, id, { action: 'acknowledge' });
}

async function checkVisitClose(c: Crew, id: string, day: string, satisfaction: string): Promise<void> {
  at(day, '15:00');
  await act(c.staff, id, { action: 'pass' });
  await act(c.staff, id, { action: 'visit', solved: satisfaction !== 'unsatisfied', satisfaction });
  at(day, '15:30');
  await act(c.staff, id, { action: 'close' });
}

/** The stories, each given its crew and first day; none runs past its fifth day. */
const STORIES: ((c: Crew, day: string) => Promise<void>)[] = [
  async function happy(c, day) {
    const id = await registered(c, day, '路灯', '小区门口路灯不亮');
    await dispatched(c, id);
    at(day, '11:00');
    await act(c.worker, id, { action: 'handle', note: '已修复' });
    await checkVisitClose(c, id, day, 'satisfied');
  },
  async function rework(c, day) {
    const id = await registered(c, day, '暴露垃圾', '楼后垃圾暴露堆放');
    await dispatched(c, id);
    at(day, '16:00');
    await act(c.worker, id, { action: 'handle', note: '已清理' });
    at(day, '17:00');
    await act(c.staff, id, { action: 'fail', reason: '仍有残留' });
    at(dayAfter(day, 1), '10:00');
    await act(c.worker, id, { action: 'handle', note: '已彻底清理' });
    await checkVisitClose(c, id, dayAfter(day, 1), 'basicallySatisfied');
  },
  async function rejected(c, day) {
    at(day, '09:00');
    const id = await report(c.staff, c.grid, '反映的事项不属于受理范围');
    at(day, '14:00');
    await act(c.staff, id, { action: 'reject', reason: '不属于受理范围' });
  },
  async function whistled(c, day) {
    const id = await registered(c, day, '路灯', '主干道整排路灯不亮');
    await act(c.worker, id, { action: 'escalate', reason: '网格无法处置' });
    await act(c.staff, id, { action: 'escalate', reason: '需街道协调' });
    at(day, '10:00');
    await act('street', id, { action: 'whistle', leadDepartmentId: tree.dept.id });
    at(day, '10:20');
    await act('cg', id, { action: 'acknowledge' });
    at(dayAfter(day, 2), '10:00');
    await act('cg', id, { action: 'handle', note: '已更换线路' });
    await checkVisitClose(c, id, dayAfter(day, 2), 'unsatisfied');
  },
  async function overdueThenLate(c, day) {
    const id = await registered(c, day, '暴露垃圾', '菜场门口垃圾无人清运');
    await dispatched(c, id);
    await runJobOnce(t.deps.db, deadlineSweepJob, new Date(`${dayAfter(day, 4)}T08:00:00+08:00`));
    at(dayAfter(day, 4), '09:00');
    await act(c.worker, id, { action: 'handle', note: '已清运' });
    await checkVisitClose(c, id, dayAfter(day, 4), 'satisfied');
  },
  async function reopened(c, day) {
    const id = await registered(c, day, '路灯', '3号楼前路灯闪烁');
    await dispatched(c, id);
    at(day, '10:00');
    await act(c.worker, id, { action: 'handle', note: '已修复' });
    await checkVisitClose(c, id, day, 'satisfied');
    at(dayAfter(day, 1), '09:00');
    await act(c.staff, id, { action: 'reopen', reason: '又不亮了' });
    await dispatched(c, id);
    at(dayAfter(day, 2), '10:00');
    await act(c.worker, id, { action: 'handle', note: '更换镇流器' });
    await checkVisitClose(c, id, dayAfter(day, 2), 'basicallySatisfied');
  },
  async function merged(c, day) {
    const primary = await registered(c, day, '暴露垃圾', '小区东门垃圾桶满溢');
    const duplicate = await registered(c, day, '暴露垃圾', '东门那个垃圾桶又满溢了');
    at(day, '10:00');
    await act(c.staff, duplicate, { action: 'merge', primaryCaseId: primary });
    await dispatched(c, primary);
    at(day, '13:00');
    await act(c.worker, primary, { action: 'handle', note: '已清运' });
    await checkVisitClose(c, primary, day, 'satisfied');
  },
];

const FINAL_DAY = '2026-03-27';
const COARSE_TABLES = [
  'case_stats_daily_coarse',
  'case_stats_daily_street',
  'case_stats_daily_category',
  'case_stats_monthly',
  'case_stats_monthly_street',
  'case_stats_monthly_category',
];

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 800 });
  at('2026-01-04', '09:00');
  tree = await buildOrgTree(t.deps);
  grid2 = { id: newId(), code: '370403001001002', name: '清泉社区第二网格', path: `${tree.qq.community.path}370403001001002/` };
  await t.deps.db.insert(orgNodes).values({ ...grid2, parentId: tree.qq.community.id, kind: 'grid', depth: 3, gridType: 'community' });
  await seedCategories(t.deps.db);
  for (const name of ['路灯', '暴露垃圾', '公用设施']) {
    const [row] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, name));
    category[name] = row.id;
  }
  userId.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  userId.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  userId.gw1 = await buildActor(t.deps, { username: 'gw1', role: 'gridWorker', at: tree.qq.grid });
  userId.gw2 = await buildActor(t.deps, { username: 'gw2', role: 'gridWorker', at: grid2 });
  userId.ltgw = await buildActor(t.deps, { username: 'ltgw', role: 'gridWorker', at: tree.lt.grid });
  userId.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  userId.district = await buildActor(t.deps, { username: 'district', role: 'districtOfficer', at: tree.district });
  userId.cg = await buildActor(t.deps, { username: 'cg', role: 'departmentStaff', at: tree.dept });
  for (const u of USERS) cookie[u] = await loginAs(t.app, u);

  const crews: Crew[] = [
    { grid: tree.qq.grid, staff: 'qq', worker: 'gw1' },
    { grid: grid2, staff: 'qq', worker: 'gw2' },
    { grid: tree.lt.grid, staff: 'lt', worker: 'ltgw' },
  ];
  // Fifteen stories from 5 January, every story kind in every grid at least once over the run.
  for (let k = 0; k < 15; k++) await STORIES[k % STORIES.length](crews[k % crews.length], dayAfter('2026-01-05', 5 * k));

  // Left open: one overdue at the sweep and then given an extension to tonight (its handling limit
  // stays missed), one just overdue, one running, and one not yet categorised.
  const late = await registered(crews[0], '2026-03-23', '暴露垃圾', '5号楼楼道堆放杂物');
  await dispatched(crews[0], late);
  await dispatched(crews[1], await registered(crews[1], '2026-03-23', '暴露垃圾', '沿街垃圾清运不及时'));
  await runJobOnce(t.deps.db, deadlineSweepJob, new Date(`${FINAL_DAY}T08:00:00+08:00`));
  at(FINAL_DAY, '09:00');
  await act('gw1', late, { action: 'requestExtension', newDeadline: new Date(`${FINAL_DAY}T20:00:00+08:00`).toISOString(), reason: '需等物业配合' });
  await act('gw1', late, { action: 'decideExtension', approve: true });
  const running = await registered(crews[2], FINAL_DAY, '路灯', '路口路灯杆倾斜了');
  await dispatched(crews[2], running);
  at(FINAL_DAY, '10:00');
  await report('qq', grid2, '有个情况还没分类想反映');
  at(FINAL_DAY, '15:00');
}, 600_000);
afterAll(() => t.close());

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A district officer, as the route would load one. */
function districtOfficer(): Actor {
  const node = tree.district;
  const posts: Actor['posts'] = [{ role: 'districtOfficer', nodeId: node.id, nodePath: node.path, postId: newId(), nodeName: node.name, title: null }];
  return {
    userId: userId.district,
    username: 'district',
    displayName: '区',
    residentId: null,
    hasPassword: true,
    posts,
    scope: buildScope(posts),
    ip: null,
  };
}

const PERIODS: Record<string, Pick<CaseStatsInput, 'from' | 'to'>> = {
  'the default twelve months': {},
  January: { from: '2026-01-01', to: '2026-02-01' },
  March: { from: '2026-03-01', to: '2026-04-01' },
  // Starts between a failed check (14 Feb) and the passing one (15 Feb): the case counts as checked once.
  'mid-February to mid-March': { from: '2026-02-15', to: '2026-03-13' },
  'today only': { from: FINAL_DAY, to: dayAfter(FINAL_DAY, 1) },
  // Whole past months: a district or street reads them from the monthly rows only.
  'January and February': { from: '2026-01-01', to: '2026-03-01' },
  // Monthly January between daily edges on both sides.
  'mid-December to 10 February': { from: '2025-12-15', to: '2026-02-10' },
  // Monthly February after one daily day; the passing check of 1 February pairs with 30 January, before the period.
  '31 January to the end of February': { from: '2026-01-31', to: '2026-03-01' },
  // No whole month: a district or street reads every day from the day-level coarse rows.
  '8 to 20 January': { from: '2026-01-08', to: '2026-01-21' },
  // Across a month edge without a whole month: checks and closings pair across it.
  '20 January to 17 February': { from: '2026-01-20', to: '2026-02-18' },
};

/** Every node and period the test compares, with a category filter on two of them. */
function comparisons(): [string, CaseStatsInput][] {
  const nodes: [string, string][] = [
    ['district', tree.district.id],
    ['street', tree.street.id],
    ['清泉', tree.qq.community.id],
    ['龙潭', tree.lt.community.id],
    ['grid 1', tree.qq.grid.id],
    ['grid 2', grid2.id],
  ];
  const out: [string, CaseStatsInput][] = [];
  for (const [nodeName, nodeId] of nodes)
    for (const [periodName, period] of Object.entries(PERIODS)) out.push([`${nodeName}, ${periodName}`, { nodeId, ...period }]);
  out.push(['district, 路灯 only', { nodeId: tree.district.id, categoryId: category['路灯'] }]);
  out.push(['street, 公用设施 and below', { nodeId: tree.street.id, categoryId: category['公用设施'], from: '2026-01-01', to: '2026-04-01' }]);
  return out;
}

async function expectRollupEqualsRaw(): Promise<void> {
  const actor = districtOfficer();
  for (const [name, input] of comparisons()) {
    const raw = await caseStats(t.deps, actor, input, 'raw');
    const rollup = await caseStats(t.deps, actor, input, 'rollup');
    expect({ name, figures: rollup }).toEqual({ name, figures: raw });
  }
}

describe('the case stats rollup', () => {
  it('was driven through every figure the dashboard shows', async () => {
    const raw = await caseStats(t.deps, districtOfficer(), { nodeId: tree.district.id }, 'raw');
    for (const count of Object.keys(raw.counts) as (keyof typeof raw.counts)[]) expect({ count, value: raw.counts[count] > 0 }).toEqual({ count, value: true });
    expect(raw.byMonth.some((m) => m.overdue > 0)).toBe(true);
    expect(raw.byTier.find((tier) => tier.tier === 'street')?.count).toBeGreaterThan(0);
    expect(raw.openOverdue).toBeGreaterThan(0);
  });

  it('gives the raw figures from unfolded deltas, for every node, period and filter', async () => {
    const [{ deltas }] = rowsOf<{ deltas: number }>(await t.deps.db.execute(sql`select count(*)::int as deltas from case_stats_delta`));
    expect(deltas).toBeGreaterThan(0);
    await expectRollupEqualsRaw();
  });

  it('gives them again once the deltas are folded into the daily rows', async () => {
    await runJobOnce(t.deps.db, caseStatsFoldJob, t.clock.now);
    const tables = ['case_stats_delta', 'case_stats_daily', ...COARSE_TABLES];
    const counts = rowsOf<Record<string, number>>(
      await t.deps.db.execute(sql.raw(`select ${tables.map((name) => `(select count(*) from ${name})::int as ${name}`).join(', ')}`)),
    )[0];
    expect(Object.fromEntries(tables.map((name) => [name, counts[name] > 0]))).toEqual({
      ...Object.fromEntries(tables.map((name) => [name, true])),
      case_stats_delta: false,
    });
    await expectRollupEqualsRaw();
  });

  it('gives them again after a rebuild from the raw tables', async () => {
    await rebuildCaseStatsRollup(t.deps.db);
    await expectRollupEqualsRaw();
  });

  it('notices a count that is off by one', async () => {
    const input = { nodeId: tree.lt.community.id, ...PERIODS.March };
    await t.deps.db.execute(sql`insert into case_stats_delta (day, path, street_code, community_code, grid_code, tier, received)
      values ('2026-03-10', ${tree.lt.grid.path}, ${tree.street.code}, ${tree.lt.community.code}, ${tree.lt.grid.code}, 'grid', 1)`);
    const raw = await caseStats(t.deps, districtOfficer(), input, 'raw');
    const rollup = await caseStats(t.deps, districtOfficer(), input, 'rollup');
    expect(rollup.counts.received).toBe(raw.counts.received + 1);
    await t.deps.db.execute(sql`delete from case_stats_delta`);
  });

  it('reads a district from the per-street rows and a street from the per-community rows, whole months monthly and the other days daily', async () => {
    const off = async (nodeId: string, period: Pick<CaseStatsInput, 'from' | 'to'>) => {
      const raw = await caseStats(t.deps, districtOfficer(), { nodeId, ...period }, 'raw');
      const rollup = await caseStats(t.deps, districtOfficer(), { nodeId, ...period }, 'rollup');
      return rollup.counts.received - raw.counts.received;
    };
    const january = { from: '2026-01-01', to: '2026-02-01' };
    const lateJanuary = { from: '2026-01-02', to: '2026-02-01' };
    const views = async () => [
      await off(tree.district.id, january),
      await off(tree.street.id, january),
      await off(tree.lt.community.id, january),
      await off(tree.district.id, lateJanuary),
      await off(tree.street.id, lateJanuary),
    ];
    // One stray received case per table, on a pair day no submission row has, so it never merges into a real row.
    const { street, lt } = { street: tree.street, lt: tree.lt.community };
    const strays: [string, SQL, number[]][] = [
      [
        'case_stats_monthly',
        sql`insert into case_stats_monthly (month, path, street_code, community_code, tier, pair_day, received) values ('2026-01-01', ${lt.path}, ${street.code}, ${lt.code}, 'grid', '2026-01-02', 1)`,
        [0, 1, 0, 0, 0],
      ],
      [
        'case_stats_monthly_street',
        sql`insert into case_stats_monthly_street (month, path, street_code, tier, pair_day, received) values ('2026-01-01', ${street.path}, ${street.code}, 'grid', '2026-01-02', 1)`,
        [1, 0, 0, 0, 0],
      ],
      [
        'case_stats_daily_coarse',
        sql`insert into case_stats_daily_coarse (day, path, street_code, community_code, tier, pair_day, received) values ('2026-01-05', ${lt.path}, ${street.code}, ${lt.code}, 'grid', '2026-01-02', 1)`,
        [0, 0, 0, 0, 1],
      ],
      [
        'case_stats_daily_street',
        sql`insert into case_stats_daily_street (day, path, street_code, tier, pair_day, received) values ('2026-01-05', ${street.path}, ${street.code}, 'grid', '2026-01-02', 1)`,
        [0, 0, 0, 1, 0],
      ],
    ];
    for (const [table, insert, expected] of strays) {
      await t.deps.db.execute(insert);
      expect({ table, off: await views() }).toEqual({ table, off: expected });
      await t.deps.db.execute(sql`delete from ${sql.raw(table)} where pair_day = '2026-01-02' and received = 1`);
    }
    expect(await views()).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps each community to its own cases, and another community out of reach', async () => {
    const s = (await get('lt', `/api/cases/stats?from=2026-01-01&to=2026-04-01`)).json();
    const raw = await caseStats(t.deps, districtOfficer(), { nodeId: tree.lt.community.id, from: '2026-01-01', to: '2026-04-01' }, 'raw');
    expect(s.counts).toEqual(raw.counts);
    expect((await get('lt', `/api/cases/stats?nodeId=${tree.qq.community.id}`)).statusCode).toBe(404);
  });
});
