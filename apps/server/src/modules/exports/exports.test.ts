import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { snapshotActor } from '../../platform/auth/actor-snapshot';
import type { Actor } from '../../platform/auth/actor';
import { buildScope } from '../../platform/auth/data-scope';
import { defineExportSource } from '../../platform/exports/export-source';
import { newId } from '../../platform/ids';
import { runJobOnce } from '../../platform/jobs/scheduler';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { exportFilePath, partFilePath } from './export-files';
import { findOwnJob, insertJob } from './export-jobs.repository';
import { INTERRUPTED, runExportJob } from './export-runner';
import { exportSourcesOf } from './exports.routes';
import { MODULES } from '../../module-list';
import { EXPORT_STALE_MS, exportSweepJob } from './export-sweep';

// A cap of 3 rows written inside the request and pages of 2 rows, so a handful of residents exercise
// what 150,000 cases do in production: the background path, several pages, the refusal of the immediate one.
const IMMEDIATE = 3;
const QQ_RESIDENTS = 7;

let t: TestApp;
let dir: string;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-exports-test-'));
  t = await createTestApp({ deps: { exports: { dir: path.join(dir, 'exports'), immediateRows: IMMEDIATE, pageRows: 2, keepHours: 24 } } });
  tree = await buildOrgTree(t.deps);
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.qq2 = await buildActor(t.deps, { username: 'qq2', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.member = await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community });
  ids.admin = await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district });
  for (let i = 0; i < QQ_RESIDENTS; i++) {
    await addResident(t.deps, i % 2 ? tree.qq.house1 : tree.qq.house2, { name: `清泉居民${i + 1}`, phone: `1381111${String(2000 + i)}` });
  }
  await addResident(t.deps, tree.lt.house1, { name: '钱龙潭', phone: '13833334444' });
  for (const u of ['qq', 'qq2', 'lt', 'member', 'admin']) cookies[u] = await loginAs(t.app, u);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[user] }, ...(payload ? { payload } : {}) });

/** Polls an export until it leaves `running` (the background writer runs in this process). */
async function settled(user: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await call(user, 'GET', `/api/exports/${id}`)).json();
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`export ${id} still running`);
}

