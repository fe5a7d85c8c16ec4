import { sql } from 'drizzle-orm';
import { doublePrecision, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AreaGeometry } from '@linli/shared';

/**
 * The outline of an area node (district, street, community, grid) as GeoJSON in WGS-84, with its bounding box.
 * No PostGIS: the box is indexed with core GiST (`box(point, point)`), and the exact point-in-polygon test runs
 * in code on the few rows the box leaves (geo.repository.ts). `path` is the node's, for scope and nesting.
 */
export const geoAreas = pgTable(
  'geo_areas',
  {
    nodeId: uuid('node_id').primaryKey(),
    kind: text('kind').notNull(),
    path: text('path').notNull(),
    geometry: jsonb('geometry').$type<AreaGeometry>().notNull(),
    minLng: doublePrecision('min_lng').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLng: doublePrecision('max_lng').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
    /** 'generated' (the demo's Voronoi cells) or 'imported' (`linli import-boundaries`). */
    source: text('source').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('geo_areas_path_uq').using('btree', t.path.op('text_pattern_ops')),
    index('geo_areas_bbox_idx').using('gist', sql`box(point(${t.minLng}, ${t.minLat}), point(${t.maxLng}, ${t.maxLat}))`),
  ],
);

/**
 * A point for a building node or a complex (`kind`), WGS-84. `path` is the building's path or the complex's
 * (its community's), so "points under a node" is one prefix match; the GiST index on `point(lng, lat)`
 * answers a radius box without reading the rest.
 */
export const geoPoints = pgTable(
  'geo_points',
  {
    /** The building's org node id or the complex's id. */
    refId: uuid('ref_id').primaryKey(),
    kind: text('kind').notNull(),
    path: text('path').notNull(),
    lng: doublePrecision('lng').notNull(),
    lat: doublePrecision('lat').notNull(),
    source: text('source').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('geo_points_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('geo_points_point_idx').using('gist', sql`point(${t.lng}, ${t.lat})`),
  ],
);
