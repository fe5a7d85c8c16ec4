import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaGeometry, LngLat } from '@linli/shared';
import type { OpenDatabase } from '../../platform/db/database';
import { openTestDatabase } from '../../platform/db/test-database';
import { newId } from '../../platform/ids';
import { distanceMetres } from './geometry/distance';
import { saveAreas, savePoints } from './geo.repository';
import { findGridAt, nearestPoints } from './spatial';

// A hand-built map near 薛城 (34.8°N 117.2°E), every shape chosen so a bounding box alone would answer wrong.
const square = (x0: number, y0: number, x1: number, y1: number): LngLat[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const MAP: Record<string, AreaGeometry> = {
  // A with a hole, and B filling the hole: a point in the hole is B's, though A's box holds it too.
  A: { type: 'Polygon', coordinates: [square(117.2, 34.8, 117.21, 34.81), square(117.204, 34.804, 117.206, 34.806)] },
  B: { type: 'Polygon', coordinates: [square(117.204, 34.804, 117.206, 34.806)] },
  // C is an L; D fills its notch, inside C's box.
  C: {
    type: 'Polygon',
    coordinates: [
      [
        [117.21, 34.8],
        [117.23, 34.8],
        [117.23, 34.82],
        [117.22, 34.82],
        [117.22, 34.81],
        [117.21, 34.81],
        [117.21, 34.8],
      ],
    ],
  },
  D: { type: 'Polygon', coordinates: [square(117.21, 34.81, 117.22, 34.82)] },
  // E is two squares far apart: the gap between them is nobody's.
  E: { type: 'MultiPolygon', coordinates: [[square(117.3, 34.8, 117.31, 34.81)], [square(117.33, 34.8, 117.34, 34.81)]] },
};

let db: OpenDatabase;
const ids: Record<string, string> = {};

/** A position `east` and `north` metres from `from` (flat-earth offsets, fine at these distances). */
function offset(from: LngLat, east: number, north: number): LngLat {
  return [from[0] + east / (111_320 * Math.cos((from[1] * Math.PI) / 180)), from[1] + north / 110_574];
}
const CENTRE: LngLat = [117.205, 34.802];

beforeAll(async () => {
  db = await openTestDatabase();
  const names = Object.keys(MAP);
  for (const name of names) ids[name] = newId();
  await saveAreas(
    db.db,
    names.map((name, i) => ({
      nodeId: ids[name],
      kind: 'grid',
      path: `/370403/370403001/370403001001/37040300100${i}/`,
      geometry: MAP[name],
      source: 'imported',
    })),
  );
  const points: [string, number, number, string][] = [
    ['east10', 10, 0, 'A'],
    ['east30', 30, 0, 'A'],
    ['north40', 0, 40, 'A'],
    ['east60', 60, 0, 'A'],
    // Inside the 50 m search box but 63.6 m away: only the exact distance leaves it out.
    ['corner', 45, 45, 'A'],
    ['otherGrid20', -20, 0, 'B'],
  ];
  await savePoints(
    db.db,
    points.map(([name, east, north, grid]) => {
      ids[name] = newId();
      const [lng, lat] = offset(CENTRE, east, north);
      const gridPath = `/370403/370403001/370403001001/37040300100${names.indexOf(grid)}/`;
      return { refId: ids[name], kind: 'building', path: `${gridPath}${name}/`, lng, lat, source: 'generated' };
    }),
  );
});
afterAll(async () => db.close());

describe('point in polygon', () => {
  const cases: [string, LngLat, string | undefined][] = [
    ['inside A', [117.201, 34.801], 'A'],
    ["in A's hole: B", [117.205, 34.805], 'B'],
    ['in the L', [117.225, 34.805], 'C'],
    ["in the L's notch: D", [117.215, 34.815], 'D'],
    ["in E's first part", [117.305, 34.805], 'E'],
    ["in E's second part", [117.335, 34.805], 'E'],
    ["between E's parts (inside its box)", [117.32, 34.805], undefined],
    ['outside the map', [117.5, 35.0], undefined],
  ];
  it.each(cases)('%s', async (_, p, expected) => {
    const grid = await findGridAt(db.db, p);
    expect(grid?.nodeId).toBe(expected ? ids[expected] : undefined);
  });

  it('looks only under the path it is given', async () => {
    expect(await findGridAt(db.db, [117.201, 34.801], '/370403/370403001/370403001001/370403001001/')).toBeUndefined();
    expect((await findGridAt(db.db, [117.201, 34.801], '/370403/'))?.nodeId).toBe(ids.A);
  });
});

describe('nearest points within a radius', () => {
  it('returns the points within the radius, nearest first, measured in metres', async () => {
    const near = await nearestPoints(db.db, CENTRE, { radiusMetres: 50, limit: 10, kinds: ['building'] });
    expect(near.map((p) => p.refId)).toEqual([ids.east10, ids.otherGrid20, ids.east30, ids.north40]);
    expect(near[0].distanceMetres).toBeCloseTo(10, 0);
    expect(near[3].distanceMetres).toBeCloseTo(40, 0);
    expect(distanceMetres(CENTRE, offset(CENTRE, 45, 45))).toBeGreaterThan(50);
  });

  it('stops at the limit, keeps to the path and the kinds asked', async () => {
    expect((await nearestPoints(db.db, CENTRE, { radiusMetres: 50, limit: 2 })).map((p) => p.refId)).toEqual([ids.east10, ids.otherGrid20]);
    const gridA = '/370403/370403001/370403001001/370403001000/';
    expect((await nearestPoints(db.db, CENTRE, { radiusMetres: 100, limit: 10, under: gridA })).map((p) => p.refId)).toEqual([
      ids.east10,
      ids.east30,
      ids.north40,
      ids.east60,
      ids.corner,
    ]);
    expect(await nearestPoints(db.db, CENTRE, { radiusMetres: 100, limit: 10, kinds: ['complex'] })).toEqual([]);
    expect(await nearestPoints(db.db, [117.5, 35], { radiusMetres: 50, limit: 10 })).toEqual([]);
  });
});
