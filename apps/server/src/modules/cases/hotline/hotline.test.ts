import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOTLINE_COLUMNS, type HotlineColumn } from '@linli/shared';
import { auditLog } from '../../../platform/audit/audit.tables';
import { newId } from '../../../platform/ids';
import { buildActor, buildOrgTree, type TestNode } from '../../../test-support/factories';
import { expectScopeIsolation } from '../../../test-support/scope-isolation';
import { multipartBody } from '../../../test-support/ledger-file';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';
import { complexes, orgNodes } from '../../../test-support/tables';
import { seedCategories } from '../categories.repository';
import { cases } from '../cases.tables';
import { hotlineAssignments, hotlineOrders } from './hotline.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let grid2: TestNode;
let building3: TestNode;
let otherStreet: TestNode;
const complex: Record<'qingquan' | 'yangguang' | 'longtan', string> = { qingquan: '', yangguang: '', longtan: '' };
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};

async function addNode(
  parent: TestNode,
  kind: string,
  code: string,
  name: string,
  depth: number,
  complexId: string | null = null,
  sort = 0,
): Promise<TestNode> {
  const node = { id: newId(), code, name, path: `${parent.path}${code}/` };
  await t.deps.db.insert(orgNodes).values({ ...node, parentId: parent.id, kind, depth, sort, complexId, gridType: kind === 'grid' ? 'community' : null });
  return node;
}

async function addComplex(community: TestNode, name: string): Promise<string> {
  const id = newId();
  await t.deps.db.insert(complexes).values({ id, communityId: community.id, path: community.path, name, address: `${community.name}${name}` });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  // Friday 10 April 2026, 10:00 Beijing: every order below was called in February or March.
  t.clock.now = new Date('2026-04-10T10:00:00+08:00');
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  // 清泉社区: 清泉花园 (1号楼 and 3号楼 in the first grid) and 阳光小区 (5号楼 in a second grid); 龙潭社区: 龙潭佳苑.
  complex.qingquan = await addComplex(tree.qq.community, '清泉花园');
  complex.yangguang = await addComplex(tree.qq.community, '阳光小区');
  complex.longtan = await addComplex(tree.lt.community, '龙潭佳苑');
  await t.deps.db.update(orgNodes).set({ complexId: complex.qingquan }).where(eq(orgNodes.id, tree.qq.building.id));
  await t.deps.db.update(orgNodes).set({ complexId: complex.longtan }).where(eq(orgNodes.id, tree.lt.building.id));
  building3 = await addNode(tree.qq.grid, 'building', `${tree.qq.grid.code}03`, '3号楼', 4, complex.qingquan);
  grid2 = await addNode(tree.qq.community, 'grid', `${tree.qq.community.code}002`, '清泉社区第二网格', 3, null, 2);
  await addNode(grid2, 'building', `${grid2.code}05`, '5号楼', 4, complex.yangguang);
  otherStreet = await addNode(tree.district, 'street', '370403002', '常庄街道', 1);
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.grid = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  ids.street = await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street, displayName: '王书记' });
  ids.deputy = await buildActor(t.deps, { username: 'deputy', role: 'streetOfficer', at: tree.street, displayName: '李主任' });
  ids.cz = await buildActor(t.deps, { username: 'cz', role: 'streetOfficer', at: otherStreet, displayName: '常庄赵书记' });
  for (const u of ['qq', 'lt', 'grid', 'street', 'deputy', 'cz']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });
const post = (user: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, payload });

/** One order as a sheet row; `at` is the 来电时间 cell (text, or a Date holding the wall-clock time in UTC fields like Excel). */
function order(fields: {
  no: string;
  at: string | Date;
  content?: string;
  community?: string;
  complex?: string;
  address?: string;
  phone?: string;
  type?: string;
  limit?: string;
}): Partial<Record<HotlineColumn, string | Date>> {
  return {
    工单编号: fields.no,
    来电时间: fields.at,
    来电人: '市民',
    联系电话: fields.phone ?? '',
    诉求类型: fields.type ?? '投诉',
    诉求内容: fields.content ?? '小区环境脏乱差，垃圾堆放没人清理',
    所属街道: '临城街道',
    所属社区: fields.community ?? '清泉社区',
    小区名称: fields.complex ?? '',
    详细地址: fields.address ?? '',
    承办单位: '临城街道办事处',
    办理时限: fields.limit ?? '5个工作日',
  };
}

