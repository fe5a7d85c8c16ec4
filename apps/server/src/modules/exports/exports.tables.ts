import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EXPORT_RUNNING } from '@linli/shared';
import type { ActorSnapshot } from '../../platform/auth/actor-snapshot';

/**
 * Excel exports written in the background: who asked, which list with which filters, the posts they
 * held then (the scope is rebuilt from them), progress, and the file once it is complete.
 */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    actor: jsonb('actor').$type<ActorSnapshot>().notNull(),
    /** running → ready | failed; ready → expired when the file is removed. */
    state: text('state').notNull(),
    rowsDone: integer('rows_done').notNull().default(0),
    rowsTotal: integer('rows_total').notNull().default(0),
    fileName: text('file_name'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Touched after every page: a running export whose heartbeat stops (its server died) is marked failed by the sweep. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    index('export_jobs_user_idx').on(t.userId, t.createdAt),
    index('export_jobs_state_idx').on(t.state, t.heartbeatAt),
    // One running export per user: two requests at once cannot both start one.
    uniqueIndex('export_jobs_one_running_idx')
      .on(t.userId)
      .where(sql`state = ${sql.raw(`'${EXPORT_RUNNING}'`)}`),
  ],
);
