import { and, eq } from 'drizzle-orm';
import { caseCategories, cases, users, complexes, orgNodes } from '../../test-support/tables';
import { redactText } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import sharp from 'sharp';
import { newId } from '../../platform/ids';
import { storePhoto } from '../../platform/storage/photos';
import { buildActor, buildOrgTree, makeIdNumber } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { seedCategories, uuidFloor } from '../cases';
import { DEMO_API_KEY, ensureDemoOpen311Client } from './open311-clients';
import { ATTRIBUTE_FIELDS, POST_RESULT_FIELDS, SERVICE_FIELDS, SERVICE_REQUEST_FIELDS } from './open311-wire';
import { open311Clients } from './open311.tables';

/** A minimal XML reader for the tests: element-only trees, checking every tag closes in order. */
interface XmlNode {
  tag: string;
  text: string;
  children: XmlNode[];
}
function parseXml(xml: string): XmlNode {
  const decl = /^<\?xml version="1\.0" encoding="utf-8"\?>/;
  if (!decl.test(xml)) throw new Error('missing XML declaration');
  const body = xml.replace(decl, '');
  const root: XmlNode = { tag: '#document', text: '', children: [] };
  const stack = [root];
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const token of body.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (token.startsWith('</')) {
      const open = stack.pop()!;
      if (open.tag !== token.slice(2, -1)) throw new Error(`</${token.slice(2, -1)}> closes <${open.tag}>`);
    } else if (token.startsWith('<')) {
      const selfClosing = token.endsWith('/>');
      const node: XmlNode = { tag: token.slice(1, selfClosing ? -2 : -1), text: '', children: [] };
      if (!/^[A-Za-z_][\w.-]*$/.test(node.tag)) throw new Error(`bad tag ${token}`);
      stack[stack.length - 1].children.push(node);
      if (!selfClosing) stack.push(node);
    } else {
      if (/[<>]/.test(token) || /&(?!(lt|gt|amp|quot|apos);)/.test(token)) throw new Error(`unescaped text ${token}`);
      stack[stack.length - 1].text += unescape(token);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unbalanced document');
  return root.children[0];
}
const child = (node: XmlNode, tag: string) => node.children.find((c) => c.tag === tag);

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const REPORTER = { first_name: '小明', last_name: '王', phone: '13912345678' };
const ID_NUMBER = makeIdNumber('19800101');
const INTERNAL_NOTE = '内部督办：领导批示务必今天处理';
const caseNo: Record<string, string> = {};

const get = (url: string, user?: string) => t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookie[user] } : {} });
const postForm = (fields: Record<string, string>, ext = 'json') =>
  t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${ext}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const postJson = (body: unknown, ext = 'json') => t.app.inject({ method: 'POST', url: `/open311/v2/requests.${ext}`, payload: body as object });
const countCases = async () => (await t.deps.db.select({ id: cases.id }).from(cases)).length;

