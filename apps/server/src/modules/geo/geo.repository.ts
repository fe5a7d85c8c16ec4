import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AreaGeometry, BBox, LngLat } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { subtreeCondition } from '../../platform/auth/data-scope';
import { bboxOf } from './geometry/planar';
import { geoAreas, geoPoints } from './geo.tables';

/** An outline as the module reads it. */
export interface AreaRow {
  nodeId: string;
  kind: string;
  path: string;
  geometry: AreaGeometry;
}

/** A point as the module reads it. */
export interface PointRow {
  refId: string;
  kind: string;
  path: string;
  lng: number;
  lat: number;
}

/** Where a written row came from. */
export type GeoSource = 'generated' | 'imported';

const areaColumns = { nodeId: geoAreas.nodeId, kind: geoAreas.kind, path: geoAreas.path, geometry: geoAreas.geometry };
const pointColumns = { refId: geoPoints.refId, kind: geoPoints.kind, path: geoPoints.path, lng: geoPoints.lng, lat: geoPoints.lat };

// The expressions the GiST indexes are built on (geo.tables.ts): a query must spell them the same way to use them.
const AREA_BOX = sql`box(point(${geoAreas.minLng}, ${geoAreas.minLat}), point(${geoAreas.maxLng}, ${geoAreas.maxLat}))`;
const POINT = sql`point(${geoPoints.lng}, ${geoPoints.lat})`;

function boxLiteral([minLng, minLat, maxLng, maxLat]: BBox): SQL {
  return sql`box(point(${minLng}::float8, ${minLat}::float8), point(${maxLng}::float8, ${maxLat}::float8))`;
}

/** Writes outlines (replacing a node's earlier one), in chunks. */
export async function saveAreas(db: DbOrTx, rows: readonly (AreaRow & { source: GeoSource })[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((r) => {
      const [minLng, minLat, maxLng, maxLat] = bboxOf(r.geometry);
      return { ...r, minLng, minLat, maxLng, maxLat };
    });
    await db
      .insert(geoAreas)
      .values(values)
      .onConflictDoUpdate({
        target: geoAreas.nodeId,
        set: {
          kind: sql`excluded.kind`,
          path: sql`excluded.path`,
          geometry: sql`excluded.geometry`,
          minLng: sql`excluded.min_lng`,
          minLat: sql`excluded.min_lat`,
          maxLng: sql`excluded.max_lng`,
          maxLat: sql`excluded.max_lat`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
  }
}

/** Writes points (replacing a building's or complex's earlier one), in chunks. */
export async function savePoints(db: DbOrTx, rows: readonly (PointRow & { source: GeoSource })[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(geoPoints)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: geoPoints.refId,
        set: {
          kind: sql`excluded.kind`,
          path: sql`excluded.path`,
          lng: sql`excluded.lng`,
          lat: sql`excluded.lat`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
  }
}

/** The outlines of `kinds` whose bounding box holds `p` (the prefilter; the caller tests the polygon itself). */
export async function areasWhoseBoxHolds(db: DbOrTx, p: LngLat, kinds: readonly string[], under?: string): Promise<AreaRow[]> {
  const c: SQL[] = [sql`${AREA_BOX} @> ${boxLiteral([p[0], p[1], p[0], p[1]])}`, inArray(geoAreas.kind, [...kinds])];
  if (under) c.push(subtreeCondition(geoAreas.path, under));
  return db
    .select(areaColumns)
    .from(geoAreas)
    .where(and(...c))
    .orderBy(asc(geoAreas.path));
}

/** The outlines of some nodes (those without one are missing from the answer). */
export async function areasOf(db: DbOrTx, nodeIds: readonly string[]): Promise<AreaRow[]> {
  if (nodeIds.length === 0) return [];
  return db
    .select(areaColumns)
    .from(geoAreas)
    .where(inArray(geoAreas.nodeId, [...nodeIds]));
}

/** The outlines of `kind` at or under `path`, in path order. */
export async function areasUnder(db: DbOrTx, path: string, kind?: string): Promise<AreaRow[]> {
  const c: SQL[] = [subtreeCondition(geoAreas.path, path)];
  if (kind) c.push(eq(geoAreas.kind, kind));
  return db
    .select(areaColumns)
    .from(geoAreas)
    .where(and(...c))
    .orderBy(asc(geoAreas.path));
}

/** How many outlines lie at or under `path`. */
export async function countAreasUnder(db: DbOrTx, path: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(geoAreas)
    .where(subtreeCondition(geoAreas.path, path));
  return row?.n ?? 0;
}

/** Which points to read: inside a box, of some kinds, under a path; at most `limit`. */
export interface PointFilter {
  box?: BBox;
  kinds?: readonly string[];
  under?: string;
  refIds?: readonly string[];
  limit?: number;
}

/** Points matching `filter`, in path order. */
export async function queryPoints(db: DbOrTx, filter: PointFilter): Promise<PointRow[]> {
  const c: SQL[] = [];
  if (filter.box) c.push(sql`${POINT} <@ ${boxLiteral(filter.box)}`);
  if (filter.kinds) c.push(inArray(geoPoints.kind, [...filter.kinds]));
  if (filter.under) c.push(subtreeCondition(geoPoints.path, filter.under));
  if (filter.refIds) c.push(filter.refIds.length ? inArray(geoPoints.refId, [...filter.refIds]) : sql`false`);
  const query = db
    .select(pointColumns)
    .from(geoPoints)
    .where(and(...c))
    .orderBy(asc(geoPoints.path), asc(geoPoints.refId));
  return filter.limit === undefined ? query : query.limit(filter.limit);
}
