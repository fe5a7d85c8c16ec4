import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { expectScopeIsolation } from '../../test-support/scope-isolation';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { hashPassword } from '../../platform/crypto/passwords';
import { newId } from '../../platform/ids';
import { posts, users } from '../../test-support/tables';
import { claimEvents, partnerUnits, serviceOrders, unitRegistrations } from './claims.tables';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};
const PHOTO = '2026/03/0195a3c0-0000-7000-8000-000000000001.jpg';
const RACERS = 50;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 24 * 60 });
  tree = await buildOrgTree(t.deps);
  ids.resident = await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '王秀英' });
  ids.ltResident = await buildActor(t.deps, { username: 'ltResident', role: 'resident', at: tree.lt.house1 });
  ids.qq = await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  ids.lt = await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  ids.liaison = await buildActor(t.deps, { username: 'liaison', role: 'partnerLiaison', at: tree.street, displayName: '供电公司联络人' });
  ids.unit = newId();
  await t.deps.db
    .insert(partnerUnits)
    .values({ id: ids.unit, name: '国网供电中心', kind: 'enterprise', liaisonUserId: ids.liaison, path: tree.street.path, createdAt: new Date() });
  await t.deps.db.insert(unitRegistrations).values({
    id: newId(),
    unitId: ids.unit,
    communityId: tree.qq.community.id,
    path: tree.qq.community.path,
    agreementTitle: '共建协议',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    commitments: '每月上门检修',
    registeredAt: new Date(),
  });
  // Fifty party members of 清泉社区's service team for the race, sharing one password hash (argon2 is slow by design).
  const hash = await hashPassword('test-password');
  for (let i = 1; i <= RACERS; i++) {
    const id = newId();
    await t.deps.db.insert(users).values({ id, username: `racer${i}`, displayName: `队员${i}`, passwordHash: hash });
    await t.deps.db.insert(posts).values({ id: newId(), userId: id, role: 'partyMember', nodeId: tree.qq.community.id, nodePath: tree.qq.community.path });
  }
  for (const u of ['resident', 'ltResident', 'qq', 'lt', 'liaison']) cookie[u] = await loginAs(t.app, u);
  for (let i = 1; i <= RACERS; i++) cookie[`racer${i}`] = await loginAs(t.app, `racer${i}`);
  const service = await t.app.inject({
    method: 'POST',
    url: '/api/services',
    headers: { cookie: cookie.qq },
    payload: { title: '家电维修', description: '每周六上午', provider: '清泉社区志愿服务队' },
  });
  ids.service = service.json().id;
}, 300_000);
afterAll(() => t.close());

const post = (user: string, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookie[user] }, ...(payload ? { payload } : {}) });
const get = (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });
const actionsOf = (body: { allowedActions: { action: string }[] }) => body.allowedActions.map((a) => a.action);

async function act(user: string, orderId: string, body: Record<string, unknown>) {
  const current = (await get(user, `/api/orders/${orderId}`)).json();
  return post(user, `/api/orders/${orderId}/actions`, { expectedVersion: current.version, ...body });
}