async function upload(user: string, rows: Partial<Record<HotlineColumn, string | Date>>[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('12345工单');
  sheet.addRow([...HOTLINE_COLUMNS]);
  for (const row of rows) sheet.addRow(HOTLINE_COLUMNS.map((c) => row[c] ?? ''));
  const { payload, headers } = multipartBody(Buffer.from(await book.xlsx.writeBuffer()), 'hotline.xlsx');
  return t.app.inject({ method: 'POST', url: '/api/hotline/import', headers: { ...headers, cookie: cookie[user] }, payload });
}

type ReportRow = {
  row: number;
  orderNo: string;
  status: string;
  caseId: string | null;
  complexName: string | null;
  categoryName: string | null;
  reason: string | null;
  note: string | null;
};
const byOrder = (rows: ReportRow[], no: string, index = 0) => rows.filter((r) => r.orderNo === no)[index];

describe('12345 order import', () => {
  let first: { rows: ReportRow[] } & Record<string, unknown>;

  it('creates a hotline case per good row, placed by complex, and reports bad, foreign and repeated rows', async () => {
    const res = await upload('qq', [
      order({
        no: 'QQ-001',
        at: '2026-03-05 09:30',
        complex: '清泉花园',
        address: '临城街道清泉社区清泉花园1号楼',
        content: '小区路灯坏了好几天，晚上出行很不方便',
        phone: '13800001111',
      }),
      order({ no: 'QQ-002', at: '2026/3/6 10:00', complex: '阳光小区', address: '清泉社区阳光小区5号楼', content: '楼下垃圾堆放很久没人清理，气味很大' }),
      order({
        no: 'QQ-003',
        at: '2026-03-07 15:20:00',
        address: '临城街道清泉社区清泉花园3号楼2单元',
        content: '咨询社区开具居住证明需要带哪些材料',
        type: '咨询',
      }),
      order({ no: 'QQ-009', at: '2026-03-08 08:00', complex: '清泉花园', content: '' }),
      order({ no: 'LT-100', at: '2026-03-08 09:00', community: '龙潭社区', complex: '龙潭佳苑' }),
      order({ no: 'QQ-001', at: '2026-03-05 09:30', complex: '清泉花园' }),
      order({ no: 'QQ-004', at: new Date(Date.UTC(2026, 1, 20, 10, 0)), complex: '清泉花园' }),
      order({ no: 'QQ-006', at: '2026-02-03 09:00', complex: '阳光小区', phone: '0632-4412345' }),
      order({ no: 'QQ-007', at: '2026-02-04 09:00', complex: '阳光小区小区' }),
      order({ no: 'QQ-008', at: '2026-02-28 23:30', complex: '阳光小区' }),
      order({ no: 'QQ-010', at: '2026-03-01 00:30', complex: '清泉花园' }),
      order({ no: 'QQ-011', at: '2026-03-31 23:59', complex: '阳光' }),
      order({ no: 'QQ-012', at: '2026-03-10 11:00', complex: '不存在的小区', address: '清泉社区东门外路边', content: '路边井盖缺失，晚上很危险' }),
    ]);
    expect(res.statusCode).toBe(200);
    first = res.json();
    expect(first).toMatchObject({ total: 13, created: 10, duplicate: 1, rejected: 2 });
    expect(byOrder(first.rows, 'QQ-001')).toMatchObject({ row: 2, status: 'created', complexName: '清泉花园', categoryName: '路灯', reason: null });
    expect(byOrder(first.rows, 'QQ-002')).toMatchObject({ status: 'created', complexName: '阳光小区' });
    expect(byOrder(first.rows, 'QQ-003')).toMatchObject({ status: 'created', complexName: '清泉花园', categoryName: '民生诉求' });
    expect(byOrder(first.rows, 'QQ-003').note).toContain('民生诉求');
    expect(byOrder(first.rows, 'QQ-009')).toMatchObject({ row: 5, status: 'rejected', reason: '缺少诉求内容' });
    expect(byOrder(first.rows, 'LT-100').status).toBe('rejected');
    expect(byOrder(first.rows, 'LT-100').reason).toContain('不在您的管辖范围内');
    expect(byOrder(first.rows, 'QQ-001', 1)).toMatchObject({ row: 7, status: 'duplicate', reason: '与第2行工单编号重复' });
    expect(byOrder(first.rows, 'QQ-007').complexName).toBe('阳光小区');
    expect(byOrder(first.rows, 'QQ-011').complexName).toBe('阳光小区');
    expect(byOrder(first.rows, 'QQ-012')).toMatchObject({ status: 'created', complexName: null });
    expect(byOrder(first.rows, 'QQ-012').note).toContain('未找到小区');
  });

  it('records each order by its Beijing call time, with the phone encrypted and the reply deadline', async () => {
    const rows = await t.deps.db.select().from(hotlineOrders);
    const of = (no: string) => rows.find((r) => r.orderNo === no)!;
    expect(rows).toHaveLength(10);
    expect(of('QQ-004')).toMatchObject({ month: '2026-02', calledAt: new Date('2026-02-20T10:00:00+08:00') });
    expect(of('QQ-010')).toMatchObject({ month: '2026-03', calledAt: new Date('2026-03-01T00:30:00+08:00') });
    expect(of('QQ-008').month).toBe('2026-02');
    expect(of('QQ-003')).toMatchObject({ type: 'consultation', complexId: complex.qingquan, path: tree.qq.community.path, limitDays: 5 });
    // Thursday 5 March 09:30 + 5 working days → Thursday 12 March 09:30.
    expect(of('QQ-001').dueAt).toEqual(new Date('2026-03-12T09:30:00+08:00'));
    expect(of('QQ-001').callerPhoneMasked).toBe('138****1111');
    expect(of('QQ-001').callerPhoneEnc).not.toContain('13800001111');
    expect(t.deps.cipher.decrypt(of('QQ-006').callerPhoneEnc!)).toBe('06324412345');
    const [case3] = await t.deps.db
      .select()
      .from(cases)
      .where(eq(cases.id, of('QQ-003').caseId));
    expect(case3).toMatchObject({ channel: 'hotline', locationNodeId: building3.id, gridId: tree.qq.grid.id });
    expect(case3.description).toContain('QQ-003');
  });

  it("shows the created cases in the community's case list as hotline cases, in the grid of the complex", async () => {
    const items: { id: string; channel: string; gridName: string }[] = (await get('qq', '/api/cases?limit=200')).json().items;
    const hotline = items.filter((c) => c.channel === 'hotline');
    expect(hotline).toHaveLength(10);
    expect(hotline.find((c) => c.id === byOrder(first.rows, 'QQ-002').caseId)?.gridName).toBe('清泉社区第二网格');
    expect(hotline.find((c) => c.id === byOrder(first.rows, 'QQ-001').caseId)?.gridName).toBe('清泉社区第一网格');
    const detail = (await get('qq', `/api/cases/${byOrder(first.rows, 'QQ-001').caseId}`)).json();
    expect(detail).toMatchObject({ channel: 'hotline', state: 'submitted', categoryName: '路灯', reporterName: '市民' });
    expect((await get('lt', '/api/cases?limit=200')).json().items).toEqual([]);
  });

  it('does not duplicate an order on re-import and takes the new ones', async () => {
    const res = await upload('qq', [
      order({ no: 'QQ-001', at: '2026-03-05 09:30', complex: '清泉花园' }),
      order({ no: 'QQ-005', at: '2026-03-15 18:00', complex: '清泉花园', content: '小区电梯经常故障，物业不及时维修' }),
    ]);
    const report = res.json();
    expect(report).toMatchObject({ total: 2, created: 1, duplicate: 1, rejected: 0 });
    expect(report.rows[0]).toMatchObject({ status: 'duplicate', caseId: byOrder(first.rows, 'QQ-001').caseId });
    expect(report.rows[1]).toMatchObject({ status: 'created', categoryName: '物业服务' });
    expect(await t.deps.db.select().from(hotlineOrders).where(eq(hotlineOrders.orderNo, 'QQ-001'))).toHaveLength(1);
    expect(await t.deps.db.select().from(cases).where(eq(cases.channel, 'hotline'))).toHaveLength(11);
    const audits = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'hotline.import'));
    expect(audits.map((a) => a.detail)).toContainEqual({ total: 2, created: 1, duplicate: 1, rejected: 0 });
  });

  it("lets 龙潭 import its own orders but not 清泉's", async () => {
    const res = await upload('lt', [
      order({ no: 'LT-001', at: '2026-03-02 09:00', community: '龙潭', complex: '龙潭佳苑' }),
      order({ no: 'LT-002', at: '2026-03-12 09:00', community: '龙潭社区居委会', complex: '龙潭佳苑' }),
      order({ no: 'LT-003', at: '2026-03-22 09:00', community: '龙潭社区', address: '龙潭社区龙潭佳苑1号楼' }),
      order({ no: 'QQ-099', at: '2026-03-22 09:00', community: '清泉社区', complex: '清泉花园' }),
    ]);
    expect(res.json()).toMatchObject({ total: 4, created: 3, rejected: 1 });
    expect(res.json().rows[3].reason).toContain('不在您的管辖范围内');
  });

  it('rejects rows with an unreadable call time, one in the future, or a bad time limit', async () => {
    const res = await upload('qq', [
      order({ no: 'QQ-201', at: '三月五号', complex: '清泉花园' }),
      order({ no: 'QQ-202', at: '2026-05-01 09:00', complex: '清泉花园' }),
      order({ no: 'QQ-203', at: '2026-02-30 09:00', complex: '清泉花园' }),
      order({ no: 'QQ-204', at: '2026-03-01 09:00', complex: '清泉花园', limit: '尽快' }),
    ]);
    const rows: ReportRow[] = res.json().rows;
    expect(rows.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(rows[0].reason).toContain('来电时间');
    expect(rows[1].reason).toContain('晚于当前时间');
    expect(rows[2].reason).toContain('无法识别');
    expect(rows[3].reason).toContain('办理时限');
  });

  it('refuses a file that is not a workbook and one without the required columns, writing nothing', async () => {
    const { payload, headers } = multipartBody(Buffer.from('not excel'));
    const bad = await t.app.inject({ method: 'POST', url: '/api/hotline/import', headers: { ...headers, cookie: cookie.qq }, payload });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'IMPORT_INVALID_FILE', field: 'file' });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRow(['工单编号', '内容']);
    const noColumns = multipartBody(Buffer.from(await book.xlsx.writeBuffer()));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/import',
      headers: { ...noColumns.headers, cookie: cookie.qq },
      payload: noColumns.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('来电时间');
  });

  it('refuses a grid worker, who does not import hotline orders', async () => {
    expect((await upload('grid', [])).statusCode).toBe(403);
  });

  it('serves the template with the column layout and an explanation sheet', async () => {
    const res = await get('qq', '/api/hotline/import/template');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['12345工单', '填写说明']);
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual([...HOTLINE_COLUMNS]);
    const explained = book.worksheets[1].getColumn(1).values.slice(2);
    expect(explained).toEqual([...HOTLINE_COLUMNS]);
  });
});

