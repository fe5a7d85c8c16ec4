import { CASE_WORKFLOW, nextTier, type CaseAction, type CaseState, type CaseTier } from '@linli/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from './categories.repository';
import { caseCategories, caseLimits } from './cases.tables';

/** A place in the loop: the state, the tier, and whether the work was already redone once. */
interface Place {
  state: CaseState;
  tier: CaseTier;
  reworked: boolean;
}
const keyOf = (p: Place) => `${p.state}|${p.tier}|${p.reworked}`;

/** The moves the workflow table allows from a place (staying on the way to 结案: no rejection, merging or reopening). */
function movesFrom(p: Place): { action: CaseAction; to: Place }[] {
  const leaveLoop = new Set<CaseAction>(['reject', 'merge', 'reopen']);
  const moves: { action: CaseAction; to: Place }[] = [];
  for (const [action, rule] of Object.entries(CASE_WORKFLOW.actions) as [CaseAction, (typeof CASE_WORKFLOW.actions)[CaseAction]][]) {
    if (leaveLoop.has(action) || !rule.from.includes(p.state) || rule.to === 'same') continue;
    // acknowledge's target is computed: the lead's acknowledgement of a dispatched case starts handling.
    const state = typeof rule.to === 'function' ? 'handling' : rule.to;
    const tier = action === 'escalate' ? nextTier(p.tier) : p.tier;
    // Escalation stops at the street, which whistles to a department instead of dispatching to a person; rework once.
    if (!tier || (action === 'whistle' && p.tier !== 'street') || (action === 'dispatch' && p.tier === 'street') || (action === 'fail' && p.reworked)) continue;
    const next = { state, tier, reworked: p.reworked || action === 'fail' };
    // A move that lands where it started (a co-department's report) changes nothing on the way to 结案.
    if (keyOf(next) !== keyOf(p)) moves.push({ action, to: next });
  }
  return moves;
}

/**
 * Paths from submission to 结案 that together take every move of the workflow table (each: the shortest way to the move, the
 * move, the shortest way on to 结案). Every one, walked within its limits, must count as closed on time (ADR 0009).
 */
function pathsToClosed(): CaseAction[][] {
  const start: Place = { state: 'submitted', tier: 'grid', reworked: false };
  const places = new Map<string, Place>([[keyOf(start), start]]);
  const edges: { from: string; action: CaseAction; to: string }[] = [];
  for (const queue = [start]; queue.length;) {
    const p = queue.shift()!;
    for (const m of movesFrom(p)) {
      edges.push({ from: keyOf(p), action: m.action, to: keyOf(m.to) });
      if (places.has(keyOf(m.to))) continue;
      places.set(keyOf(m.to), m.to);
      queue.push(m.to);
    }
  }
  // Shortest way from the start to each place, and from each place to 结案 (walking the edges backwards).
  const to = new Map<string, CaseAction[]>([[keyOf(start), []]]);
  for (const queue = [keyOf(start)]; queue.length;) {
    const k = queue.shift()!;
    for (const e of edges.filter((e) => e.from === k && !to.has(e.to))) {
      to.set(e.to, [...to.get(k)!, e.action]);
      queue.push(e.to);
    }
  }
  const closed = [...places.keys()].filter((k) => places.get(k)!.state === 'closed');
  const onward = new Map<string, CaseAction[]>(closed.map((k) => [k, []]));
  for (const queue = [...closed]; queue.length;) {
    const k = queue.shift()!;
    for (const e of edges.filter((e) => e.to === k && !onward.has(e.from))) {
      onward.set(e.from, [e.action, ...onward.get(k)!]);
      queue.push(e.from);
    }
  }
  const paths = new Map<string, CaseAction[]>();
  for (const e of edges) {
    if (!to.has(e.from) || !onward.has(e.to)) continue;
    const path = [...to.get(e.from)!, e.action, ...onward.get(e.to)!];
    paths.set(path.join(' '), path);
  }
  return [...paths.values()];
}

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let lampCategory: string;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const USERS = ['grid', 'qq', 'street', 'dept', 'resident'] as const;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60 });
  // Tuesday 10 March 2026, 09:00 Beijing: every step happens now, inside every limit.
  t.clock.now = new Date('2026-03-10T09:00:00+08:00');
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  [{ id: lampCategory }] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.name, '路灯'));
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  ids.grid = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  ids.dept = await buildActor(t.deps, { username: 'dept', role: 'departmentStaff', at: tree.dept });
  for (const u of USERS) cookie[u] = await loginAs(t.app, u);
}, 120_000);
afterAll(() => t.close());

/** The input each action needs, as a person filling the form would give it. */
function inputFor(action: CaseAction): Record<string, unknown> {
  switch (action) {
    case 'register':
      return { categoryId: lampCategory, tier: 'grid' };
    case 'escalate':
      return { reason: '需要上级协调', categoryId: lampCategory };
    case 'dispatch':
      return { assigneeUserId: ids.grid };
    case 'whistle':
      return { leadDepartmentId: tree.dept.id };
    case 'verify':
      return { note: '现场核实，情况属实' };
    case 'handle':
      return { note: '已修复' };
    case 'fail':
      return { reason: '仍未修好' };
    case 'return':
      return { reason: '不属于本单位职责' };
    case 'visit':
      return { solved: true, satisfaction: 'satisfied' };
    default:
      return {};
  }
}

