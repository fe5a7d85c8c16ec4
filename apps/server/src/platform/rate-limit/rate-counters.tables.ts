import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Uses counted per key and fixed time window, shared by every instance (budgets that must hold across instances). */
export const rateCounters = pgTable(
  'rate_counters',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
