import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A household (户) living at a house node; `path` is the house's path. */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey(),
    houseId: uuid('house_id').notNull(),
    path: text('path').notNull(),
    householdNo: text('household_no').notNull(),
    address: text('address').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('households_house_uq').on(t.houseId), index('households_path_idx').using('btree', t.path.op('text_pattern_ops'))],
);

/**
 * Residents (居民). PIPL: ID number and phone are stored only encrypted (`*_enc`), with a keyed
 * hash for exact lookup and de-duplication (`*_hash`) and the masked form lists show (`*_masked`).
 */
export const residents = pgTable(
  'residents',
  {
    id: uuid('id').primaryKey(),
    householdId: uuid('household_id').notNull(),
    path: text('path').notNull(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    relation: text('relation').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    phoneMasked: text('phone_masked'),
    tags: text('tags').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('residents_id_number_hash_uq').on(t.idNumberHash),
    index('residents_household_idx').on(t.householdId),
    index('residents_path_idx').using('btree', t.path.op('text_pattern_ops'), t.id),
    index('residents_name_idx').using('btree', t.name.op('text_pattern_ops')),
    index('residents_phone_hash_idx').on(t.phoneHash),
  ],
);
