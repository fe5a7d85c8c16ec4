import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only audit log: every login, every write and every full read of personal information. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    path: text('path'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  // The audit page filters by action, by person and by record, newest first: one index per filter, so a
  // "who read this resident's data" question on a year's log does not scan it.
  (t) => [
    index('audit_log_id_idx').on(t.id.desc()),
    index('audit_log_action_idx').on(t.action, t.id.desc()),
    index('audit_log_user_idx').on(t.userId, t.id.desc()),
    index('audit_log_target_idx').on(t.targetId, t.targetType),
  ],
);
