import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrgTree } from '../../test-support/factories';
import { boxPolygon, buildTestMap } from '../../test-support/map-fixture';
import { complexes, geoAreas, geoPoints, orgNodes } from '../../test-support/tables';
import { newId } from '../../platform/ids';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { pointInGeometry } from './geometry/planar';
import { importBoundaries } from './import-boundaries';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
const complexId = newId();

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildOrgTree(t.deps);
  await buildTestMap(t.deps, tree);
  // Two nodes share a name, so a feature naming it without a code cannot be placed.
  await t.deps.db
    .update(orgNodes)
    .set({ name: '第一网格' })
    .where(inArray(orgNodes.id, [tree.qq.grid.id, tree.lt.grid.id]));
  // 清泉's building belongs to a complex whose point stands by it: the import must carry the point along.
  await t.deps.db.insert(complexes).values({ id: complexId, communityId: tree.qq.community.id, path: tree.qq.community.path, name: '清泉小区' });
  await t.deps.db.update(orgNodes).set({ complexId }).where(eq(orgNodes.id, tree.qq.building.id));
  await t.deps.db
    .insert(geoPoints)
    .values({ refId: complexId, kind: 'complex', path: tree.qq.community.path, lng: 117.2101, lat: 34.8101, source: 'generated' });
});
afterAll(() => t.close());

const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
// 清泉's grid shrinks to its south-west corner: its building (117.21, 34.81) is left outside.
const SMALL_GRID = boxPolygon(117.2, 34.8, 117.205, 34.805);
const FILE = {
  type: 'FeatureCollection',
  features: [
    feature({ code: '370403001001001' }, SMALL_GRID),
    feature({ name: '龙潭社区' }, boxPolygon(117.22, 34.8, 117.25, 34.83)),
    feature({ name: '火星社区' }, boxPolygon(100, 30, 101, 31)),
    feature({ name: '第一网格' }, boxPolygon(117.2, 34.8, 117.21, 34.81)),
    feature({ name: '清泉社区' }, { type: 'Point', coordinates: [117.2, 34.8] }),
  ],
};

describe('import-boundaries', () => {
  it('dry-run reports each feature and writes nothing', async () => {
    const before = await t.deps.db.select().from(geoAreas);
    const report = await t.deps.db.transaction((tx) => importBoundaries(tx, FILE, { districtPath: tree.district.path, dryRun: true }));
    expect(report.features.map((f) => [f.index, f.status, f.node?.id])).toEqual([
      [1, 'matched', tree.qq.grid.id],
      [2, 'matched', tree.lt.community.id],
      [3, 'unmatched', undefined],
      [4, 'ambiguous', undefined],
      [5, 'invalid', undefined],
    ]);
    expect(report.features[3].reason).toContain('code');
    expect(report).toMatchObject({ saved: 2, buildingsReplaced: 0, complexesPlaced: 0 });
    expect(await t.deps.db.select().from(geoAreas)).toEqual(before);
  });

  it('replaces the matched outlines and moves the buildings the new grid outline leaves outside', async () => {
    const report = await t.deps.db.transaction((tx) => importBoundaries(tx, FILE, { districtPath: tree.district.path }));
    expect(report).toMatchObject({ saved: 2, buildingsReplaced: 1, complexesPlaced: 1 });
    const [grid] = await t.deps.db.select().from(geoAreas).where(eq(geoAreas.nodeId, tree.qq.grid.id));
    expect(grid).toMatchObject({ geometry: SMALL_GRID, source: 'imported', minLng: 117.2, maxLng: 117.205, maxLat: 34.805 });
    const [building] = await t.deps.db.select().from(geoPoints).where(eq(geoPoints.refId, tree.qq.building.id));
    expect(pointInGeometry([building.lng, building.lat], SMALL_GRID)).toBe(true);
    // The complex's point follows its (one) building into the new grid; it keeps the community's path.
    const [complex] = await t.deps.db.select().from(geoPoints).where(eq(geoPoints.refId, complexId));
    expect(complex).toMatchObject({ kind: 'complex', path: tree.qq.community.path, lng: building.lng, lat: building.lat });
    // 龙潭's building still stands inside its (larger) grid: left where it was.
    const [lt] = await t.deps.db.select().from(geoPoints).where(eq(geoPoints.refId, tree.lt.building.id));
    expect([lt.lng, lt.lat]).toEqual([117.23, 34.81]);
  });

  it('converts GCJ-02 to WGS-84 and closes an open ring', async () => {
    const open = [
      [117.2, 34.8],
      [117.22, 34.8],
      [117.22, 34.82],
      [117.2, 34.82],
    ];
    await t.deps.db.transaction((tx) =>
      importBoundaries(
        tx,
        { type: 'FeatureCollection', features: [feature({ adcode: tree.qq.community.code }, { type: 'Polygon', coordinates: [open] })] },
        {
          districtPath: tree.district.path,
          crs: 'gcj02',
        },
      ),
    );
    const [row] = await t.deps.db.select().from(geoAreas).where(eq(geoAreas.nodeId, tree.qq.community.id));
    const ring = (row.geometry.coordinates as number[][][])[0];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    // GCJ-02 is shifted east and north of WGS-84 here by a few hundred metres.
    expect(ring[0][0]).toBeLessThan(117.2);
    expect(117.2 - ring[0][0]).toBeLessThan(0.01);
  });

  it('refuses a file that is not a FeatureCollection', async () => {
    await expect(importBoundaries(t.deps.db, { type: 'Feature' }, { districtPath: tree.district.path })).rejects.toThrow(/FeatureCollection/);
  });
});
