import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';

/** A recurring job; `run` gets a transaction that holds the job's advisory lock. */
export interface Job {
  name: string;
  /** Stable lock key, unique per job. */
  lockKey: number;
  everyMs: number;
  run(tx: Tx, now: Date): Promise<void>;
}

/**
 * Runs one tick of a job under a transaction-level Postgres advisory lock (DESIGN rule 7): when
 * several server instances share a database, exactly one of them runs each tick. Returns false
 * when another instance holds the lock.
 */
export async function runJobOnce(db: Db, job: Job, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${job.lockKey}) as locked`);
    const locked = (result as unknown as { rows: { locked: boolean }[] }).rows[0]?.locked;
    if (!locked) return false;
    await job.run(tx as Tx, now);
    return true;
  });
}

/** Starts every job on its interval; returns a function that stops them. Errors are logged, never thrown. */
export function startScheduler(db: Db, jobs: Job[], log: (message: string) => void): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    return setInterval(() => {
      if (running) return;
      running = true;
      runJobOnce(db, job)
        .catch((err) => log(`[jobs] ${job.name} failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => {
          running = false;
        });
    }, job.everyMs);
  });
  return () => timers.forEach(clearInterval);
}
