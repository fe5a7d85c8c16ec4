import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { addResident, buildActor, buildOrgTree, makeIdNumber } from '../../test-support/factories';
import { buildLedgerFile, multipartBody } from '../../test-support/ledger-file';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { residents } from './residents.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let qqPerson: Awaited<ReturnType<typeof addResident>>;
let ltPerson: Awaited<ReturnType<typeof addResident>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'lead', role: 'buildingLead', at: tree.qq.building });
  await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.community });
  qqPerson = await addResident(t.deps, tree.qq.house1, { name: '赵清泉', phone: '13811112222', tags: ['subsistence'] });
  ltPerson = await addResident(t.deps, tree.lt.house1, { name: '钱龙潭', phone: '13833334444', tags: ['veteran'] });
  for (const u of ['qq', 'lt', 'lead', 'member']) cookies[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });

describe('resident lists and detail', () => {
  it("lists only the community's residents, masked, and never leaks plain values", async () => {
    const res = await get('qq', '/api/residents');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((r: { name: string }) => r.name)).toEqual(['赵清泉']);
    expect(items[0]).toMatchObject({ phoneMasked: '138****2222', tags: ['subsistence'] });
    expect(items[0].idNumberMasked).toMatch(/^370403\*{8}\w{4}$/);
    expect(res.body).not.toContain(qqPerson.idNumber);
    expect(res.body).not.toContain('13811112222');
  });

  it('stores phone and ID number encrypted at rest', async () => {
    const [row] = await t.deps.db.select().from(residents).where(eq(residents.id, qqPerson.id));
    expect(row.idNumberEnc).not.toContain(qqPerson.idNumber);
    expect(row.phoneEnc).not.toContain('13811112222');
    expect(t.deps.cipher.decrypt(row.idNumberEnc)).toBe(qqPerson.idNumber);
  });

  it('hides special-population tags from a building lead', async () => {
    const items = (await get('lead', '/api/residents')).json().items;
    expect(items[0].name).toBe('赵清泉');
    expect(items[0].tags).toBeNull();
  });

  it('refuses roles that may not read residents', async () => {
    expect((await get('member', '/api/residents')).statusCode).toBe(403);
  });

  it('pages with a keyset cursor without repeating or skipping anyone', async () => {
    for (let i = 0; i < 4; i++) await addResident(t.deps, tree.qq.house2, { name: `孙${i}` });
    const seen: string[] = [];
    let after = '';
    for (let page = 0; page < 5; page++) {
      const body = (await get('qq', `/api/residents?limit=2${after ? `&after=${after}` : ''}`)).json();
      seen.push(...body.items.map((r: { id: string }) => r.id));
      if (!body.nextCursor) break;
      after = body.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('shows a resident with household members, and 404 across communities', async () => {
    const detail = (await get('qq', `/api/residents/${qqPerson.id}`)).json();
    expect(detail).toMatchObject({ name: '赵清泉', communityName: '清泉社区', gridName: '清泉社区第一网格' });
    expect(detail.householdMembers.map((m: { name: string }) => m.name)).toEqual(['赵清泉']);
    expect((await get('qq', `/api/residents/${ltPerson.id}`)).statusCode).toBe(404);
    expect((await get('lt', `/api/residents/${qqPerson.id}`)).statusCode).toBe(404);
  });
});

describe('audited reveal', () => {
  it('shows the full phone and records who read it and why', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/residents/${qqPerson.id}/reveal`,
      headers: { cookie: cookies.qq },
      payload: { field: 'phone', reason: '电话回访' },
    });
    expect(res.json()).toEqual({ field: 'phone', value: '13811112222' });
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'residents.reveal.phone'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ username: 'qq', targetId: qqPerson.id, detail: { reason: '电话回访' } });
  });

  it('refuses a reveal outside the scope and one without a reason', async () => {
    const other = await t.app.inject({
      method: 'POST',
      url: `/api/residents/${ltPerson.id}/reveal`,
      headers: { cookie: cookies.qq },
      payload: { field: 'idNumber', reason: '核实身份' },
    });
    expect(other.statusCode).toBe(404);
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/residents/${qqPerson.id}/reveal`,
      headers: { cookie: cookies.qq },
      payload: { field: 'idNumber' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
  });
});

describe('Excel export', () => {
  it("exports the scope's residents masked, and nothing of another community", async () => {
    const res = await get('qq', '/api/residents?format=xlsx');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toContain('赵清泉');
    expect(names).not.toContain('钱龙潭');
    expect(sheet.getRow(2).getCell(5).text).toMatch(/\*{4}/);
  });
});

describe('household ledger import', () => {
  const grid = () => tree.qq.grid.code;
  const goodA = makeIdNumber('19750310', 'male');
  const goodB = makeIdNumber('19780512', 'female');

  async function upload(user: string, rows: (string | number)[][]) {
    const { payload, headers } = multipartBody(await buildLedgerFile(rows));
    return t.app.inject({ method: 'POST', url: '/api/residents/import', headers: { ...headers, cookie: cookies[user] }, payload });
  }

  it('keeps good rows, rejects bad ones with the reason, and reports each row', async () => {
    const res = await upload('qq', [
      [grid(), '清泉花园', '5号楼', '2单元', '302', '周建国', '男', goodA, '13900001111', '户主', '退役军人'],
      [grid(), '清泉花园', '5号楼', '2单元', '302', '吴秀英', '女', goodB, '', '配偶', ''],
      [grid(), '清泉花园', '5号楼', '2单元', '303', '郑错号', '男', '370403197503101231', '', '户主', ''],
      [tree.lt.grid.code, '', '1号楼', '1', '201', '越界人', '男', makeIdNumber('19900101'), '', '户主', ''],
      [grid(), '', '5号楼', '2单元', '304', '冯乱填', '男', makeIdNumber('19900202'), '123', '户主', ''],
    ]);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: 5, created: 2, rejected: 3 });
    expect(report.rows[2]).toMatchObject({ row: 4, status: 'rejected', name: '郑错号' });
    expect(report.rows[2].reason).toContain('身份证号');
    expect(report.rows[3].reason).toContain('不在您的管辖范围');
    expect(report.rows[4].reason).toContain('手机号');
    const list = (await get('qq', `/api/residents?q=${encodeURIComponent('周建国')}`)).json().items;
    expect(list[0]).toMatchObject({ tags: ['veteran'], phoneMasked: '139****1111' });
    expect(list[0].address).toContain('清泉花园5号楼2单元302');
    expect((await get('lt', `/api/residents?q=${encodeURIComponent('越界人')}`)).json().items).toEqual([]);
  });

  it('does not duplicate anyone on re-import and updates what changed', async () => {
    const res = await upload('qq', [
      [grid(), '清泉花园', '5号楼', '2单元', '302', '周建国', '男', goodA, '13900001111', '户主', '退役军人'],
      [grid(), '清泉花园', '5号楼', '2单元', '302', '吴秀英', '女', goodB, '13900002222', '配偶', '残疾'],
    ]);
    expect(res.json()).toMatchObject({ total: 2, created: 0, unchanged: 1, updated: 1, rejected: 0 });
    const rows = await t.deps.db
      .select()
      .from(residents)
      .where(eq(residents.idNumberHash, t.deps.cipher.blindIndex(goodA)));
    expect(rows).toHaveLength(1);
  });

  it('refuses to move a person registered in another community', async () => {
    const res = await upload('lt', [[tree.lt.grid.code, '', '1号楼', '1单元', '101', '周建国', '男', goodA, '', '户主', '']]);
    expect(res.json().rows[0].reason).toContain('已登记在其他社区');
  });

  it('rejects a file that is not a ledger with 400 naming the file, writing nothing', async () => {
    const before = (await t.deps.db.select().from(residents)).length;
    const { payload, headers } = multipartBody(Buffer.from('not excel at all'));
    const res = await t.app.inject({ method: 'POST', url: '/api/residents/import', headers: { ...headers, cookie: cookies.qq }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'IMPORT_INVALID_FILE', field: 'file' });
    expect((await t.deps.db.select().from(residents)).length).toBe(before);
  });

  it('refuses a building lead, who may not edit the ledger', async () => {
    expect((await upload('lead', [])).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it('answers 400 naming the field for a bad tag, limit or cursor, and for malformed JSON', async () => {
    expect((await get('qq', '/api/residents?tag=rich')).json().field).toBe('tag');
    expect((await get('qq', '/api/residents?limit=abc')).json().field).toBe('limit');
    expect((await get('qq', '/api/residents?after=garbage')).json().field).toBe('after');
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/residents/${qqPerson.id}/reveal`,
      headers: { cookie: cookies.qq, 'content-type': 'application/json' },
      payload: '{"field": "phone",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body' });
  });
});

describe('scope isolation', () => {
  it("keeps each community's residents from the sibling community's staff, in the list and the detail", async () => {
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookies.qq, recordId: qqPerson.id },
        { cookie: cookies.lt, recordId: ltPerson.id },
      ],
      list: '/api/residents',
      detail: (id) => `/api/residents/${id}`,
    });
  });

  it('fails when the two actors are not isolated (the helper can fail)', async () => {
    const leaky = {
      app: t.app,
      list: '/api/residents',
      detail: (id: string) => `/api/residents/${id}`,
    };
    const sameActor = expectScopeIsolation({
      ...leaky,
      actors: [
        { cookie: cookies.qq, recordId: qqPerson.id },
        { cookie: cookies.qq, recordId: ltPerson.id },
      ],
    });
    await expect(sameActor).rejects.toThrow(/own record/);
  });
});
