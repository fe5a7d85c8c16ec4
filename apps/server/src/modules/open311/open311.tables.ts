import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Registered Open311 partner clients (DOMAIN §2 interoperability). Only the SHA-256 of the
 * api_key is kept; each client posts into one district through its own system user, so every
 * case it creates carries that user as creator in the timeline and the audit log.
 */
export const open311Clients = pgTable(
  'open311_clients',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    apiKeyHash: text('api_key_hash').notNull(),
    districtNodeId: uuid('district_node_id').notNull(),
    /** The system user (`open311-…`, no password, disabled for login) the client's cases are created by. */
    userId: uuid('user_id').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('open311_clients_api_key_hash_uq').on(t.apiKeyHash), index('open311_clients_district_idx').on(t.districtNodeId)],
);