/** Takes `action` as the first of the people the workflow allows (the others are refused: 403, or 404 where they cannot see the case). */
async function take(caseId: string, action: CaseAction, version: number): Promise<number> {
  const refusals: string[] = [];
  for (const user of USERS) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/actions`,
      headers: { cookie: cookie[user] },
      payload: { action, expectedVersion: version, ...inputFor(action) },
    });
    if (res.statusCode === 200) return res.json().version as number;
    if (res.statusCode !== 403 && res.statusCode !== 404) throw new Error(`${user} ${action} (after ${refusals.join(', ')}): ${res.statusCode} ${res.body}`);
    refusals.push(`${user}: ${res.statusCode}`);
  }
  throw new Error(`nobody could ${action} case ${caseId}: ${refusals.join('; ')}`);
}

describe("an action that takes the case out of the actor's reach", () => {
  it('answers the department that returns a whistled case with the case as it left it, not a 404', async () => {
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: cookie.resident }, payload: { description: '路灯不亮，需要城管处理' } })
    ).json();
    let version = created.version as number;
    for (const action of ['accept', 'escalate', 'escalate', 'whistle'] as const) version = await take(created.id, action, version);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/actions`,
      headers: { cookie: cookie.dept },
      payload: { action: 'return', expectedVersion: version, reason: '不属于本部门职责' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'registered', tier: 'street', allowedActions: [] });
    // Afterwards the department no longer sees it.
    expect((await t.app.inject({ method: 'GET', url: `/api/cases/${created.id}`, headers: { cookie: cookie.dept } })).statusCode).toBe(404);
  });
});

describe('every path to 结案 within its limits counts as on time', () => {
  const paths = pathsToClosed();

  it('finds paths that take every move of the table, early escalations and rework among them', () => {
    expect(paths.length).toBeGreaterThan(10);
    const taken = new Set(paths.flat());
    for (const action of [
      'accept',
      'verify',
      'register',
      'escalate',
      'dispatch',
      'whistle',
      'acknowledge',
      'return',
      'handle',
      'pass',
      'fail',
      'visit',
      'close',
    ])
      expect(taken.has(action as CaseAction), action).toBe(true);
    expect(paths.some((p) => p[0] === 'accept' && p[1] === 'escalate')).toBe(true);
    expect(paths.some((p) => p.includes('fail'))).toBe(true);
    expect(paths.some((p) => p.includes('whistle'))).toBe(true);
  });

  it('walks each through the routes; every one is closed on time in the figures', async () => {
    const walked: string[] = [];
    for (const path of paths) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie: cookie.resident },
        payload: { description: `路灯不亮：${path.join(' → ')}` },
      });
      const caseId = res.json().id as string;
      let version = res.json().version as number;
      for (const [i, action] of path.entries())
        version = await take(caseId, action, version).catch((e: Error) => {
          throw new Error(`${path.slice(0, i + 1).join(' → ')}: ${e.message}`);
        });
      const handling = await t.deps.db.select().from(caseLimits).where(eq(caseLimits.caseId, caseId));
      expect(
        handling.filter((l) => l.kind === 'handling').map((l) => l.status),
        path.join(' → '),
      ).toEqual(['met']);
      walked.push(caseId);
    }
    const stats = (
      await t.app.inject({
        method: 'GET',
        url: `/api/cases/stats?nodeId=${tree.qq.community.id}&from=2026-03-01&to=2026-04-01`,
        headers: { cookie: cookie.qq },
      })
    ).json();
    expect(stats.counts.closed).toBe(walked.length);
    expect(stats.counts.closedOnTime).toBe(walked.length);
  }, 300_000);
});

describe('rework continues the handling limit (ADR 0009)', () => {
  it('reopens the limit the first repair met, with the same deadline, so rework past it counts as late', async () => {
    const start = t.clock.now;
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: cookie.resident }, payload: { description: '路灯修了又坏了' } })
    ).json();
    let version = created.version as number;
    for (const action of ['accept', 'verify', 'register', 'dispatch', 'acknowledge', 'handle'] as const) version = await take(created.id, action, version);
    const handlingOf = async () => (await t.deps.db.select().from(caseLimits).where(eq(caseLimits.caseId, created.id))).filter((l) => l.kind === 'handling');
    const [met] = await handlingOf();
    expect(met).toMatchObject({ status: 'met' });

    version = await take(created.id, 'fail', version);
    const [reopened] = await handlingOf();
    expect(reopened).toMatchObject({ id: met.id, status: 'running', metAt: null, deadline: met.deadline, startedAt: met.startedAt });

    // The redone repair comes a week later, past the original deadline: missed, and the case is overdue.
    t.clock.now = new Date(start.getTime() + 7 * 86_400_000);
    try {
      version = await take(created.id, 'handle', version);
      const [late] = await handlingOf();
      expect(late.status).toBe('missed');
      const detail = (await t.app.inject({ method: 'GET', url: `/api/cases/${created.id}`, headers: { cookie: cookie.qq } })).json();
      expect(detail.reworkCount).toBe(1);
    } finally {
      t.clock.now = start;
    }
  });
});
