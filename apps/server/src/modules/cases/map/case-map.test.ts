import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeMapResponse } from '@linli/shared';
import { buildActor, buildOrgTree } from '../../../test-support/factories';
import { buildTestMap, eastOf, MAP_BUILDINGS } from '../../../test-support/map-fixture';
import { cases } from '../../../test-support/tables';
import { createTestApp, loginAs, type TestApp } from '../../../test-support/test-app';
import { seedCategories } from '../categories.repository';

// Cases on a hand-built map (test-support/map-fixture.ts): a pinned report is placed by its pin; the map's figures and points.

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const cookie: Record<string, string> = {};
const get = (url: string, user: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user] } });

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 });
  tree = await buildOrgTree(t.deps);
  await buildTestMap(t.deps, tree);
  await seedCategories(t.deps.db);
  await buildActor(t.deps, { username: 'resident', role: 'resident', at: tree.qq.house1, displayName: '张大爷' });
  await buildActor(t.deps, { username: 'qq', role: 'communityStaff', at: tree.qq.community });
  await buildActor(t.deps, { username: 'lt', role: 'communityStaff', at: tree.lt.community });
  await buildActor(t.deps, { username: 'street', role: 'streetOfficer', at: tree.street });
  for (const u of ['resident', 'qq', 'lt', 'street']) cookie[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

async function report(user: string, body: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: cookie[user] },
    payload: { description: '楼下路灯不亮好几天了，晚上回家要摸黑，老人孩子容易摔倒，请尽快修一修', ...body },
  });
}
async function caseRow(id: string) {
  const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, id));
  return row;
}

describe('a pinned report', () => {
  it('lands in the grid holding the pin, at the building within 50 m, and keeps the coordinate', async () => {
    const [lng, lat] = eastOf(MAP_BUILDINGS.lt, 15);
    const res = await report('resident', { lat, lng });
    expect(res.statusCode).toBe(201);
    const row = await caseRow(res.json().id);
    expect(row).toMatchObject({ gridId: tree.lt.grid.id, locationNodeId: tree.lt.building.id, lat, lng, address: '1号楼' });
  });

  it('without a building near lands in the grid alone; a hand-chosen grid wins over the pin', async () => {
    const [lng, lat] = eastOf(MAP_BUILDINGS.qq, 200);
    const alone = await caseRow((await report('resident', { lat, lng })).json().id);
    expect(alone).toMatchObject({ gridId: tree.qq.grid.id, locationNodeId: null });
    const [pinLng, pinLat] = eastOf(MAP_BUILDINGS.lt, 5);
    const chosen = await caseRow((await report('resident', { lat: pinLat, lng: pinLng, gridId: tree.qq.grid.id })).json().id);
    expect(chosen).toMatchObject({ gridId: tree.qq.grid.id, locationNodeId: null, lat: pinLat });
  });

  it('refuses a pin outside every grid, or half a coordinate, naming the field', async () => {
    const before = (await t.deps.db.select({ id: cases.id }).from(cases)).length;
    const outside = await report('resident', { lat: 35.5, lng: 117.0 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().field).toBe('lat');
    const half = await report('resident', { lat: 34.81 });
    expect(half.statusCode).toBe(400);
    expect(half.json().field).toBe('lng');
    expect((await t.deps.db.select({ id: cases.id }).from(cases)).length).toBe(before);
  });
});

describe('the map', () => {
  it("shows a community's staff their community and its grids, with figures, and nothing of other communities", async () => {
    const res = await get(`/api/geo/nodes/${tree.qq.community.id}/map`, 'qq');
    expect(res.statusCode).toBe(200);
    const map = res.json() as NodeMapResponse;
    expect(map.node).toMatchObject({ id: tree.qq.community.id, level: 'community', outline: { properties: { name: '清泉社区' } } });
    expect(map.children.features.map((f) => f.properties.id)).toEqual([tree.qq.grid.id]);
    // Reports above: one pinned near 清泉 without a building, one whose grid was chosen by hand.
    expect(map.children.features[0].properties).toMatchObject({ level: 'grid', code: tree.qq.grid.code, openCases: 2, casesLast30Days: 2 });
    expect(map.zoom).toBe(15);
    expect(map.bbox).toEqual([117.2, 34.8, 117.22, 34.82]);
    for (const url of [`/api/geo/nodes/${tree.street.id}/map`, `/api/geo/nodes/${tree.lt.community.id}/map`, `/api/geo/nodes/${tree.lt.grid.id}/case-points`]) {
      expect((await get(url, 'qq')).statusCode, url).toBe(404);
    }
  });

  it("shows a street's officer each community with its own figures", async () => {
    const map = (await get(`/api/geo/nodes/${tree.street.id}/map?zoom=12`, 'street')).json() as NodeMapResponse;
    expect(map.zoom).toBe(12);
    expect(Object.fromEntries(map.children.features.map((f) => [f.properties.name, f.properties.openCases]))).toEqual({ 清泉社区: 2, 龙潭社区: 1 });
    expect(map.node.outline?.properties.openCases).toBe(3);
    expect(map.withoutOutline).toEqual([]);
  });

  it('puts open cases with a coordinate on the map, without reporter or description, and keeps residents out', async () => {
    const res = await get(`/api/geo/nodes/${tree.lt.community.id}/case-points`, 'lt');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ gridId: tree.lt.grid.id, state: 'submitted' });
    const text = JSON.stringify([items, (await get(`/api/geo/nodes/${tree.street.id}/map`, 'street')).json()]);
    // The title is the description's first 24 characters, as in every case list; the rest never leaves.
    for (const secret of ['张大爷', '孩子容易摔倒', '138', 'reporter', 'description']) expect(text).not.toContain(secret);
    expect((await get(`/api/geo/nodes/${tree.qq.community.id}/map`, 'resident')).statusCode).toBe(403);
    expect((await get(`/api/geo/nodes/${tree.qq.community.id}/case-points`, 'resident')).statusCode).toBe(403);
  });
});

describe('a staff intake with a pin', () => {
  it("lands in the pin's grid at the building within 50 m, keeps the point and shows on the map's case points", async () => {
    const [lng, lat] = eastOf(MAP_BUILDINGS.qq, 10);
    const res = await report('qq', { lat, lng, channel: 'patrol', reporterName: '王女士' });
    expect(res.statusCode).toBe(201);
    const row = await caseRow(res.json().id);
    expect(row).toMatchObject({ gridId: tree.qq.grid.id, locationNodeId: tree.qq.building.id, lat, lng, channel: 'patrol', address: '1号楼' });
    const points = (await get(`/api/geo/nodes/${tree.qq.community.id}/case-points`, 'qq')).json().items as { id: string; lng: number; lat: number }[];
    expect(points.find((p) => p.id === row.id)).toMatchObject({ lng, lat, gridId: tree.qq.grid.id });
    // The street's officer sees it on the street's map too.
    const street = (await get(`/api/geo/nodes/${tree.street.id}/case-points`, 'street')).json().items as { id: string }[];
    expect(street.map((p) => p.id)).toContain(row.id);
  });

  it("refuses a pin in another community's grid, naming the pin, and writes nothing", async () => {
    const before = (await t.deps.db.select({ id: cases.id }).from(cases)).length;
    const [lng, lat] = eastOf(MAP_BUILDINGS.lt, 10);
    const res = await report('qq', { lat, lng, channel: 'patrol' });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('lat');
    expect((await t.deps.db.select({ id: cases.id }).from(cases)).length).toBe(before);
  });
});
