import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';

/** A recurring job; `run` gets a transaction that holds the job's advisory lock. */
export interface Job {
  /** Unique among all jobs: the advisory lock key is derived from it (`jobLockKey`). */
  name: string;
  everyMs: number;
  run(tx: Tx, now: Date): Promise<void>;
}

/**
 * The advisory lock key of the job called `name`: a 32-bit hash, so keys are never picked (or
 * reused) by hand. Renaming a job changes its key: instances of two versions may then both run it
 * for the length of a rolling upgrade.
 */
export function jobLockKey(name: string): number {
  return createHash('sha256').update(`linli.job:${name}`).digest().readInt32BE(0);
}

/** Throws when two jobs share a name or (vanishingly unlikely) a derived lock key: they would block each other's ticks. */
export function assertDistinctJobs(jobs: readonly Job[]): void {
  const seen = new Map<number, string>();
  for (const job of jobs) {
    const key = jobLockKey(job.name);
    const other = seen.get(key);
    if (other !== undefined) throw new Error(`jobs "${other}" and "${job.name}" share the advisory lock key ${key}: rename one`);
    seen.set(key, job.name);
  }
}

/**
 * Runs one tick of a job under a transaction-level Postgres advisory lock (DESIGN rule 7): when
 * several server instances share a database, exactly one of them runs each tick. Returns false
 * when another instance holds the lock.
 */
export async function runJobOnce(db: Db, job: Job, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${jobLockKey(job.name)}) as locked`);
    const locked = (result as unknown as { rows: { locked: boolean }[] }).rows[0]?.locked;
    if (!locked) return false;
    await job.run(tx as Tx, now);
    return true;
  });
}

/** What the scheduler reports of each tick: `ran` (this instance held the lock), `skipped` (another did), `failed`. */
export type JobObserver = (job: string, outcome: 'ran' | 'skipped' | 'failed', seconds: number) => void;

/**
 * Starts every job on its interval; returns a function that stops them and resolves once the runs
 * under way have finished (shutdown closes the database after them). Errors are logged with the
 * error itself (its stack), never thrown.
 */
export function startScheduler(db: Db, jobs: Job[], log: (message: string, err?: unknown) => void, observe?: JobObserver): () => Promise<void> {
  assertDistinctJobs(jobs);
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let busy = false;
    return setInterval(() => {
      if (busy) return;
      busy = true;
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      const run: Promise<void> = runJobOnce(db, job)
        .then((ran) => observe?.(job.name, ran ? 'ran' : 'skipped', seconds()))
        .catch((err) => {
          observe?.(job.name, 'failed', seconds());
          log(`[jobs] ${job.name} failed: ${err instanceof Error ? err.message : String(err)}`, err);
        })
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    }, job.everyMs);
  });
  return async () => {
    timers.forEach(clearInterval);
    await Promise.all([...running]);
  };
}