async function act(user: string, caseId: string, body: Record<string, unknown>) {
  const current = (await get(`/api/cases/${caseId}`, user)).json();
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/actions`,
    headers: { cookie: cookie[user] },
    payload: { expectedVersion: current.version, ...body },
  });
  if (res.statusCode !== 200) throw new Error(`${user} ${String(body.action)}: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function idOf(no: string): Promise<string> {
  const [row] = await t.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, no));
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 365 });
  t.clock.now = new Date('2026-03-10T09:00:00+08:00');
  tree = await buildOrgTree(t.deps);
  await seedCategories(t.deps.db);
  // 清泉花园 is a complex of 清泉社区 whose 1号楼 stands in the community's first grid.
  const complexId = newId();
  await t.deps.db.insert(complexes).values({ id: complexId, communityId: tree.qq.community.id, path: tree.qq.community.path, name: '清泉花园' });
  await t.deps.db.update(orgNodes).set({ complexId }).where(eq(orgNodes.id, tree.qq.building.id));
  await ensureDemoOpen311Client(t.deps.db, tree.district.id);
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '张大爷' });
  await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  for (const u of ['resident', 'grid', 'qq', 'lt']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

describe('discovery and services', () => {
  it('describes the endpoint in JSON and XML', async () => {
    const json = await get('/open311/v2/discovery.json');
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: 'http://localhost:80/open311/v2',
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
    const xml = await get('/open311/v2/discovery.xml');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const doc = parseXml(xml.body);
    expect(doc.tag).toBe('discovery');
    const endpoint = child(child(doc, 'endpoints')!, 'endpoint')!;
    expect(child(child(endpoint, 'formats')!, 'format')!.text).toBe('text/xml');
  });

  it('lists the active leaf categories as services with exactly the spec fields', async () => {
    const services = (await get('/open311/v2/services.json')).json() as Record<string, unknown>[];
    for (const s of services) expect(Object.keys(s)).toEqual([...SERVICE_FIELDS]);
    const codes = services.map((s) => s.service_code);
    expect(codes).not.toContain('C01');
    expect(codes).toContain('E06');
    expect(services.find((s) => s.service_code === 'C0105')).toEqual({
      service_code: 'C0105',
      service_name: '路灯',
      description: '立案条件：路灯不亮、灯杆倾斜；处置时限 2 工作日',
      metadata: true,
      type: 'realtime',
      keywords: '路灯, 灯, 不亮, 灯杆, 照明',
      group: '公用设施',
    });
  });

  it('drops deactivated categories and the leaves of a deactivated class', async () => {
    await t.deps.db.update(caseCategories).set({ active: false }).where(eq(caseCategories.code, 'C0106'));
    await t.deps.db.update(caseCategories).set({ active: false }).where(eq(caseCategories.code, 'C02'));
    const codes = ((await get('/open311/v2/services.json')).json() as { service_code: string }[]).map((s) => s.service_code);
    expect(codes).toContain('C0105');
    expect(codes).not.toContain('C0106');
    expect(codes.filter((c) => c.startsWith('C02'))).toEqual([]);
    await t.deps.db.update(caseCategories).set({ active: true }).where(eq(caseCategories.code, 'C0106'));
    await t.deps.db.update(caseCategories).set({ active: true }).where(eq(caseCategories.code, 'C02'));
  });

  it('writes services as well-formed XML with the spec tags', async () => {
    const res = await get('/open311/v2/services.xml');
    const doc = parseXml(res.body);
    expect(doc.tag).toBe('services');
    const lamp = doc.children.find((s) => child(s, 'service_code')?.text === 'C0105')!;
    expect(lamp.children.map((c) => c.tag)).toEqual([...SERVICE_FIELDS]);
    expect(child(lamp, 'metadata')!.text).toBe('true');
  });

  it('defines a service with optional string attributes, and 404s an unknown one', async () => {
    const def = (await get('/open311/v2/services/C0105.json')).json();
    expect(def.service_code).toBe('C0105');
    expect(def.attributes.map((a: { code: string }) => a.code)).toEqual(['grid_code', 'location_detail']);
    for (const a of def.attributes) {
      expect(Object.keys(a).every((k) => (ATTRIBUTE_FIELDS as readonly string[]).includes(k))).toBe(true);
      expect(a).toMatchObject({ variable: true, datatype: 'string', required: false });
    }
    const xml = parseXml((await get('/open311/v2/services/C0105.xml')).body);
    expect(xml.tag).toBe('service_definition');
    expect(child(child(xml, 'attributes')!, 'attribute')!.children.map((c) => c.tag)).toEqual([
      'variable',
      'code',
      'datatype',
      'required',
      'datatype_description',
      'order',
      'description',
    ]);
    const missing = await get('/open311/v2/services/NOPE.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
    expect((await get('/open311/v2/services/C0105.txt')).statusCode).toBe(404);
  });
});

describe('POST requests from a partner client', () => {
  it('takes a form-encoded request with the demo key into the grid named by the address, as the community sees it', async () => {
    const before = await countCases();
    const res = await postForm({
      api_key: DEMO_API_KEY,
      service_code: 'C0105',
      address_string: '临城街道清泉花园1号楼东侧',
      lat: '34.79',
      long: '117.26',
      description: `我是王小明，电话 139 1234 5678，身份证${ID_NUMBER}，楼下路灯坏了一周`,
      email: 'wxm@example.com',
      ...REPORTER,
      'attribute[location_detail]': '东侧小广场',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toHaveLength(1);
    expect(Object.keys(body[0])).toEqual([...POST_RESULT_FIELDS]);
    expect(body[0]).toMatchObject({ service_request_id: expect.stringMatching(/^20260310\d{6}$/), account_id: null });
    expect(body[0].service_notice).toContain('清泉社区第一网格');
    expect(await countCases()).toBe(before + 1);
    caseNo.lamp = body[0].service_request_id;

    const list = (await get(`/api/cases?q=${caseNo.lamp}`, 'qq')).json().items;
    expect(list).toEqual([
      expect.objectContaining({ caseNo: caseNo.lamp, channel: 'messageBoard', state: 'submitted', categoryName: '路灯', gridName: '清泉社区第一网格' }),
    ]);
    const detail = (await get(`/api/cases/${list[0].id}`, 'qq')).json();
    expect(detail).toMatchObject({
      reporterName: '王小明',
      reporterPhoneMasked: '139****5678',
      address: '临城街道清泉花园1号楼东侧 东侧小广场',
      lat: 34.79,
      lng: 117.26,
    });
    expect(detail.timeline).toEqual([expect.objectContaining({ action: 'submit', actorName: '邻里演示客户端' })]);
    const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, list[0].id));
    expect(row.locationNodeId).toBe(tree.qq.building.id);
    expect(row.reporterPhoneEnc).not.toContain('13912345678');
    expect(t.deps.cipher.decrypt(row.reporterPhoneEnc!)).toBe('13912345678');
    const [client] = await t.deps.db.select().from(open311Clients);
    expect(row.createdByUserId).toBe(client.userId);
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'cases.create'), eq(auditLog.targetId, row.id)));
    expect(audit).toEqual([expect.objectContaining({ username: 'open311-demo' })]);
    // The community next door cannot see it (DESIGN rule 3 still holds for cases from Open311).
    expect((await get(`/api/cases/${row.id}`, 'lt')).statusCode).toBe(404);
  });

  it('takes a JSON request placed by attribute[grid_code] and answers XML on .xml', async () => {
    const res = await postJson(
      { api_key: DEMO_API_KEY, service_code: 'E0102', attribute: { grid_code: tree.lt.grid.code }, description: '龙潭路口垃圾堆了三天没人清理' },
      'xml',
    );
    expect(res.statusCode).toBe(200);
    const doc = parseXml(res.body);
    expect(doc.tag).toBe('service_requests');
    const request = child(doc, 'request')!;
    expect(request.children.map((c) => c.tag)).toEqual([...POST_RESULT_FIELDS]);
    caseNo.rubbish = child(request, 'service_request_id')!.text;
    const list = (await get(`/api/cases?q=${caseNo.rubbish}`, 'lt')).json().items;
    expect(list).toEqual([expect.objectContaining({ gridName: '龙潭社区第一网格', channel: 'messageBoard' })]);
  });

  it('places a request by address_id (a house code) and by a community name alone', async () => {
    const byHouse = await postJson({ api_key: DEMO_API_KEY, service_code: 'L07', address_id: tree.lt.house2.code, description: '楼上漏水到我家卫生间' });
    expect(byHouse.statusCode).toBe(200);
    const [house] = await t.deps.db.select().from(cases).where(eq(cases.caseNo, byHouse.json()[0].service_request_id));
    expect(house).toMatchObject({ gridId: tree.lt.grid.id, locationNodeId: tree.lt.house2.id });
    const byCommunity = await postJson({ api_key: DEMO_API_KEY, service_code: 'L03', address_string: '龙潭社区南门广场', description: '广场舞音响太吵' });
    expect(byCommunity.statusCode).toBe(200);
    const [community] = await t.deps.db.select().from(cases).where(eq(cases.caseNo, byCommunity.json()[0].service_request_id));
    expect(community.gridId).toBe(tree.lt.grid.id);
  });

  it('refuses a bad or missing api_key with a 403 error list, in JSON and XML, and writes nothing', async () => {
    const before = await countCases();
    const bad = await postForm({ api_key: 'wrong-key', service_code: 'C0105', address_string: '清泉花园' });
    expect(bad.statusCode).toBe(403);
    expect(bad.json()).toEqual([{ code: 403, description: expect.any(String) }]);
    const missing = await postJson({ service_code: 'C0105', address_string: '清泉花园' });
    expect(missing.statusCode).toBe(403);
    const xml = await postForm({ api_key: 'wrong-key', service_code: 'C0105' }, 'xml');
    expect(xml.statusCode).toBe(403);
    const doc = parseXml(xml.body);
    expect(doc.tag).toBe('errors');
    expect(child(child(doc, 'error')!, 'code')!.text).toBe('403');
    await t.deps.db.update(open311Clients).set({ active: false });
    expect((await postForm({ api_key: DEMO_API_KEY, service_code: 'C0105', address_string: '清泉花园' })).statusCode).toBe(403);
    await ensureDemoOpen311Client(t.deps.db, tree.district.id);
    expect(await countCases()).toBe(before);
  });

  it('answers bad input with a 400 error list naming the problem, never a 500, and writes nothing', async () => {
    const before = await countCases();
    const cases400: [string, Record<string, unknown>, RegExp][] = [
      ['unknown service', { service_code: 'NOPE', address_string: '清泉花园' }, /service_code NOPE/],
      ['no service', { address_string: '清泉花园' }, /service_code/],
      ['no location', { service_code: 'C0105', description: '路灯坏了很久了' }, /位置/],
      ['lat without long', { service_code: 'C0105', lat: 34.7 }, /long/],
      ['only lat/long', { service_code: 'C0105', lat: 34.7, long: 117.2 }, /经纬度/],
      ['lat not a number', { service_code: 'C0105', lat: 'north', long: 117.2 }, /lat/],
      ['address nobody knows', { service_code: 'C0105', address_string: '火星基地一号' }, /address_string/],
      ['grid of nowhere', { service_code: 'C0105', attribute: { grid_code: '999999999999999' } }, /grid_code/],
      ['a street is no grid', { service_code: 'C0105', address_id: tree.street.code }, /address_id/],
      ['phone not a mobile', { service_code: 'C0105', address_string: '清泉花园', phone: '12345' }, /phone/],
      ['media not a url', { service_code: 'C0105', address_string: '清泉花园', media_url: 'javascript:alert(1)' }, /media_url/],
    ];
    for (const [name, body, pattern] of cases400) {
      const res = await postJson({ api_key: DEMO_API_KEY, ...body });
      expect(res.statusCode, name).toBe(400);
      expect(res.json(), name).toEqual([{ code: 400, description: expect.stringMatching(pattern) }]);
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/json' },
      payload: '{"api_key": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    const notObject = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/json' },
      payload: '[1,2]',
    });
    expect(notObject.statusCode).toBe(400);
    expect(await countCases()).toBe(before);
  });

  it('returns the first case for a retried request with the same Idempotency-Key', async () => {
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'idempotency-key': 'partner-retry-0001' },
        payload: { api_key: DEMO_API_KEY, service_code: 'E0401', address_string: '清泉花园', description: '小区门口水管爆了' },
      });
    const first = (await send()).json()[0].service_request_id;
    expect((await send()).json()[0].service_request_id).toBe(first);
  });
});

