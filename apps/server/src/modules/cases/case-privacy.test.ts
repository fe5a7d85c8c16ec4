import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids';
import { storePhoto } from '../../platform/storage/photos';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { multipartBody } from '../../test-support/ledger-file';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories } from './categories.repository';
import { caseCategories, caseEvents, cases } from './cases.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const category: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60 });
  t.clock.now = new Date('2026-03-10T09:00:00+08:00');
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  for (const row of await t.deps.db.select().from(caseCategories)) category[row.code] = row.id;
  ids.reporter = await buildActor(t.deps, { username: 'reporter', role: 'resident', at: tree.qq.house1, displayName: '张大爷' });
  ids.neighbour = await buildActor(t.deps, { username: 'neighbour', role: 'resident', at: tree.qq.house2, displayName: '李阿姨' });
  ids.far = await buildActor(t.deps, { username: 'far', role: 'resident', at: tree.lt.house1, displayName: '王叔' });
  ids.member = await buildActor(t.deps, { username: 'member', role: 'partyMember', at: tree.qq.grid, displayName: '党员老王' });
  ids.grid = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid, displayName: '网格员小李' });
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.ltGrid = await buildActor(t.deps, { username: 'ltgrid', role: 'gridWorker', at: tree.lt.grid, displayName: '网格员小赵' });
  ids.admin = await buildActor(t.deps, { username: 'admin', role: 'systemAdmin', at: tree.district });
  for (const u of ['reporter', 'neighbour', 'far', 'grid', 'qq', 'ltgrid', 'admin']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const post = (user: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, payload });
const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

async function act(user: string, caseId: string, body: Record<string, unknown>) {
  const current = (await get(user, `/api/cases/${caseId}`)).json();
  const res = await post(user, `/api/cases/${caseId}/actions`, { expectedVersion: current.version, ...body });
  if (res.statusCode !== 200) throw new Error(`${user} ${String(body.action)}: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function report(user: string, body: Record<string, unknown>) {
  const res = await post(user, '/api/cases', body);
  if (res.statusCode !== 201) throw new Error(`intake: ${res.statusCode} ${res.body}`);
  return res.json();
}

const listIds = async (user: string) => (await get(user, '/api/cases?limit=200')).json().items.map((c: { id: string }) => c.id);

describe('a neighbour reading a case learns neither who reported it nor their numbers', () => {
  const PHONE_FORMS = ['139 1234 5678', '一三九一二三四五六七八', '１３９１２３４５６７８', '139.1234.5678', '370403199001011234'];
  const description = `我是张大爷，电话139 1234 5678，也可打一三九一二三四五六七八或１３９１２３４５６７８，身份证370403199001011234，3号楼2单元楼道灯坏了`;
  let caseId: string;

  beforeAll(async () => {
    caseId = (await report('reporter', { description, address: '清泉花园3号楼 张大爷家门口 139.1234.5678' })).id;
    await act('grid', caseId, { action: 'accept' });
    await act('grid', caseId, { action: 'verify', note: '已电话联系张大爷（13912345678），现场核实' });
    // Another module (a party member's visit, say) writes a public step of its own.
    const [c] = await t.deps.db.select().from(cases).where(eq(cases.id, caseId));
    await t.deps.db.insert(caseEvents).values({
      id: newId(),
      caseId,
      action: 'urge',
      fromState: c.state,
      toState: c.state,
      actorUserId: ids.member,
      actorName: '党员老王',
      at: t.clock.now,
      note: '老王去看过了，电话139-1234-5678',
      isPublic: true,
      path: c.path,
    });
  });

  it('names the reporter 居民 and every non-staff actor 居民, keeping staff names', async () => {
    const res = await get('neighbour', `/api/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.reporterName).toBe('居民');
    const actors = c.timeline.map((e: { action: string; actorName: string }) => [e.action, e.actorName]);
    expect(actors).toEqual([
      ['submit', '居民'],
      ['accept', '网格员小李'],
      ['verify', '网格员小李'],
      ['urge', '居民'],
    ]);
  });

  it('leaves no name, phone or ID number anywhere in the answer, in any written form', async () => {
    const body = (await get('neighbour', `/api/cases/${caseId}`)).body;
    for (const secret of ['张大爷', '党员老王', '13912345678', ...PHONE_FORMS]) expect(body).not.toContain(secret);
    const c = JSON.parse(body);
    expect(c.description).toBe('我是[姓名已隐去]，电话[电话已隐去]，也可打[电话已隐去]或[电话已隐去]，身份证[证件号已隐去]，3号楼2单元楼道灯坏了');
    expect(c.timeline.find((e: { action: string }) => e.action === 'verify').note).toBe('已电话联系[姓名已隐去]（[电话已隐去]），现场核实');
    expect(c.address).toBe('清泉花园3号楼 [姓名已隐去]家门口 [电话已隐去]');
  });

  it("redacts the title and address in the neighbour's list too, cutting no number in half", async () => {
    const item = (await get('neighbour', '/api/cases?limit=200')).json().items.find((x: { id: string }) => x.id === caseId);
    expect(item.title).not.toMatch(/139|张大爷/);
    expect(item.address).toBe('清泉花园3号楼 [姓名已隐去]家门口 [电话已隐去]');
  });

  it('names an anonymous reporter 匿名居民', async () => {
    const c = await report('reporter', { description: '单元门禁坏了，进出不方便', anonymous: true });
    const seen = (await get('neighbour', `/api/cases/${c.id}`)).json();
    expect(seen.reporterName).toBe('匿名居民');
    expect(seen.timeline[0].actorName).toBe('匿名居民');
  });

  it('still shows the reporter and staff everything', async () => {
    for (const user of ['reporter', 'grid']) {
      const c = (await get(user, `/api/cases/${caseId}`)).json();
      expect(c.reporterName).toBe('张大爷');
      expect(c.description).toBe(description);
      expect(c.timeline[0].actorName).toBe('张大爷');
      expect(c.timeline.find((e: { action: string }) => e.action === 'verify').note).toContain('13912345678');
    }
  });
});