/** The first sheet's rows (header first) of a downloaded workbook. */
async function sheetRows(body: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('background exports', () => {
  let qqJob: string;

  it('refuses a list export over the immediate cap at once, naming the count, instead of cutting it', async () => {
    const res = await call('qq', 'GET', '/api/residents?format=xlsx');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'EXPORT_TOO_LARGE' });
    expect(res.json().message).toContain(`${QQ_RESIDENTS} 条`);
    expect((await call('lt', 'GET', '/api/residents?format=xlsx')).statusCode).toBe(200);
  });

  it('writes every row past the cap in the background, masked and inside the scope, in a private file', async () => {
    const res = await call('qq', 'POST', '/api/exports/residents', {});
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'residents', rowsTotal: QQ_RESIDENTS });
    qqJob = res.json().id;
    const job = await settled('qq', qqJob);
    expect(job).toMatchObject({ state: 'ready', rowsDone: QQ_RESIDENTS, rowsTotal: QQ_RESIDENTS, error: null });
    expect(job.fileName).toMatch(/^居民信息-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(new Date(job.expiresAt).getTime() - new Date(job.finishedAt).getTime()).toBe(24 * 3_600_000);

    const file = exportFilePath(path.join(dir, 'exports'), qqJob);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);

    const download = await call('qq', 'GET', `/api/exports/${qqJob}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('居民信息'));
    const rows = await sheetRows(download.rawPayload);
    expect(rows[0]).toEqual(['姓名', '性别', '年龄', '与户主关系', '手机号', '身份证号', '特殊人群', '住址']);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names.sort()).toEqual(Array.from({ length: QQ_RESIDENTS }, (_, i) => `清泉居民${i + 1}`).sort());
    expect(names).not.toContain('钱龙潭');
    expect(rows.slice(1).every((r) => /^138\*{4}\d{4}$/.test(r[4]) && /\*{8}/.test(r[5]))).toBe(true);
    expect(download.rawPayload.includes(Buffer.from('13811112000'))).toBe(false);

    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.userId, ids.qq));
    expect(audited.find((a) => a.action === 'residents.export' && a.detail?.exportId === qqJob)?.detail).toMatchObject({
      rows: QQ_RESIDENTS,
      background: true,
    });
    expect(audited.find((a) => a.action === 'exports.download')?.detail).toMatchObject({ exportId: qqJob, rows: QQ_RESIDENTS });
  });

  it('writes a small export before answering, with the scope of its requester', async () => {
    const res = await call('lt', 'POST', '/api/exports/residents', {});
    expect(res.json()).toMatchObject({ state: 'ready', rowsDone: 1, rowsTotal: 1 });
    const rows = await sheetRows((await call('lt', 'GET', `/api/exports/${res.json().id}/file`)).rawPayload);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['钱龙潭']);
  });

  it("shows and opens an export only to its requester, even a colleague's of the same community", async () => {
    for (const user of ['lt', 'qq2', 'admin']) {
      expect((await call(user, 'GET', `/api/exports/${qqJob}/file`)).statusCode).toBe(404);
      expect((await call(user, 'GET', `/api/exports/${qqJob}`)).statusCode).toBe(404);
      expect((await call(user, 'POST', `/api/exports/${qqJob}/retry`)).statusCode).toBe(404);
      expect((await call(user, 'GET', '/api/exports')).json().items.map((j: { id: string }) => j.id)).not.toContain(qqJob);
    }
    expect((await call('qq', 'GET', '/api/exports')).json().items.map((j: { id: string }) => j.id)).toContain(qqJob);
  });

  it("asks the list kind's export capability and checks the filters", async () => {
    expect((await call('member', 'POST', '/api/exports/residents', {})).statusCode).toBe(403);
    expect((await call('qq', 'POST', '/api/exports/audit', {})).statusCode).toBe(403);
    const bad = await call('qq', 'POST', '/api/exports/residents', { tag: 'nonsense' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('tag');
    expect((await call('qq', 'POST', '/api/exports/residents', { nodeId: tree.lt.community.id })).statusCode).toBe(404);
  });

  it('exports the whole audit log past the cap for an admin', async () => {
    const res = await call('admin', 'POST', '/api/exports/audit', { action: 'auth.login' });
    const logins = (await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login'))).length;
    expect(logins).toBeGreaterThan(IMMEDIATE);
    const job = await settled('admin', res.json().id);
    expect(job).toMatchObject({ state: 'ready', rowsDone: logins });
    const rows = await sheetRows((await call('admin', 'GET', `/api/exports/${job.id}/file`)).rawPayload);
    expect(rows.length).toBe(logins + 1);
  });

  it('removes files past their keep time and says the export expired', async () => {
    const before = t.clock.now;
    t.clock.now = new Date(before.getTime() + 25 * 3_600_000);
    try {
      await runJobOnce(t.deps.db, exportSweepJob(t.deps), t.clock.now);
    } finally {
      t.clock.now = before;
    }
    expect((await call('qq', 'GET', `/api/exports/${qqJob}`)).json()).toMatchObject({ state: 'expired', fileName: null });
    expect(fs.existsSync(exportFilePath(path.join(dir, 'exports'), qqJob))).toBe(false);
    const gone = await call('qq', 'GET', `/api/exports/${qqJob}/file`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().message).toContain('过期');
    const again = await call('qq', 'POST', `/api/exports/${qqJob}/retry`);
    expect(again.statusCode).toBe(201);
    expect(await settled('qq', again.json().id)).toMatchObject({ state: 'ready', rowsDone: QQ_RESIDENTS });
  });
});

describe('exports that stop half-way', () => {
  const actor = (): Actor => ({
    userId: ids.qq,
    username: 'qq',
    displayName: 'qq',
    residentId: null,
    hasPassword: true,
    ip: null,
    posts: [{ postId: newId(), role: 'communityStaff', nodeId: tree.qq.community.id, nodePath: tree.qq.community.path, nodeName: '清泉社区', title: null }],
    scope: buildScope([]),
  });
  const runningJob = async (heartbeatAt = t.clock.now) =>
    insertJob(t.deps.db, {
      id: newId(),
      userId: ids.qq,
      kind: 'residents',
      filters: {},
      actor: snapshotActor(actor()),
      state: 'running',
      rowsTotal: 6,
      createdAt: heartbeatAt,
      heartbeatAt,
    });

  it('leaves no file and no ready record when writing fails after a page', async () => {
    const job = await runningJob();
    let pages = 0;
    const failing = defineExportSource<Record<string, never>, { name: string }>({
      kind: 'residents',
      recordKind: 'resident',
      auditAction: 'residents.export',
      title: '居民信息',
      columns: [{ header: '姓名', value: (r) => r.name }],
      count: async () => 6,
      page: async () => {
        pages += 1;
        if (pages === 2) throw new Error('connection lost');
        return { items: [{ name: 'a' }, { name: 'b' }], nextCursor: 'next' };
      },
    });
    await runExportJob(t.deps, job, failing);
    const after = await findOwnJob(t.deps.db, ids.qq, job.id);
    expect(after).toMatchObject({ state: 'failed', rowsDone: 2 });
    expect(after?.error).toContain('重试');
    expect(fs.existsSync(exportFilePath(path.join(dir, 'exports'), job.id))).toBe(false);
    expect(fs.existsSync(partFilePath(path.join(dir, 'exports'), job.id))).toBe(false);
    expect((await call('qq', 'GET', `/api/exports/${job.id}/file`)).statusCode).toBe(404);
  });

  it('marks an export whose server died failed with a retry, and lets its owner export again', async () => {
    const job = await runningJob(new Date(t.clock.now.getTime() - EXPORT_STALE_MS - 1000));
    fs.writeFileSync(partFilePath(path.join(dir, 'exports'), job.id), 'half a workbook');
    // One running export per user: a new request waits for this one to end.
    expect((await call('qq', 'POST', '/api/exports/residents', {})).statusCode).toBe(409);
    await runJobOnce(t.deps.db, exportSweepJob(t.deps), t.clock.now);
    expect(await findOwnJob(t.deps.db, ids.qq, job.id)).toMatchObject({ state: 'failed', error: INTERRUPTED });
    expect(fs.existsSync(partFilePath(path.join(dir, 'exports'), job.id))).toBe(false);
    const retried = await call('qq', 'POST', `/api/exports/${job.id}/retry`);
    expect(retried.statusCode).toBe(201);
    expect(await settled('qq', retried.json().id)).toMatchObject({ state: 'ready', rowsDone: QQ_RESIDENTS });
  });

  it('marks the exports under way failed with a retry when the server stops', async () => {
    const job = await runningJob();
    const abort = new AbortController();
    abort.abort(new Error('server stopping'));
    await runExportJob(t.deps, job, exportSourcesOf(MODULES).get('residents')!, abort.signal);
    expect(await findOwnJob(t.deps.db, ids.qq, job.id)).toMatchObject({ state: 'failed', error: INTERRUPTED });
    expect(fs.existsSync(exportFilePath(path.join(dir, 'exports'), job.id))).toBe(false);
  });
});
