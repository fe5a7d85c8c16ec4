import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Attempts after which a failing message is left alone (dead-lettered) with its last error. */
export const OUTBOX_MAX_ATTEMPTS = 5;

/**
 * Side effects queued inside the transaction that caused them (DESIGN rule 7) and drained by a
 * job after commit: a rolled-back command leaves no message behind.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    // Serves the cleanup of old processed messages (a range on processed_at); the claim cannot use
    // it for `order by id`, so without the index below it walked the primary key past every
    // processed row (UUIDv7 ids put them all first): slower as the backlog grew.
    index('outbox_pending_idx').on(t.processedAt, t.id),
    // The claim: only claimable messages, in id order, so it stays small and fast whatever the backlog.
    // The predicate repeats OUTBOX_MAX_ATTEMPTS literally so the claim query's text implies it.
    index('outbox_claimable_idx')
      .on(t.id)
      .where(sql`processed_at is null and attempts < ${sql.raw(String(OUTBOX_MAX_ATTEMPTS))}`),
  ],
);