describe('monthly worst-complexes report', () => {
  it("ranks the community's complexes by orders called in the month, with last month and the change", async () => {
    const march = (await get('qq', '/api/hotline/top-complexes?month=2026-03')).json();
    expect(march).toMatchObject({ month: '2026-03', previousMonth: '2026-02', totalOrders: 7, unmatchedOrders: 1 });
    expect(march.items).toEqual([
      expect.objectContaining({
        rank: 1,
        complexName: '清泉花园',
        communityName: '清泉社区',
        count: 4,
        previousCount: 1,
        change: 3,
        changeRate: 3,
        leader: null,
      }),
      expect.objectContaining({ rank: 2, complexName: '阳光小区', count: 2, previousCount: 3, change: -1, changeRate: -0.3333 }),
    ]);
    const february = (await get('qq', '/api/hotline/top-complexes?month=2026-02')).json();
    expect(february.items.map((i: { complexName: string; count: number; changeRate: number | null }) => [i.complexName, i.count, i.changeRate])).toEqual([
      ['阳光小区', 3, null],
      ['清泉花园', 1, null],
    ]);
  });

  it('defaults to the current month and shows nothing for a month without orders', async () => {
    const now = (await get('qq', '/api/hotline/top-complexes')).json();
    expect(now).toMatchObject({ month: '2026-04', previousMonth: '2026-03', totalOrders: 0, items: [] });
  });

  it('ranks across the street, limits the list, and narrows to a node', async () => {
    const street = (await get('street', '/api/hotline/top-complexes?month=2026-03')).json();
    expect(street.items.map((i: { complexName: string; count: number }) => [i.complexName, i.count])).toEqual([
      ['清泉花园', 4],
      ['龙潭佳苑', 3],
      ['阳光小区', 2],
    ]);
    expect((await get('street', '/api/hotline/top-complexes?month=2026-03&limit=2')).json().items).toHaveLength(2);
    const lt = (await get('street', `/api/hotline/top-complexes?month=2026-03&nodeId=${tree.lt.community.id}`)).json();
    expect(lt.items.map((i: { complexName: string }) => i.complexName)).toEqual(['龙潭佳苑']);
    const inGrid2 = (await get('street', `/api/hotline/top-complexes?month=2026-03&nodeId=${grid2.id}`)).json();
    expect(inGrid2.items.map((i: { complexName: string }) => i.complexName)).toEqual(['阳光小区']);
    const consultations = (await get('street', '/api/hotline/top-complexes?month=2026-03&type=consultation')).json();
    expect(consultations.items.map((i: { complexName: string; count: number }) => [i.complexName, i.count])).toEqual([['清泉花园', 1]]);
  });

  it('keeps each community to its own complexes (龙潭 never sees 清泉)', async () => {
    const lt = (await get('lt', '/api/hotline/top-complexes?month=2026-03')).json();
    expect(lt).toMatchObject({ totalOrders: 3, unmatchedOrders: 0 });
    expect(lt.items.map((i: { complexName: string }) => i.complexName)).toEqual(['龙潭佳苑']);
    expect((await get('lt', `/api/hotline/top-complexes?month=2026-03&nodeId=${tree.qq.community.id}`)).statusCode).toBe(404);
    const xlsx = await get('lt', '/api/hotline/top-complexes?month=2026-03&format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names = book.worksheets[0].getColumn(2).values.slice(2);
    expect(names).toEqual(['龙潭佳苑']);
  });

  it("passes the scope isolation check: each community's ranking holds its own complex, never the sibling's", async () => {
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: complex.qingquan },
        { cookie: cookie.lt, recordId: complex.longtan },
      ],
      list: '/api/hotline/top-complexes?month=2026-03',
      idsOf: (body) => (body as { items: { complexId: string }[] }).items.map((i) => i.complexId),
    });
  });

  it('exports the ranking as a workbook with the change', async () => {
    const res = await get('qq', '/api/hotline/top-complexes?month=2026-03&format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(2).values as unknown[]).slice(1, 8)).toEqual([1, '清泉花园', '清泉社区', 4, 1, 3, '+300.0%']);
    expect(sheet.getRow(3).getCell(7).text).toBe('-33.3%');
    expect(sheet.getRow(4).getCell(2).text).toBe('');
  });

  it('answers 400 naming the field for a bad month', async () => {
    const res = await get('qq', '/api/hotline/top-complexes?month=2026-13');
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('month');
  });
});