describe('GET requests: the public disclosure channel', () => {
  beforeAll(async () => {
    // An old report, outside the default 90-day window.
    t.clock.now = new Date('2025-11-20T10:00:00+08:00');
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: cookie.resident },
      payload: { description: '小区健身器材坏了，张大爷反映的' },
    });
    caseNo.old = old.json().caseNo;
    t.clock.now = new Date('2026-03-10T10:00:00+08:00');
    // A resident's report that is rejected (closed on the wire) with a public reason.
    const rejected = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: cookie.resident },
      payload: { description: '我家楼上天天吵，我是张大爷，电话13800138000' },
    });
    caseNo.rejected = rejected.json().caseNo;
    await act('qq', rejected.json().id, { action: 'reject', reason: '属于邻里纠纷，已转人民调解' });
    // The lamp: accepted and verified with a public note, then urged with an internal one.
    t.clock.now = new Date('2026-03-10T11:00:00+08:00');
    const lampId = await idOf(caseNo.lamp);
    await act('grid', lampId, { action: 'accept' });
    // 路灯 is a 部件: its verification carries a site photo.
    const sitePhoto = await storePhoto(
      t.deps.storage,
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#222' } })
        .jpeg()
        .toBuffer(),
    );
    await act('grid', lampId, { action: 'verify', note: '现场核实，路灯不亮', photos: [sitePhoto] });
    await act('qq', lampId, { action: 'urge', note: INTERNAL_NOTE });
  });

  it('lists the last 90 days newest first with exactly the spec fields, public values only', async () => {
    const res = await get('/open311/v2/requests.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const items = res.json() as Record<string, unknown>[];
    for (const r of items) expect(Object.keys(r)).toEqual([...SERVICE_REQUEST_FIELDS]);
    const nos = items.map((r) => r.service_request_id);
    expect(nos).toContain(caseNo.lamp);
    expect(nos).toContain(caseNo.rejected);
    expect(nos).not.toContain(caseNo.old);
    expect([...nos].sort().reverse()).toEqual(nos);
    const lamp = items.find((r) => r.service_request_id === caseNo.lamp)!;
    expect(lamp).toMatchObject({
      status: 'open',
      status_notes: '现场核实，路灯不亮',
      service_name: '路灯',
      service_code: 'C0105',
      agency_responsible: '清泉社区第一网格',
      requested_datetime: '2026-03-10T01:00:00Z',
      address: '临城街道清泉花园1号楼东侧 东侧小广场',
      address_id: null,
      zipcode: null,
      lat: 34.79,
      long: 117.26,
      media_url: null,
    });
    expect(lamp.description).toBe('我是[姓名已隐去]，电话 [电话已隐去]，身份证[证件号已隐去]，楼下路灯坏了一周');
    const rejected = items.find((r) => r.service_request_id === caseNo.rejected)!;
    expect(rejected).toMatchObject({ status: 'closed', status_notes: '属于邻里纠纷，已转人民调解', service_code: null });
  });

  it('never lets reporter names, phones, ID numbers or internal notes out, in any form', async () => {
    const bodies = [
      (await get('/open311/v2/requests.json')).body,
      (await get('/open311/v2/requests.xml')).body,
      (await get(`/open311/v2/requests/${caseNo.lamp}.json`)).body,
      (await get(`/open311/v2/requests/${caseNo.lamp}.xml`)).body,
      (await get(`/open311/v2/requests.json?service_request_id=${Object.values(caseNo).join(',')}`)).body,
    ];
    for (const body of bodies) {
      for (const secret of [
        '王小明',
        '13912345678',
        '139 1234 5678',
        '139****5678',
        '13800138000',
        '张大爷',
        ID_NUMBER,
        INTERNAL_NOTE,
        'wxm@example.com',
        '邻里演示客户端',
        'open311-demo',
      ]) {
        expect(body).not.toContain(secret);
      }
    }
  });

  it('filters by status, service_code and date window', async () => {
    const nos = async (query: string) =>
      ((await get(`/open311/v2/requests.json?${query}`)).json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    const open = await nos('status=open');
    expect(open).toContain(caseNo.lamp);
    expect(open).not.toContain(caseNo.rejected);
    expect(await nos('status=closed')).toEqual([caseNo.rejected]);
    expect(await nos('status=open,closed')).toEqual(await nos(''));
    expect(await nos('service_code=C0105')).toEqual([caseNo.lamp]);
    expect((await nos('service_code=C0105,E0102')).sort()).toEqual([caseNo.lamp, caseNo.rubbish].sort());
    expect(await nos('service_code=ZZZ')).toEqual([]);
    expect(await nos('start_date=2025-11-01T00:00:00%2B08:00&end_date=2025-11-30T00:00:00Z')).toEqual([caseNo.old]);
    expect(await nos('end_date=2025-12-01')).toEqual([caseNo.old]);
    expect(await nos('start_date=2025-11-21')).toEqual([]);
    expect(await nos('start_date=2026-03-10T09:30:00%2B08:00&end_date=2026-03-10T23:59:59%2B08:00')).toEqual([caseNo.rejected]);
  });

  it('returns exactly the requested ids, whatever the other filters say', async () => {
    const res = await get(`/open311/v2/requests.json?service_request_id=${caseNo.old},${caseNo.lamp}&status=closed`);
    expect((res.json() as { service_request_id: string }[]).map((r) => r.service_request_id).sort()).toEqual([caseNo.old, caseNo.lamp].sort());
  });

  it('pages newest first with page_size and after, linking the next page', async () => {
    const all = ((await get('/open311/v2/requests.json?page_size=1000')).json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    const first = await get('/open311/v2/requests.json?page_size=2');
    expect(first.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual(all.slice(0, 2));
    expect(first.headers.link).toContain(`after=${all[1]}`);
    const second = await get(`/open311/v2/requests.json?page_size=2&after=${all[1]}`);
    expect(second.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual(all.slice(2, 4));
  });

  it('answers bad query parameters with a 400 error list', async () => {
    for (const query of [
      'status=pending',
      'page_size=1001',
      'page_size=0',
      'start_date=yesterday',
      'start_date=2025-01-01&end_date=2025-06-01',
      'start_date=2026-03-01&end_date=2026-02-01',
      'service_request_id=abc',
      'after=999',
    ]) {
      const res = await get(`/open311/v2/requests.json?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toEqual([{ code: 400, description: expect.any(String) }]);
    }
  });

  it('gets one request as a one-item list, 404s an unknown one, and names the responsible unit as it moves', async () => {
    const one = await get(`/open311/v2/requests/${caseNo.rubbish}.json`);
    expect(one.json()).toEqual([
      expect.objectContaining({ service_request_id: caseNo.rubbish, agency_responsible: '龙潭社区第一网格', service_notice: '当前环节：待受理' }),
    ]);
    for (const url of ['/open311/v2/requests/20990101000001.json', '/open311/v2/requests/nope.json', '/open311/v2/requests/20990101000001.xml']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
    }
    expect(parseXml((await get('/open311/v2/requests/20990101000001.xml')).body).tag).toBe('errors');
    // Escalated to the community: the community answers for it.
    const lampId = await idOf(caseNo.lamp);
    await act('grid', lampId, { action: 'escalate', reason: '需要更换灯杆，网格无法处置' });
    const lamp = (await get(`/open311/v2/requests/${caseNo.lamp}.json`)).json()[0];
    expect(lamp.agency_responsible).toBe('清泉社区');
    expect(lamp.status_notes).toBe('需要更换灯杆，网格无法处置');
  });

  it('writes requests as well-formed XML with the spec tags in order', async () => {
    const doc = parseXml((await get(`/open311/v2/requests/${caseNo.lamp}.xml`)).body);
    expect(doc.tag).toBe('service_requests');
    const request = child(doc, 'request')!;
    expect(request.children.map((c) => c.tag)).toEqual([...SERVICE_REQUEST_FIELDS]);
    expect(child(request, 'status')!.text).toBe('open');
    expect(child(request, 'long')!.text).toBe('117.26');
  });

  it('builds a signed media_url from the first photo and the host the client called; the photo opens by that link only', async () => {
    const id = await idOf(caseNo.rubbish);
    const key = await storePhoto(
      t.deps.storage,
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
        .jpeg()
        .toBuffer(),
    );
    await t.deps.db
      .update(cases)
      .set({ photos: [key] })
      .where(eq(cases.id, id));
    const res = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${caseNo.rubbish}.json`, headers: { host: 'linli.example.cn' } });
    const media = new URL(res.json()[0].media_url as string);
    expect(`${media.origin}${media.pathname}`).toBe(`http://linli.example.cn/api/files/${key}`);
    const signed = await t.app.inject({ method: 'GET', url: `${media.pathname}${media.search}` });
    expect(signed.statusCode).toBe(200);
    expect(signed.headers['content-type']).toBe('image/jpeg');
    // Without a session the bare path, a forged signature and a link for another photo are refused.
    expect((await t.app.inject({ method: 'GET', url: media.pathname })).statusCode).toBe(401);
    const forged = new URLSearchParams(media.search);
    forged.set('sig', 'A'.repeat(forged.get('sig')!.length));
    expect((await t.app.inject({ method: 'GET', url: `${media.pathname}?${forged.toString()}` })).statusCode).toBe(401);
    const other = media.pathname.replace(/[0-9a-f]{4}\.jpg$/, '0000.jpg');
    expect((await t.app.inject({ method: 'GET', url: `${other}${media.search}` })).statusCode).toBe(401);
    // Staff who may see the case (龙潭) open it by the bare path, as the web pages do; the community next door may not.
    expect((await t.app.inject({ method: 'GET', url: media.pathname, headers: { cookie: cookie.lt } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: media.pathname, headers: { cookie: cookie.qq } })).statusCode).toBe(404);
  });
});

describe('the demo client and redaction', () => {
  it('registers the demo client once, re-pointing it on a rerun', async () => {
    await ensureDemoOpen311Client(t.deps.db, tree.district.id);
    await ensureDemoOpen311Client(t.deps.db, tree.district.id);
    const clients = await t.deps.db.select().from(open311Clients);
    expect(clients).toEqual([expect.objectContaining({ name: '邻里演示客户端', districtNodeId: tree.district.id, active: true })]);
    expect(clients[0].apiKeyHash).not.toContain(DEMO_API_KEY);
    const [user] = await t.deps.db.select().from(users).where(eq(users.id, clients[0].userId));
    expect(user).toMatchObject({ username: 'open311-demo', passwordHash: null, disabled: 1 });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'open311-demo', password: '' } })).statusCode).not.toBe(200);
  });

  it('bounds the date window by the smallest id minted a day before it', () => {
    const id = newId();
    expect(uuidFloor(Date.now() - 60_000) < id).toBe(true);
    expect(uuidFloor(Date.now() + 60_000) > id).toBe(true);
  });

  it('appears in the OpenAPI document and answers unknown paths under it with an error list', async () => {
    const docs = await get('/api/docs/json');
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(expect.arrayContaining(['/open311/v2/requests.json', '/open311/v2/services/{file}']));
    const unknown = await get('/open311/v2/tokens/abc.xml');
    expect(unknown.statusCode).toBe(404);
    expect(parseXml(unknown.body).tag).toBe('errors');
  });

  it('scrubs phones in their usual spellings, ID numbers and names, and leaves case numbers alone', () => {
    expect(redactText('电话+86 139-1234-5678或0632-1234567', [])).toBe('电话[电话已隐去]或[电话已隐去]');
    expect(redactText(`证件${ID_NUMBER.slice(0, 17)}X，案件20260310000001`, [])).toBe('证件[证件号已隐去]，案件20260310000001');
    expect(redactText('李四说王五家漏水', ['王五', null, '李'])).toBe('李四说[姓名已隐去]家漏水');
  });
});

