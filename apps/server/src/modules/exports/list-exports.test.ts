import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { disputes } from '../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { generateDemoMediation } from '../mediation';

// Deliberation's and mediation's lists as export sources: a cap of 3 rows in the request and pages of 2,
// so a handful of meetings, suggestions and the demo's disputes take the background path over several pages.
const IMMEDIATE = 3;
const now = new Date('2026-12-06T02:00:00Z');
const DAY = 86_400_000;

let t: TestApp;
let dir: string;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};

const call = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-list-exports-'));
  t = await createTestApp({
    sessionIdleMinutes: 60 * 24 * 400,
    deps: { exports: { dir: path.join(dir, 'exports'), immediateRows: IMMEDIATE, pageRows: 2, keepHours: 24 } },
  });
  t.clock.now = now;
  tree = await buildOrgTree(t.deps);
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '王阿姨' });
  await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  for (const u of ['qq', 'lt', 'street', 'resident', 'ltResident']) cookie[u] = await loginAs(t.app, u);
  await generateDemoMediation(t.deps.db, t.deps.cipher, { now });
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Polls an export until it leaves `running`. */
async function settled(user: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await call(user, 'GET', `/api/exports/${id}`)).json();
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`export ${id} still running`);
}

/** The first sheet's rows (header first) of a downloaded export. */
async function download(user: string, id: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await call(user, 'GET', `/api/exports/${id}/file`)).rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('the meeting list 议事会台账', () => {
  beforeAll(async () => {
    for (const [user, n] of [
      ['qq', 5],
      ['lt', 1],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const res = await call(user, 'POST', '/api/meetings', {
          kind: 'buildingTalk',
          title: `${user === 'qq' ? '清泉' : '龙潭'}楼门说事${i + 1}`,
          place: '1号楼门口',
          startsAt: new Date(now.getTime() + (i + 1) * DAY).toISOString(),
          endsAt: new Date(now.getTime() + (i + 1) * DAY + 3_600_000).toISOString(),
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
  });

  it('refuses the request-time export above the cap, and writes every meeting of the scope in the background', async () => {
    expect((await call('qq', 'GET', '/api/meetings/export')).json()).toMatchObject({ code: 'EXPORT_TOO_LARGE' });
    const res = await call('qq', 'POST', '/api/exports/meetings', {});
    expect(res.json()).toMatchObject({ kind: 'meetings', title: '议事会台账', rowsTotal: 5 });
    const job = await settled('qq', res.json().id);
    expect(job).toMatchObject({ state: 'ready', rowsDone: 5 });
    const rows = await download('qq', job.id);
    expect(rows[0].slice(0, 4)).toEqual(['社区', '类型', '会议', '开始时间']);
    // Soonest first, across pages of two: the keyset cursor neither skips nor repeats a meeting.
    expect(rows.slice(1).map((r) => r[2])).toEqual(['清泉楼门说事1', '清泉楼门说事2', '清泉楼门说事3', '清泉楼门说事4', '清泉楼门说事5']);
    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, ids.qq), eq(auditLog.action, 'deliberation.meetings.export')));
    expect(audited.at(-1)?.detail).toMatchObject({ rows: 5, background: true });
  });

  it("keeps to the filters and the scope: one community, a street's choice of community, the unclosed filter as a boolean", async () => {
    const lt = await call('lt', 'POST', '/api/exports/meetings', {});
    expect(lt.json()).toMatchObject({ state: 'ready', rowsTotal: 1 });
    expect((await download('lt', lt.json().id)).slice(1).map((r) => r[2])).toEqual(['龙潭楼门说事1']);
    expect((await call('street', 'POST', '/api/exports/meetings', { communityId: tree.lt.community.id })).json()).toMatchObject({ rowsTotal: 1 });
    expect((await call('qq', 'POST', '/api/exports/meetings', { unclosed: true })).json()).toMatchObject({ state: 'ready', rowsTotal: 0 });
    expect((await call('qq', 'GET', '/api/meetings/export?from=2026-12-07&to=2026-12-08')).statusCode).toBe(200);
    expect((await call('resident', 'POST', '/api/exports/meetings', {})).statusCode).toBe(403);
  });
});

describe('the suggestion list 居民建议台账', () => {
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) {
      const res = await call('resident', 'POST', '/api/suggestions', { title: `增设充电棚${i + 1}`, content: '楼道充电危险，建议建集中充电棚' });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect((await call('ltResident', 'POST', '/api/suggestions', { title: '龙潭路灯', content: '小区路灯坏了，晚上太黑' })).statusCode).toBe(201);
  });

  it('writes every suggestion of the scope in the background, newest first, named as the list names them', async () => {
    expect((await call('qq', 'GET', '/api/suggestions/export')).json()).toMatchObject({ code: 'EXPORT_TOO_LARGE' });
    const job = await settled('qq', (await call('qq', 'POST', '/api/exports/suggestions', {})).json().id);
    expect(job).toMatchObject({ state: 'ready', rowsDone: 4, title: '居民建议台账' });
    const rows = await download('qq', job.id);
    expect(rows[0]).toEqual(['社区', '来源', '建议', '建议人', '办理途径', '状态', '进度', '收集日期']);
    expect(
      rows
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['增设充电棚1', '增设充电棚2', '增设充电棚3', '增设充电棚4']);
    expect(rows.slice(1).every((r) => r[3] === '王阿姨' && r[4] === '待研判')).toBe(true);
    const street = await settled('street', (await call('street', 'POST', '/api/exports/suggestions', {})).json().id);
    expect(street.rowsDone).toBe(5);
    expect((await call('lt', 'POST', '/api/exports/suggestions', { communityId: tree.qq.community.id })).json()).toMatchObject({ rowsTotal: 0 });
  });
});

