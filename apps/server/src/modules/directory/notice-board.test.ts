import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { users } from '../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  const worker = await buildActor(t.deps, { username: 'qq-grid', role: 'gridWorker', at: tree.qq.grid, displayName: '赵磊' });
  const lead = await buildActor(t.deps, { username: 'qq-lead', role: 'buildingLead', at: tree.qq.building, displayName: '钱楼长' });
  await buildActor(t.deps, { username: 'lt-grid', role: 'gridWorker', at: tree.lt.grid, displayName: '孙网格' });
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1 });
  // The lead lives in the building and the grid worker in the community: the register holds their phones.
  const leadHome = await addResident(t.deps, tree.qq.house1, { name: '钱楼长', phone: '13911112222' });
  const workerHome = await addResident(t.deps, tree.qq.house2, { name: '赵磊', phone: '13733334444' });
  await t.deps.db.update(users).set({ residentId: leadHome.id }).where(eq(users.id, lead));
  await t.deps.db.update(users).set({ residentId: workerHome.id }).where(eq(users.id, worker));
  for (const u of ['qq', 'lt', 'qq-grid', 'resident']) cookies[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const get = (user: string | null, url: string) => t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies[user] } : {} });

describe('building notice board 楼宇公示牌', () => {
  it("prints one card per building under a community with the lead's and the grid worker's masked phones", async () => {
    const res = await get('qq', `/api/org/nodes/${tree.qq.community.id}/notice-board`);
    expect(res.statusCode).toBe(200);
    const board = res.json();
    expect(board).toMatchObject({ node: { id: tree.qq.community.id, name: '清泉社区', kind: 'community' }, truncated: false });
    expect(board.cards).toEqual([
      {
        buildingId: tree.qq.building.id,
        buildingName: '1号楼',
        complexName: null,
        gridId: tree.qq.grid.id,
        gridName: '清泉社区第一网格',
        communityName: '清泉社区',
        streetName: '临城街道',
        leads: [{ name: '钱楼长', title: null, phoneMasked: '139****2222' }],
        gridWorkers: [{ name: '赵磊', title: null, phoneMasked: '137****4444' }],
      },
    ]);
    expect(res.body).not.toContain('13911112222');
    expect(res.body).not.toContain('13733334444');
  });

  it('finds the grid worker above a single building, and leaves the phone out for staff the register does not hold', async () => {
    const mine = (await get('qq-grid', `/api/org/nodes/${tree.qq.building.id}/notice-board`)).json();
    expect(mine.cards.map((c: { gridWorkers: { name: string }[] }) => c.gridWorkers.map((w) => w.name))).toEqual([['赵磊']]);
    const other = (await get('lt', `/api/org/nodes/${tree.lt.grid.id}/notice-board`)).json();
    expect(other.cards).toHaveLength(1);
    expect(other.cards[0]).toMatchObject({ leads: [], gridWorkers: [{ name: '孙网格', phoneMasked: null }] });
  });

  it("answers 404 outside the caller's scope and for a unit, 403 to a resident, 401 without a session", async () => {
    expect((await get('lt', `/api/org/nodes/${tree.qq.grid.id}/notice-board`)).statusCode).toBe(404);
    expect((await get('qq-grid', `/api/org/nodes/${tree.qq.community.id}/notice-board`)).statusCode).toBe(404);
    expect((await get('qq', `/api/org/nodes/${tree.qq.unit.id}/notice-board`)).statusCode).toBe(404);
    expect((await get('resident', `/api/org/nodes/${tree.qq.grid.id}/notice-board`)).statusCode).toBe(403);
    expect((await get(null, `/api/org/nodes/${tree.qq.grid.id}/notice-board`)).statusCode).toBe(401);
  });
});

describe('the report place a QR code names', () => {
  it("gives a resident the building's grid, and the case reported there lands in that grid at that building", async () => {
    const place = (await get('resident', `/api/org/report-places/${tree.lt.building.id}`)).json();
    expect(place).toEqual({
      buildingId: tree.lt.building.id,
      buildingName: '1号楼',
      complexName: null,
      gridId: tree.lt.grid.id,
      gridName: '龙潭社区第一网格',
      communityName: '龙潭社区',
    });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: cookies.resident },
      payload: { description: '楼道里的灯坏了好几天', gridId: place.gridId, locationNodeId: place.buildingId },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ gridName: '龙潭社区第一网格', address: '1号楼' });
  });

  it('answers 404 for anything but a building and 401 without a session', async () => {
    expect((await get('resident', `/api/org/report-places/${tree.qq.unit.id}`)).statusCode).toBe(404);
    expect((await get('resident', `/api/org/report-places/${tree.qq.grid.id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/org/report-places/${tree.qq.building.id}`)).statusCode).toBe(401);
  });
});
