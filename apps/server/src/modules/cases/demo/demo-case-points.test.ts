import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../../platform/crypto/pii-cipher';
import type { OpenDatabase } from '../../../platform/db/database';
import { openTestDatabase } from '../../../platform/db/test-database';
import { createChinaCalendar } from '../../../platform/time/working-calendar';
import { generateDemoDistrict } from '../../directory';
import { findGridAt, generateDemoGeometry } from '../../geo';
import { seedCategories } from '../categories.repository';
import { generateDemoCases } from './generate-demo-cases';
import { placeDemoCases } from './demo-case-points';

// The first start of a demo: district, its geometry, cases, then the open cases on the map; and the starts after it.
let database: OpenDatabase;
const rows = async <T>(query: ReturnType<typeof sql>) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedCategories(database.db);
  await generateDemoDistrict(database.db, createPiiCipher('test'), { households: 600, seed: 3, demoPassword: 'test-password' });
  await generateDemoCases(database.db, createChinaCalendar(), { count: 200, now: new Date('2026-11-20T10:00:00+08:00') });
}, 300_000);
afterAll(() => database.close());

describe('demo geometry', () => {
  it('outlines the district, every street, community and grid, and puts every building in its own grid', async () => {
    const totals = await generateDemoGeometry(database.db);
    const [counts] = await rows<{ areas: number; buildings: number }>(
      sql`select (select count(*) from org_nodes where kind in ('district', 'street', 'community', 'grid'))::int as areas,
                 (select count(*) from org_nodes where kind = 'building')::int as buildings`,
    );
    expect(totals).toMatchObject({ outlines: counts.areas, buildingPoints: counts.buildings });
    expect(totals.complexPoints).toBeGreaterThan(0);
    const points = await rows<{ lng: number; lat: number; path: string }>(sql`select lng, lat, path from geo_points where kind = 'building'`);
    for (const p of points) {
      const grid = await findGridAt(database.db, [p.lng, p.lat]);
      expect(grid && p.path.startsWith(grid.path), p.path).toBe(true);
    }
  }, 300_000);

  it('writes nothing on the next start', async () => {
    const before = await rows(sql`select node_id, updated_at from geo_areas order by node_id`);
    expect(await generateDemoGeometry(database.db)).toEqual({ outlines: 0, buildingPoints: 0, complexPoints: 0 });
    expect(await rows(sql`select node_id, updated_at from geo_areas order by node_id`)).toEqual(before);
  });
});

describe('demo case points', () => {
  it('gives every case, open and closed, a building of its grid and a point beside it, once', async () => {
    const placed = await placeDemoCases(database.db);
    const [counts] = await rows<{ all: number; closed: number }>(
      sql`select count(*)::int as all, count(*) filter (where state in ('closed', 'rejected', 'merged'))::int as closed from cases`,
    );
    const [pinned] = await rows<{ all: number; closed: number }>(
      sql`select count(*)::int as all, count(*) filter (where state in ('closed', 'rejected', 'merged'))::int as closed from cases where lat is not null`,
    );
    // Left without a point: only a case already placed at a building (as reported), or in a grid without a building point.
    const unplaced = await rows<{ id: string }>(
      sql`select c.id from cases c where c.lat is null and c.location_node_id is null
          and exists (select 1 from geo_points p where p.kind = 'building' and p.path like c.path || '%')`,
    );
    expect(unplaced).toEqual([]);
    expect(placed).toBe(pinned.all);
    expect(pinned.all).toBeGreaterThan(counts.all * 0.9);
    expect(pinned.closed).toBeGreaterThan(0);
    const wrong = await rows(
      sql`select c.id from cases c left join org_nodes b on b.id = c.location_node_id
          where c.lat is not null and (b.kind <> 'building' or b.path not like c.path || '%')`,
    );
    expect(wrong).toEqual([]);
    const [far] = await rows<{ n: number }>(
      sql`select count(*)::int as n from cases c join geo_points p on p.ref_id = c.location_node_id where abs(c.lng - p.lng) > 0.0001 or abs(c.lat - p.lat) > 0.0001`,
    );
    expect(far.n).toBe(0);
    expect(await placeDemoCases(database.db)).toBe(0);
  });

  it('places the closed cases of a data directory whose open cases were placed before closed ones were', async () => {
    await database.db.execute(sql`update cases set lat = null, lng = null, location_node_id = null where state in ('closed', 'rejected', 'merged')`);
    const [closed] = await rows<{ n: number }>(sql`select count(*)::int as n from cases where state in ('closed', 'rejected', 'merged')`);
    const placed = await placeDemoCases(database.db);
    expect(placed).toBeGreaterThan(0);
    const [left] = await rows<{ n: number }>(sql`select count(*)::int as n from cases where lat is null and state in ('closed', 'rejected', 'merged')`);
    expect(placed + left.n).toBe(closed.n);
    // The open cases kept their points: the pass touched the closed ones only.
    expect(await placeDemoCases(database.db)).toBe(0);
  });
});