describe('the dispute list 矛盾纠纷台账', () => {
  it("writes every dispute past the cap, with the parties' names only for the committee", async () => {
    const inQq = (await t.deps.db.select().from(disputes).where(eq(disputes.communityId, tree.qq.community.id))).length;
    expect(inQq).toBeGreaterThan(IMMEDIATE);
    expect((await call('qq', 'GET', '/api/disputes?format=xlsx')).json()).toMatchObject({ code: 'EXPORT_TOO_LARGE' });

    const committee = await settled('qq', (await call('qq', 'POST', '/api/exports/disputes', { communityId: tree.qq.community.id })).json().id);
    expect(committee).toMatchObject({ state: 'ready', rowsDone: inQq });
    const staffRows = await download('qq', committee.id);
    expect(staffRows[0]).toEqual(['编号', '社区', '来源', '类型', '当事人', '调解员', '状态', '登记时间', '调结期限', '超期', '纠纷简况']);
    expect(new Set(staffRows.slice(1).map((r) => r[0])).size).toBe(inQq);

    // The street reads the same disputes, but sits on no committee: the parties are masked as its list masks them.
    const street = await settled('street', (await call('street', 'POST', '/api/exports/disputes', { communityId: tree.qq.community.id })).json().id);
    const streetRows = await download('street', street.id);
    expect(streetRows.length).toBe(staffRows.length);
    const parties = (rows: string[][]) => new Map(rows.slice(1).map((r) => [r[0], r[4]]));
    const named = parties(staffRows);
    const masked = parties(streetRows);
    const withParties = [...named].filter(([, label]) => label !== '未登记当事人');
    expect(withParties.length).toBeGreaterThan(0);
    for (const [no, label] of withParties) {
      expect(masked.get(no)).not.toBe(label);
      expect(masked.get(no)).toContain('*');
    }
  });

  it('keeps to the filters and the caller’s scope, and asks the dispute export capability', async () => {
    const overdue = await call('qq', 'POST', '/api/exports/disputes', { overdue: true });
    const expected = (await call('qq', 'GET', '/api/disputes?overdue=true&limit=100')).json().items.length;
    expect(overdue.json().rowsTotal).toBe(expected);
    expect((await call('lt', 'POST', '/api/exports/disputes', { communityId: tree.qq.community.id })).json()).toMatchObject({ rowsTotal: 0 });
    expect((await call('resident', 'POST', '/api/exports/disputes', {})).statusCode).toBe(403);
    const bad = await call('qq', 'POST', '/api/exports/disputes', { source: 'nonsense' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('source');
  });
});
