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

// The web's 楼宇公示牌 and the report page its QR code opens read these (apps/web/src/modules/org/notice-board/).
describe('building notice board 楼宇公示牌', () => {
  it("prints one card per building of a grid with the lead's and the grid worker's masked phones and the report path", async () => {
    const res = await get('qq', `/api/geo/grids/${tree.qq.grid.id}/notice-boards`);
    expect(res.statusCode).toBe(200);
    const cards = res.json().items;
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      building: { id: tree.qq.building.id, name: '1号楼', complexName: null },
      grid: { id: tree.qq.grid.id, name: '清泉社区第一网格' },
      community: { name: '清泉社区' },
      street: { name: '临城街道' },
      leads: [{ name: '钱楼长', phoneMasked: '139****2222' }],
      gridWorkers: [{ name: '赵磊', phoneMasked: '137****4444' }],
      reportPath: `/h5/report?building=${tree.qq.building.id}`,
    });
    expect(res.body).not.toContain('13911112222');
    expect(res.body).not.toContain('13733334444');
  });

  it("prints one building's card for its grid worker, and leaves the phone out for staff the register does not hold", async () => {
    const mine = (await get('qq-grid', `/api/geo/buildings/${tree.qq.building.id}/notice-board`)).json();
    expect(mine.gridWorkers.map((w: { name: string }) => w.name)).toEqual(['赵磊']);
    const other = (await get('lt', `/api/geo/grids/${tree.lt.grid.id}/notice-boards`)).json().items;
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ leads: [], gridWorkers: [{ name: '孙网格', phoneMasked: null }] });
  });

  it("answers 404 outside the caller's staff-directory scope and for a unit, 403 to a resident, 401 without a session", async () => {
    expect((await get('lt', `/api/geo/grids/${tree.qq.grid.id}/notice-boards`)).statusCode).toBe(404);
    expect((await get('lt', `/api/geo/buildings/${tree.qq.building.id}/notice-board`)).statusCode).toBe(404);
    expect((await get('qq', `/api/geo/buildings/${tree.qq.unit.id}/notice-board`)).statusCode).toBe(404);
    expect((await get('resident', `/api/geo/grids/${tree.qq.grid.id}/notice-boards`)).statusCode).toBe(403);
    expect((await get(null, `/api/geo/grids/${tree.qq.grid.id}/notice-boards`)).statusCode).toBe(401);
  });
});

describe('the building a QR code names', () => {
  it("gives a resident the building's grid, and the case reported there lands in that grid at that building", async () => {
    const place = (await get('resident', `/api/geo/buildings/${tree.lt.building.id}/place`)).json();
    expect(place).toMatchObject({
      building: { id: tree.lt.building.id, name: '1号楼' },
      grid: { id: tree.lt.grid.id, name: '龙潭社区第一网格' },
      community: { name: '龙潭社区' },
    });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: cookies.resident },
      payload: { description: '楼道里的灯坏了好几天', gridId: place.grid.id, locationNodeId: place.building.id },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ gridName: '龙潭社区第一网格', address: '1号楼' });
  });

  it('answers 404 for anything but a building and 401 without a session', async () => {
    expect((await get('resident', `/api/geo/buildings/${tree.qq.unit.id}/place`)).statusCode).toBe(404);
    expect((await get('resident', `/api/geo/buildings/${tree.qq.grid.id}/place`)).statusCode).toBe(404);
    expect((await get(null, `/api/geo/buildings/${tree.qq.building.id}/place`)).statusCode).toBe(401);
  });
});