describe('帮包整治: a street leader for a complex', () => {
  const assign = (user: string, body: object) => post(user, '/api/hotline/top-complexes/assign', body);

  it('lists the street officers who may lead the fixing', async () => {
    const res = await get('street', `/api/hotline/top-complexes/leaders?complexId=${complex.qingquan}`);
    expect(
      res
        .json()
        .items.map((c: { name: string }) => c.name)
        .sort(),
    ).toEqual(['李主任', '王书记']);
  });

  it('assigns a street leader, shows them in the report, and audits it', async () => {
    const res = await assign('street', { month: '2026-03', complexId: complex.qingquan, leaderUserId: ids.street, note: '牵头整治路灯和环境卫生' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      month: '2026-03',
      complexName: '清泉花园',
      leader: { userId: ids.street, name: '王书记', note: '牵头整治路灯和环境卫生' },
    });
    const report = (await get('qq', '/api/hotline/top-complexes?month=2026-03')).json();
    expect(report.items[0].leader).toMatchObject({ name: '王书记', note: '牵头整治路灯和环境卫生', assignedByName: '王书记' });
    expect(report.items[1].leader).toBeNull();
    // Another month is another assignment.
    expect((await get('qq', '/api/hotline/top-complexes?month=2026-02')).json().items.every((i: { leader: unknown }) => i.leader === null)).toBe(true);
    const audits = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'hotline.assign'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetId: complex.qingquan, detail: { month: '2026-03', leaderUserId: ids.street, previousLeaderUserId: null } });
  });

  it('keeps one leader per month and complex: assigning again replaces the first', async () => {
    const res = await assign('deputy', { month: '2026-03', complexId: complex.qingquan, leaderUserId: ids.deputy });
    expect(res.json().leader.name).toBe('李主任');
    const rows = await t.deps.db
      .select()
      .from(hotlineAssignments)
      .where(and(eq(hotlineAssignments.month, '2026-03'), eq(hotlineAssignments.complexId, complex.qingquan)));
    expect(rows).toHaveLength(1);
    expect(rows[0].leaderUserId).toBe(ids.deputy);
    const [audit] = (await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'hotline.assign'))).filter((a) => a.username === 'deputy');
    expect(audit.detail).toMatchObject({ previousLeaderUserId: ids.street });
  });

  it("rejects a leader who is not a street officer of the complex's street", async () => {
    const otherStreetLeader = await assign('street', { month: '2026-03', complexId: complex.yangguang, leaderUserId: ids.cz });
    expect(otherStreetLeader.statusCode).toBe(400);
    expect(otherStreetLeader.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'leaderUserId' });
    const communityStaff = await assign('street', { month: '2026-03', complexId: complex.yangguang, leaderUserId: ids.qq });
    expect(communityStaff.json().field).toBe('leaderUserId');
  });

  it('lets only street officers and above assign, and only inside their street', async () => {
    expect((await assign('qq', { month: '2026-03', complexId: complex.qingquan, leaderUserId: ids.street })).statusCode).toBe(403);
    expect((await assign('cz', { month: '2026-03', complexId: complex.qingquan, leaderUserId: ids.cz })).statusCode).toBe(404);
    expect((await get('cz', `/api/hotline/top-complexes/leaders?complexId=${complex.qingquan}`)).statusCode).toBe(404);
    expect((await assign('street', { month: '2026-3', complexId: complex.qingquan, leaderUserId: ids.street })).json().field).toBe('month');
  });

  it('unassigns, after which the report shows no leader and a second unassign is 404', async () => {
    const url = `/api/hotline/top-complexes/assign?month=2026-03&complexId=${complex.qingquan}`;
    expect((await t.app.inject({ method: 'DELETE', url, headers: { cookie: cookie.cz } })).statusCode).toBe(404);
    const res = await t.app.inject({ method: 'DELETE', url, headers: { cookie: cookie.street } });
    expect(res.json()).toEqual({ ok: true });
    expect((await get('qq', '/api/hotline/top-complexes?month=2026-03')).json().items[0].leader).toBeNull();
    expect((await t.app.inject({ method: 'DELETE', url, headers: { cookie: cookie.street } })).statusCode).toBe(404);
    expect(await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'hotline.unassign'))).toHaveLength(1);
  });
});
