import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../platform/audit/audit';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
let caseId: string;
let caseNo: string;

const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });
const post = (user: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, payload });

interface Entry {
  action: string;
  actionLabel: string;
  actor: { id: string; name: string; post: string | null } | null;
  record: { kind: string; kindLabel: string; label: string; note: string | null; href: string | null } | null;
}
const list = async (query: string): Promise<Entry[]> => {
  const res = await get('admin', `/api/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  ids.admin = await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district, displayName: '管理员老王' });
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '张大爷' });
  ids.grid = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid, displayName: '网格员小李' });
  for (const u of ['admin', 'resident', 'grid']) cookie[u] = await loginAs(t.app, u);
  const created = (await post('resident', '/api/cases', { description: '3号楼前面的路灯坏了好几天，晚上很黑' })).json();
  caseId = created.id;
  caseNo = created.caseNo;
  const accepted = await post('grid', `/api/cases/${caseId}/actions`, { expectedVersion: created.version, action: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
});
afterAll(() => t.close());

describe('the audit log names what the codes mean', () => {
  it('shows a Chinese action, the actor with their post, and the case by its number with a link', async () => {
    const [accept] = await list('action=cases.accept');
    expect(accept).toMatchObject({
      action: 'cases.accept',
      actionLabel: '案件·受理',
      actor: { id: ids.grid, name: '网格员小李（grid）', post: '网格员 · 清泉社区第一网格' },
      record: { kind: 'case', kindLabel: '案件', label: caseNo, href: `/cases/${caseId}` },
    });
    expect(accept.record?.note).toContain('路灯');
    const [login] = await list(`action=auth.login&userId=${ids.admin}`);
    expect(login).toMatchObject({ actionLabel: '登录', actor: { name: '管理员老王（admin）', post: '系统管理员 · 薛城区' } });
  });

  it('shows an entry whose record is gone by its short id, without a link, and a code no longer written as itself', async () => {
    await recordAudit(
      t.deps.db,
      { userId: null, username: null, ip: null },
      { action: 'legacy.thing', targetType: 'case', targetId: '00000000-0000-4000-8000-00000000abcd' },
    );
    const [gone] = await list('action=legacy.thing');
    expect(gone).toMatchObject({ actionLabel: 'legacy.thing', actor: null, record: { kindLabel: '案件', label: '…0000abcd', href: null } });
  });

  it('filters by person, record kind, record number or title, and dates', async () => {
    const byGrid = await list(`userId=${ids.grid}`);
    expect(byGrid.length).toBeGreaterThan(0);
    expect(byGrid.every((e) => e.actor?.id === ids.grid)).toBe(true);
    const byNumber = await list(`record=${caseNo}`);
    expect(byNumber.map((e) => e.action).sort()).toEqual(['cases.accept', 'cases.create']);
    const byTitle = await list('kind=case&record=路灯坏了');
    expect(byTitle.map((e) => e.action).sort()).toEqual(['cases.accept', 'cases.create']);
    expect(await list('kind=user&record=路灯')).toEqual([]);
    expect((await list('kind=case')).every((e) => e.record?.kind === 'case')).toBe(true);
    expect(await list('from=2000-01-01&to=2000-01-02')).toEqual([]);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    expect((await list(`from=${today}&to=${today}&action=cases.accept`)).length).toBe(1);
  });

  it('offers people to filter by, with their posts', async () => {
    const res = await get('admin', '/api/audit/people?q=小李');
    expect(res.json().items).toEqual([{ id: ids.grid, name: '网格员小李（grid）', post: '网格员 · 清泉社区第一网格' }]);
    expect((await get('grid', '/api/audit/people?q=小李')).statusCode).toBe(403);
  });

  it('exports the filtered entries with the same names, and audits the export', async () => {
    const res = await get('admin', `/api/audit?format=xlsx&record=${caseNo}`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    const header = rows[0].slice(1);
    expect(header).toEqual(['时间', '操作人', '岗位', '操作', '对象类型', '对象', '对象说明', '详情', 'IP', '操作代码']);
    const body = rows.slice(1).map((r) => r.slice(1));
    expect(body).toHaveLength(2);
    expect(body[0].slice(1, 6)).toEqual(['网格员小李（grid）', '网格员 · 清泉社区第一网格', '案件·受理', '案件', caseNo]);
    expect(body[1][3]).toBe('登记案件');
    const [exported] = await list('action=audit.export');
    expect(exported).toMatchObject({ actionLabel: '导出审计日志', actor: { id: ids.admin } });
  });
});
