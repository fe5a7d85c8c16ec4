import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Local working-day overrides on top of China's official calendar (e.g. a district's own day off). */
export const calendarOverrides = pgTable('calendar_overrides', {
  day: text('day').primaryKey(),
  workday: boolean('workday').notNull(),
  note: text('note').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
