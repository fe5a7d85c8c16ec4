import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree } from '../../test-support/factories';
import { buildTestMap, eastOf, MAP_BUILDINGS } from '../../test-support/map-fixture';
import { cases } from '../../test-support/tables';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedCategories } from '../cases';
import { DEMO_API_KEY, ensureDemoOpen311Client } from './open311-clients';

// Open311 requests that give only lat/long, on a hand-built map (test-support/map-fixture.ts).
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildTestMap(t.deps, tree);
  await seedCategories(t.deps.db);
  await ensureDemoOpen311Client(t.deps.db, tree.district.id);
});
afterAll(() => t.close());

describe('Open311 lat/long alone', () => {
  const post = (body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { api_key: DEMO_API_KEY, service_code: 'C0105', ...body } });

  it('places a request in its grid, at the building within 50 m', async () => {
    const [long, lat] = eastOf(MAP_BUILDINGS.qq, 30);
    const res = await post({ lat, long, description: '路灯不亮，晚上很黑' });
    expect(res.statusCode).toBe(200);
    const [answer] = res.json();
    expect(answer.service_notice).toContain('清泉社区第一网格');
    const [row] = await t.deps.db.select().from(cases).where(eq(cases.caseNo, answer.service_request_id));
    expect(row).toMatchObject({ gridId: tree.qq.grid.id, locationNodeId: tree.qq.building.id, lat, lng: long });
  });

  it('answers a point outside the district with the error array and writes nothing', async () => {
    const before = (await t.deps.db.select({ id: cases.id }).from(cases)).length;
    const res = await post({ lat: 35.5, long: 117.0 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual([{ code: 400, description: expect.stringMatching(/经纬度.*不在本区县任何网格内/) }]);
    expect((await t.deps.db.select({ id: cases.id }).from(cases)).length).toBe(before);
  });
});
