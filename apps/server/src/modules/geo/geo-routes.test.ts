import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addResident, buildActor, buildOrgTree } from '../../test-support/factories';
import { buildTestMap, eastOf, MAP_BUILDINGS } from '../../test-support/map-fixture';
import { users } from '../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';

// The API of the geo module on a hand-built map (test-support/map-fixture.ts): locate, places, notice boards.

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const get = (url: string, user: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 });
  tree = await buildOrgTree(t.deps);
  await buildTestMap(t.deps, tree);
  // A building lead who is a resident with a phone on the register (no phone on the account: the register's shows).
  const lead = await addResident(t.deps, tree.qq.house2, { name: '刘楼长', phone: '13800001111' });
  const leadId = await buildActor(t.deps, { username: 'lead', role: 'buildingLead', at: tree.qq.building, displayName: '刘楼长' });
  await t.deps.db.update(users).set({ residentId: lead.id }).where(eq(users.id, leadId));
  // The grid's worker has a work phone on the account (its masked copy is all the account keeps).
  const gridId = await buildActor(t.deps, { username: 'grid', role: 'gridWorker', at: tree.qq.grid, displayName: '王网格' });
  await t.deps.db.update(users).set({ phoneMasked: '139****2222' }).where(eq(users.id, gridId));
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '张大爷' });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  for (const u of ['resident', 'qq', 'lt', 'street', 'lead']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

describe('locate', () => {
  it('names the street, community, grid and the nearest building within 50 m; outside every grid nothing', async () => {
    const [lng, lat] = eastOf(MAP_BUILDINGS.lt, 20);
    const res = await get(`/api/geo/locate?lat=${lat}&lng=${lng}`, 'resident');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      inside: true,
      street: { id: tree.street.id, name: '临城街道' },
      community: { id: tree.lt.community.id, name: '龙潭社区' },
      grid: { id: tree.lt.grid.id },
      building: { id: tree.lt.building.id, name: '1号楼' },
    });
    // The grid's outline comes along for the pin map, and it holds the pin.
    const outline = res.json().gridOutline;
    expect(outline.type).toBe('Polygon');
    const ring = outline.coordinates[0] as [number, number][];
    const lngs = ring.map((c) => c[0]);
    const lats = ring.map((c) => c[1]);
    expect(lng).toBeGreaterThan(Math.min(...lngs));
    expect(lng).toBeLessThan(Math.max(...lngs));
    expect(lat).toBeGreaterThan(Math.min(...lats));
    expect(lat).toBeLessThan(Math.max(...lats));
    expect(res.json().building.distanceMetres).toBeCloseTo(20, 0);
    const far = eastOf(MAP_BUILDINGS.lt, 80);
    expect((await get(`/api/geo/locate?lat=${far[1]}&lng=${far[0]}`, 'resident')).json()).toMatchObject({ inside: true, building: null });
    expect((await get('/api/geo/locate?lat=35.5&lng=117.0', 'resident')).json()).toEqual({
      inside: false,
      street: null,
      community: null,
      grid: null,
      gridOutline: null,
      building: null,
    });
    expect((await get('/api/geo/locate?lat=95&lng=117', 'resident')).json()).toMatchObject({ field: 'lat' });
  });
});

describe('the building notice board', () => {
  it("prints the building's lead with the masked phone and the grid's worker, and the report link", async () => {
    const res = await get(`/api/geo/buildings/${tree.qq.building.id}/notice-board`, 'qq');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      building: { id: tree.qq.building.id, name: '1号楼', code: tree.qq.building.code, complexName: null },
      grid: { id: tree.qq.grid.id, name: '清泉社区第一网格', code: tree.qq.grid.code },
      community: { id: tree.qq.community.id, name: '清泉社区', code: tree.qq.community.code },
      street: { id: tree.street.id, name: '临城街道', code: tree.street.code },
      point: { lng: 117.21, lat: 34.81 },
      leads: [{ name: '刘楼长', phoneMasked: '138****1111' }],
      gridWorkers: [{ name: '王网格', phoneMasked: '139****2222' }],
      reportPath: `/h5/report?building=${tree.qq.building.id}`,
    });
    expect(JSON.stringify(res.json())).not.toContain('13800001111');
    const grid = (await get(`/api/geo/grids/${tree.qq.grid.id}/notice-boards`, 'qq')).json();
    expect(grid.items.map((c: { building: { id: string } }) => c.building.id)).toEqual([tree.qq.building.id]);
    expect((await get(`/api/geo/buildings/${tree.qq.building.id}/notice-board`, 'lt')).statusCode).toBe(404);
    expect((await get(`/api/geo/grids/${tree.qq.grid.id}/notice-boards`, 'lt')).statusCode).toBe(404);
  });

  it('tells a resident who scanned the code which building, grid and community it is, and nothing more', async () => {
    const res = await get(`/api/geo/buildings/${tree.lt.building.id}/place`, 'resident');
    expect(res.json()).toMatchObject({ building: { name: '1号楼' }, grid: { id: tree.lt.grid.id }, community: { name: '龙潭社区' }, point: { lng: 117.23 } });
    expect(Object.keys(res.json()).sort()).toEqual(['building', 'community', 'grid', 'point', 'street']);
    expect((await get(`/api/geo/buildings/${tree.lt.grid.id}/place`, 'resident')).statusCode).toBe(404);
  });
});

describe('places', () => {
  it("lists a node's buildings as points inside the caller's scope only", async () => {
    const res = await get(`/api/geo/nodes/${tree.qq.community.id}/places?kinds=building`, 'qq');
    expect(res.json()).toEqual({
      items: [{ id: tree.qq.building.id, kind: 'building', name: '1号楼', code: tree.qq.building.code, gridId: tree.qq.grid.id, lng: 117.21, lat: 34.81 }],
      truncated: false,
    });
    expect((await get(`/api/geo/nodes/${tree.street.id}/places`, 'street')).json().items).toHaveLength(2);
    expect((await get(`/api/geo/nodes/${tree.street.id}/places?limit=1`, 'street')).json().truncated).toBe(true);
    expect((await get(`/api/geo/nodes/${tree.lt.community.id}/places`, 'qq')).statusCode).toBe(404);
    expect((await get(`/api/geo/nodes/${tree.qq.community.id}/places?bbox=117.3,34.8,117.4,34.9`, 'qq')).json().items).toEqual([]);
    expect((await get(`/api/geo/nodes/${tree.qq.community.id}/places?bbox=north`, 'qq')).json()).toMatchObject({ field: 'bbox' });
  });
});