async function order(note = '冰箱不制冷，周六上午在家'): Promise<string> {
  const res = await post('resident', '/api/orders', { serviceId: ids.service, note });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

describe('a service order from the menu to a rated job (群众点单、服务队接单、居民评单)', () => {
  let orderId: string;

  it('takes the order from a resident of the community, who may only cancel it', async () => {
    orderId = await order();
    const detail = (await get('resident', `/api/orders/${orderId}`)).json();
    expect(detail).toMatchObject({ state: 'ordered', serviceTitle: '家电维修', ordererName: '王秀英', communityName: '清泉社区', version: 1 });
    expect(actionsOf(detail)).toEqual(['cancel']);
    expect(actionsOf((await get('qq', `/api/orders/${orderId}`)).json())).toEqual(['dispatch', 'cancel']);
  });

  it('lets exactly one of fifty team members take it; the others get 409 ITEM_TAKEN and the name stays masked', async () => {
    const seen = (await get('racer1', `/api/orders/${orderId}`)).json();
    expect(seen.ordererName).toBe('王**');
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => post(`racer${i + 1}`, `/api/orders/${orderId}/actions`, { action: 'take', expectedVersion: 1 })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(RACERS - 1);
    expect(new Set(results.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['ITEM_TAKEN']));
    const takes = await t.deps.db.select().from(claimEvents).where(eq(claimEvents.subjectId, orderId));
    expect(takes.filter((e) => e.action === 'take')).toHaveLength(1);
    ids.winner = `racer${codes.indexOf(200) + 1}`;
  });

  it('needs a note and proof photos to complete, then the resident rates it', async () => {
    const noPhoto = await act(ids.winner, orderId, { action: 'complete', note: '已更换压缩机继电器' });
    expect(noPhoto.statusCode).toBe(400);
    expect(noPhoto.json().field).toBe('photos');
    expect((await act(ids.winner, orderId, { action: 'complete', note: '已更换压缩机继电器', photos: [PHOTO] })).json()).toMatchObject({
      state: 'done',
      proofPhotos: [PHOTO],
    });
    expect((await act('qq', orderId, { action: 'rate', rating: 5 })).statusCode).toBe(403);
    const rated = await act('resident', orderId, { action: 'rate', rating: 5, note: '师傅很耐心' });
    expect(rated.json()).toMatchObject({ state: 'rated', rating: 5, rateNote: '师傅很耐心' });
    expect(rated.json().timeline.map((e: { action: string }) => e.action)).toEqual(['order', 'take', 'complete', 'rate']);
    // The taker sees the resident's steps under a masked name; staff and the resident see it in full.
    const actorsFor = async (user: string) =>
      (await get(user, `/api/orders/${orderId}`))
        .json()
        .timeline.filter((e: { action: string }) => ['order', 'rate'].includes(e.action))
        .map((e: { actorName: string }) => e.actorName);
    expect(await actorsFor(ids.winner)).toEqual(['王**', '王**']);
    expect(await actorsFor('qq')).toEqual(['王秀英', '王秀英']);
    expect(await actorsFor('resident')).toEqual(['王秀英', '王秀英']);
  });

  it('lets the community dispatch an order to a registered unit, whose liaison then holds it', async () => {
    const id = await order('楼道灯不亮');
    const dispatched = await act('qq', id, { action: 'dispatch', unitId: ids.unit });
    expect(dispatched.json()).toMatchObject({ state: 'taken', takerUnitName: '国网供电中心', takerName: '供电公司联络人' });
    expect((await get('liaison', '/api/orders?mine=taken')).json().items.map((o: { id: string }) => o.id)).toContain(id);
    expect(actionsOf((await get('liaison', `/api/orders/${id}`)).json())).toEqual(['complete', 'release']);
    expect((await act('resident', id, { action: 'cancel' })).statusCode).toBe(409);
  });

  it('shows a resident only their own orders under mine=ordered, and team members the open ones under mine=open', async () => {
    const open = await order('想理发');
    const mine = (await get('resident', '/api/orders?mine=ordered')).json().items;
    expect(mine.every((o: { ordererName: string }) => o.ordererName === '王秀英')).toBe(true);
    expect((await get('racer2', '/api/orders?mine=open')).json().items.map((o: { id: string }) => o.id)).toEqual([open]);
  });
});

describe('orders: scope isolation and bad input', () => {
  it('keeps 清泉社区 orders out of 龙潭社区 lists and answers 404 there', async () => {
    const id = await order('换水龙头');
    for (const user of ['lt', 'ltResident']) {
      expect((await get(user, '/api/orders')).json().items).toEqual([]);
      expect((await get(user, `/api/orders/${id}`)).statusCode).toBe(404);
      expect((await post(user, `/api/orders/${id}/actions`, { action: 'cancel', expectedVersion: 1 })).statusCode).toBe(404);
    }
    expect((await get('qq', '/api/orders')).json().items.map((o: { id: string }) => o.id)).toContain(id);
  });

  it("keeps each community's orders from the sibling community's staff, in lists and details", async () => {
    const ltService = await post('lt', '/api/services', { title: '理发', description: '每月第一个周日', provider: '龙潭社区志愿服务队' });
    expect(ltService.statusCode).toBe(201);
    const ltOrder = await post('ltResident', '/api/orders', { serviceId: ltService.json().id, note: '老人行动不便，请上门' });
    expect(ltOrder.statusCode).toBe(201);
    await expectScopeIsolation({
      app: t.app,
      actors: [
        { cookie: cookie.qq, recordId: await order('洗衣机漏水') },
        { cookie: cookie.lt, recordId: ltOrder.json().id },
      ],
      list: '/api/orders',
      detail: (id) => `/api/orders/${id}`,
    });
  });

  it('answers 400 naming the field, and writes nothing', async () => {
    const before = (await t.deps.db.select().from(serviceOrders)).length;
    const noNote = await post('resident', '/api/orders', { serviceId: ids.service });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().field).toBe('note');
    const elsewhere = await post('ltResident', '/api/orders', { serviceId: ids.service, note: '想要上门服务' });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().field).toBe('serviceId');
    const id = await order('修门锁');
    const badUnit = await act('qq', id, { action: 'dispatch', unitId: newId() });
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().field).toBe('unitId');
    expect((await get('qq', `/api/orders/${id}`)).json()).toMatchObject({ state: 'ordered', version: 1 });
    expect((await t.deps.db.select().from(serviceOrders)).length).toBe(before + 1);
  });
});