describe('what the public channel never carries', () => {
  it('leaves cases in sensitive categories out of lists and single requests, and hides phones written in Chinese numerals', async () => {
    const [dispute] = await t.deps.db.select().from(caseCategories).where(eq(caseCategories.code, 'G01'));
    const report = async (payload: object) => (await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: cookie.resident }, payload })).json();
    const sensitive = await report({ description: '楼上邻居天天吵架，想请社区调解', categoryId: dispute.id });
    const plain = await report({ description: '垃圾没人清，电话一三九一二三四五六七八' });
    const nos = ((await get('/open311/v2/requests.json')).json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    expect(nos).toContain(plain.caseNo);
    expect(nos).not.toContain(sensitive.caseNo);
    expect(
      (await get(`/open311/v2/requests.json?service_request_id=${sensitive.caseNo},${plain.caseNo}`))
        .json()
        .map((r: { service_request_id: string }) => r.service_request_id),
    ).toEqual([plain.caseNo]);
    expect((await get(`/open311/v2/requests/${sensitive.caseNo}.json`)).statusCode).toBe(404);
    expect((await get(`/open311/v2/requests/${sensitive.caseNo}.xml`)).statusCode).toBe(404);
    expect((await get(`/open311/v2/requests/${plain.caseNo}.json`)).json()[0].description).toBe('垃圾没人清，电话[电话已隐去]');
  });
});