describe('residents see only open cases of their own grid', () => {
  it('hides a rejected neighbour case from the neighbour but not from its reporter or a supporter', async () => {
    const supported = await report('reporter', { description: '小区东门的垃圾桶满了没人清' });
    await post('neighbour', `/api/cases/${supported.id}/actions`, { action: 'support', expectedVersion: supported.version });
    const other = await report('reporter', { description: '小区西门的垃圾桶也满了' });
    expect((await get('neighbour', `/api/cases/${other.id}`)).statusCode).toBe(200);
    for (const id of [supported.id, other.id]) await act('qq', id, { action: 'reject', reason: '已由物业处理' });
    expect((await get('neighbour', `/api/cases/${other.id}`)).statusCode).toBe(404);
    expect(await listIds('neighbour')).not.toContain(other.id);
    expect((await get('reporter', `/api/cases/${other.id}`)).statusCode).toBe(200);
    expect(await listIds('reporter')).toContain(other.id);
    expect((await get('neighbour', `/api/cases/${supported.id}`)).statusCode).toBe(200);
    expect(await listIds('neighbour')).toContain(supported.id);
  });
});

describe('sensitive categories are never shown to neighbours', () => {
  it('flags 矛盾纠纷, 治安, 特殊人群帮扶 and 养老服务 in the category list', async () => {
    const items = (await get('neighbour', '/api/case-categories')).json().items as { code: string; sensitive: boolean }[];
    expect(
      items
        .filter((c) => c.sensitive)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['G01', 'G03', 'G04', 'L05']);
  });

  it('hides a dispute and a case in a child of a sensitive category from the neighbour, in reads, lists and "me too"', async () => {
    const dispute = await report('reporter', { description: '楼上邻居天天吵架，想请社区调解', categoryId: category.G01 });
    const childId = newId();
    await t.deps.db.insert(caseCategories).values({
      id: childId,
      parentId: category.G03,
      code: 'G0301',
      name: '可疑人员',
      kind: 'governance',
      version: 'local',
      limitAmount: 1,
      limitClock: 'workingDays',
    });
    const child = await report('reporter', { description: '楼道里常有可疑人员徘徊', categoryId: childId });
    for (const c of [dispute, child]) {
      expect((await get('neighbour', `/api/cases/${c.id}`)).statusCode).toBe(404);
      expect(await listIds('neighbour')).not.toContain(c.id);
      expect((await post('neighbour', `/api/cases/${c.id}/actions`, { action: 'support', expectedVersion: c.version })).statusCode).toBe(404);
      expect((await get('grid', `/api/cases/${c.id}`)).statusCode).toBe(200);
      expect((await get('reporter', `/api/cases/${c.id}`)).statusCode).toBe(200);
    }
  });

  it('lets an admin mark a category sensitive, which hides its cases from then on', async () => {
    const lamp = await report('reporter', { description: '路灯不亮，晚上很黑', categoryId: category.C0105 });
    expect((await get('neighbour', `/api/cases/${lamp.id}`)).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/case-categories/${category.C0105}`,
      headers: { cookie: cookie.admin },
      payload: { sensitive: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sensitive).toBe(true);
    expect((await get('neighbour', `/api/cases/${lamp.id}`)).statusCode).toBe(404);
    await t.app.inject({ method: 'PUT', url: `/api/case-categories/${category.C0105}`, headers: { cookie: cookie.admin }, payload: { sensitive: false } });
  });
});

describe('"me too" suggestions stay inside what the caller may see', () => {
  const similar = async (user: string, gridId: string) =>
    (await get(user, `/api/cases/suggest?text=${encodeURIComponent('井盖丢失了很危险')}&gridId=${gridId}`)).json().similarCases as {
      id: string;
      title: string;
    }[];
  let qqCase: string;
  let ltCase: string;
  let sensitiveCase: string;

  beforeAll(async () => {
    qqCase = (await report('reporter', { description: '井盖丢失了，电话13912345678' })).id;
    sensitiveCase = (await report('reporter', { description: '井盖丢失了，邻居为此吵架', categoryId: category.G01 })).id;
    ltCase = (await report('far', { description: '井盖丢失了，龙潭这边也是' })).id;
  });

  it('gives a resident no similar cases from another grid', async () => {
    expect(await similar('neighbour', tree.lt.grid.id)).toEqual([]);
    expect((await similar('far', tree.lt.grid.id)).map((c) => c.id)).toContain(ltCase);
  });

  it("gives a resident their own grid's open cases, redacted and without sensitive ones", async () => {
    const found = await similar('neighbour', tree.qq.grid.id);
    expect(found.map((c) => c.id)).toContain(qqCase);
    expect(found.map((c) => c.id)).not.toContain(sensitiveCase);
    expect(found.find((c) => c.id === qqCase)!.title).toBe('井盖丢失了，电话[电话已隐去]');
  });

  it('gives staff the grids of their scope only', async () => {
    expect((await similar('grid', tree.qq.grid.id)).map((c) => c.id)).toEqual(expect.arrayContaining([qqCase, sensitiveCase]));
    expect(await similar('grid', tree.lt.grid.id)).toEqual([]);
  });
});

describe('stored photos open only to those who may read a case that shows them', () => {
  let key: string;
  let eventKey: string;

  beforeAll(async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } })
      .jpeg()
      .toBuffer();
    key = await storePhoto(t.deps.storage, jpeg);
    eventKey = await storePhoto(t.deps.storage, jpeg);
    const c = await report('far', { description: '龙潭社区的井盖丢了，见照片', photos: [key] });
    await act('ltgrid', c.id, { action: 'accept', photos: [eventKey] });
  });

  const file = (user: string | null, url: string) => t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookie[user] } : {} });

  it('answers 404 to a community worker of another community, for the case photo and a timeline photo', async () => {
    expect((await file('grid', `/api/files/${key}`)).statusCode).toBe(404);
    expect((await file('grid', `/api/files/${eventKey}`)).statusCode).toBe(404);
    expect((await file('neighbour', `/api/files/${key}`)).statusCode).toBe(404);
  });

  it('opens it to the reporter and the staff of the case, and to anyone holding a signed link', async () => {
    for (const user of ['far', 'ltgrid', 'admin']) {
      expect((await file(user, `/api/files/${key}`)).statusCode).toBe(200);
      expect((await file(user, `/api/files/${eventKey}`)).statusCode).toBe(200);
    }
    const signed = t.deps.fileLinks.sign(key, new Date(t.clock.now.getTime() + 86_400_000));
    expect((await file('grid', `/api/files/${key}?${signed}`)).statusCode).toBe(200);
    expect((await file(null, `/api/files/${key}?${signed}`)).statusCode).toBe(200);
  });

  it('lets an uploader see the photo they just uploaded, before any case shows it', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00a' } })
      .jpeg()
      .toBuffer();
    const body = multipartBody(jpeg, 'lamp.jpg');
    const up = await t.app.inject({ method: 'POST', url: '/api/uploads/photos', headers: { cookie: cookie.reporter, ...body.headers }, payload: body.payload });
    expect(up.statusCode).toBe(200);
    expect((await file('reporter', `/api/files/${up.json().keys[0]}`)).statusCode).toBe(200);
  });
});
