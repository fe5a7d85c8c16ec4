import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { EXPORT_EXPIRED, EXPORT_FAILED, EXPORT_READY, EXPORT_RUNNING } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { exportJobs } from './exports.tables';

/** An export job row. */
export type ExportJobRow = typeof exportJobs.$inferSelect;

/** How many of a user's exports are listed. */
const MINE_LIMIT = 20;

/** Stores a new running export. */
export async function insertJob(db: DbOrTx, row: typeof exportJobs.$inferInsert): Promise<ExportJobRow> {
  const [job] = await db.insert(exportJobs).values(row).returning();
  return job;
}

/** One export of `userId` (another user's is as missing as a wrong id). */
export async function findOwnJob(db: DbOrTx, userId: string, id: string): Promise<ExportJobRow | undefined> {
  const [job] = await db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.id, id), eq(exportJobs.userId, userId)));
  return job;
}

/** The user's latest exports, newest first. */
export async function listOwnJobs(db: DbOrTx, userId: string): Promise<ExportJobRow[]> {
  return db.select().from(exportJobs).where(eq(exportJobs.userId, userId)).orderBy(desc(exportJobs.createdAt)).limit(MINE_LIMIT);
}

/** The user's export still writing, if any (one at a time per user). */
export async function findRunningJob(db: DbOrTx, userId: string): Promise<ExportJobRow | undefined> {
  const [job] = await db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.userId, userId), eq(exportJobs.state, EXPORT_RUNNING)))
    .limit(1);
  return job;
}

/** Records progress and proves the writer alive. */
export async function touchJob(db: DbOrTx, id: string, rowsDone: number, now: Date): Promise<void> {
  await db.update(exportJobs).set({ rowsDone, heartbeatAt: now }).where(eq(exportJobs.id, id));
}

/** Marks a running export ready; false when it is no longer running (the sweep gave up on it), so its file must go. */
export async function markReady(db: DbOrTx, id: string, set: { rowsDone: number; fileName: string; finishedAt: Date; expiresAt: Date }): Promise<boolean> {
  const done = await db
    .update(exportJobs)
    .set({ ...set, state: EXPORT_READY, rowsTotal: sql`greatest(${exportJobs.rowsTotal}, ${set.rowsDone})`, heartbeatAt: set.finishedAt })
    .where(and(eq(exportJobs.id, id), eq(exportJobs.state, EXPORT_RUNNING)))
    .returning({ id: exportJobs.id });
  return done.length === 1;
}

/** Marks a running export failed with the reason shown to its requester. */
export async function markFailed(db: DbOrTx, id: string, error: string, now: Date): Promise<void> {
  await db
    .update(exportJobs)
    .set({ state: EXPORT_FAILED, error, finishedAt: now })
    .where(and(eq(exportJobs.id, id), eq(exportJobs.state, EXPORT_RUNNING)));
}

/** Running exports whose writer went silent before `before` (its server stopped): failed, returning their ids. */
export async function failStaleJobs(db: DbOrTx, before: Date, error: string, now: Date): Promise<string[]> {
  const rows = await db
    .update(exportJobs)
    .set({ state: EXPORT_FAILED, error, finishedAt: now })
    .where(and(eq(exportJobs.state, EXPORT_RUNNING), lt(exportJobs.heartbeatAt, before)))
    .returning({ id: exportJobs.id });
  return rows.map((r) => r.id);
}

/** Ready exports past their expiry: marked expired, returning their ids (their files are then removed). */
export async function expireJobs(db: DbOrTx, now: Date): Promise<string[]> {
  const rows = await db
    .update(exportJobs)
    .set({ state: EXPORT_EXPIRED })
    .where(and(eq(exportJobs.state, EXPORT_READY), lt(exportJobs.expiresAt, now)))
    .returning({ id: exportJobs.id });
  return rows.map((r) => r.id);
}
