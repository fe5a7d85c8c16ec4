import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The one area tree (DOMAIN §1): district → street → community → grid → (micro-grid) → building →
 * unit → house, plus departments. `path` is the materialised path of codes, e.g.
 * `/370403/370403001/370403001001/370403001001001/`; "inside my subtree" is one prefix match.
 */
export const orgNodes = pgTable(
  'org_nodes',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    sort: integer('sort').notNull().default(0),
    gridType: text('grid_type'),
    complexId: uuid('complex_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_nodes_path_uq').using('btree', t.path.op('text_pattern_ops')),
    index('org_nodes_parent_idx').on(t.parentId, t.sort, t.code),
    index('org_nodes_name_idx').using('btree', t.name.op('text_pattern_ops')),
    index('org_nodes_code_idx').on(t.code),
    // "Every community (grid, street) under this path": figures start from it; without it a district reads all 23k nodes.
    index('org_nodes_kind_path_idx').using('btree', t.kind, t.path.op('text_pattern_ops')),
  ],
);

/** Residential complexes (小区): belong to a community, may span grids; buildings point at them. */
export const complexes = pgTable(
  'complexes',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complexes_path_idx').using('btree', t.path.op('text_pattern_ops')), uniqueIndex('complexes_community_name_uq').on(t.communityId, t.name)],
);

/** Party organisations mirrored on the area tree; `path` is the mirrored area node's path, for scope. */
export const partyOrgs = pgTable(
  'party_orgs',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    areaNodeId: uuid('area_node_id'),
    path: text('path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('party_orgs_path_idx').using('btree', t.path.op('text_pattern_ops')), index('party_orgs_parent_idx').on(t.parentId)],
);

/** Key/value facts about this deployment (e.g. when the demo district was generated). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});
