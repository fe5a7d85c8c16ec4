import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import { newId } from '../ids';
import { OUTBOX_MAX_ATTEMPTS, outbox } from './outbox.tables';

/** Queues a message; call it inside the transaction of the change that causes it. */
export async function enqueue(db: DbOrTx, topic: string, payload: Record<string, unknown>): Promise<void> {
  await db.insert(outbox).values({ id: newId(), topic, payload });
}

/** The row a queued message is stored as (for writers that batch their own inserts). */
export function outboxRow(topic: string, payload: Record<string, unknown>): { id: string; topic: string; payload: Record<string, unknown> } {
  return { id: newId(), topic, payload };
}

/** Queues several messages in one statement; call it inside the transaction of the change that causes them. */
export async function enqueueMany(db: DbOrTx, messages: { topic: string; payload: Record<string, unknown> }[]): Promise<void> {
  if (messages.length > 0) await db.insert(outbox).values(messages.map((m) => outboxRow(m.topic, m.payload)));
}

/** Handles messages of one topic, one at a time. */
export type OutboxHandler = (payload: Record<string, unknown>, tx: DbOrTx) => Promise<void>;

/** Handles a run of consecutive messages of one topic in one go: a few statements for all of them. */
export interface OutboxRunHandler {
  run(payloads: Record<string, unknown>[], tx: DbOrTx): Promise<void>;
}

/** The handler of each topic; a topic without one is marked processed untouched. */
export type OutboxHandlers = Record<string, OutboxHandler | OutboxRunHandler>;

/** Merges the handler lists of several modules into one; two modules handling the same topic is a wiring error. */
export function combineOutboxHandlers(...lists: OutboxHandlers[]): OutboxHandlers {
  const combined: OutboxHandlers = {};
  for (const list of lists) {
    for (const [topic, handler] of Object.entries(list)) {
      if (topic in combined) throw new Error(`two outbox handlers for topic ${topic}`);
      combined[topic] = handler;
    }
  }
  return combined;
}

function handle(handler: OutboxHandler | OutboxRunHandler, payloads: Record<string, unknown>[], tx: DbOrTx): Promise<void> {
  return typeof handler === 'function' ? handler(payloads[0], tx) : handler.run(payloads, tx);
}

interface Claimed {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/** Splits claimed messages into runs: consecutive messages of a topic with a run handler go together, the rest alone. */
function runsOf(messages: Claimed[], handlers: OutboxHandlers): Claimed[][] {
  const runs: Claimed[][] = [];
  for (const message of messages) {
    const last = runs.at(-1);
    const handler = handlers[message.topic];
    if (last && last[0].topic === message.topic && handler && typeof handler !== 'function') last.push(message);
    else runs.push([message]);
  }
  return runs;
}

/** What the worker reports as it goes, for metrics and logs; every field optional. */
export interface OutboxObserver {
  /** Messages handled in a step (each counted once, whether it succeeded). */
  handled?(count: number): void;
  /** A handler failed on a message: its attempt and error are recorded and it is retried up to OUTBOX_MAX_ATTEMPTS. */
  messageFailed?(topic: string, id: string, err: unknown): void;
  /** A whole step failed (the database dropped, a claim failed): nothing of it was recorded. */
  stepFailed?(err: unknown): void;
}

/** Messages claimed per transaction: enough to amortise the claim and the commit, small enough to hold few locks. */
export const OUTBOX_BATCH_SIZE = 50;

/**
 * Processes up to `limit` pending messages in id order, a batch per transaction. Each batch is
 * claimed with `FOR UPDATE SKIP LOCKED`, so several server instances can drain one outbox without
 * handling a message twice; each handler call runs in its own savepoint, so a failing message only
 * records its error and attempt while the rest of its batch is processed. A run handler takes
 * consecutive messages of its topic in one call; when that call fails, they are handled one by one.
 */
export async function drainOutbox(
  db: Db,
  handlers: OutboxHandlers,
  limit = 1000,
  batchSize = OUTBOX_BATCH_SIZE,
  observer: OutboxObserver = {},
): Promise<number> {
  let handled = 0;
  while (handled < limit) {
    const size = Math.min(batchSize, limit - handled);
    const claimed = await drainBatch(db, handlers, size, observer);
    observer.handled?.(claimed);
    handled += claimed;
    // A short batch means the outbox is empty or the rest is locked by another instance.
    if (claimed < size) break;
  }
  return handled;
}

/** Claims up to `size` messages, runs their handlers and records the outcome in one transaction. */
async function drainBatch(db: Db, handlers: OutboxHandlers, size: number, observer: OutboxObserver): Promise<number> {
  return db.transaction(async (tx) => {
    const messages = await tx
      .select()
      .from(outbox)
      // Matches the predicate of outbox_claimable_idx (the literal, not a parameter) so the claim uses it.
      .where(and(isNull(outbox.processedAt), lt(outbox.attempts, sql.raw(String(OUTBOX_MAX_ATTEMPTS)))))
      .orderBy(asc(outbox.id))
      .limit(size)
      .for('update', { skipLocked: true });
    const done: string[] = [];
    const failed: { id: string; error: string }[] = [];
    for (const run of runsOf(messages, handlers)) {
      const handler = handlers[run[0].topic];
      if (!handler) {
        done.push(...run.map((m) => m.id));
        continue;
      }
      if (run.length > 1) {
        try {
          await tx.transaction((inner) =>
            handle(
              handler,
              run.map((m) => m.payload),
              inner,
            ),
          );
          done.push(...run.map((m) => m.id));
          continue;
        } catch {
          // The run's savepoint rolled back: each message is handled again on its own below, so
          // only the culprit records an error.
        }
      }
      for (const message of run) {
        try {
          await tx.transaction((inner) => handle(handler, [message.payload], inner));
          done.push(message.id);
        } catch (err) {
          failed.push({ id: message.id, error: err instanceof Error ? err.message : String(err) });
          observer.messageFailed?.(message.topic, message.id, err);
        }
      }
    }
    if (done.length > 0) {
      await tx
        .update(outbox)
        .set({ processedAt: new Date(), attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, done));
    }
    // Failures are the exception; one statement each keeps every message's own error.
    for (const { id, error } of failed) {
      await tx
        .update(outbox)
        .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error })
        .where(eq(outbox.id, id));
    }
    return messages.length;
  });
}

/**
 * Drains the outbox every `everyMs` until stopped; several instances may run it side by side. A
 * tick that drained a full `limit` drains again at once, so a burst is not capped at `limit` per tick.
 * The returned stop function resolves once the step under way (if any) has finished, so shutdown
 * closes the database after it, not under it.
 */
export function startOutboxWorker(
  db: Db,
  handlers: OutboxHandlers,
  log: (message: string, err?: unknown) => void,
  everyMs = 1000,
  limit = 1000,
  observer: OutboxObserver = {},
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    let drained = limit;
    while (!stopped && drained === limit) drained = await drainOutbox(db, handlers, limit, OUTBOX_BATCH_SIZE, observer);
  };
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch((err) => {
        observer.stepFailed?.(err);
        log(`[outbox] ${err instanceof Error ? err.message : String(err)}`, err);
      })
      .finally(() => {
        running = null;
      });
  }, everyMs);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** The outbox's backlog: messages waiting (and the age of the oldest, seconds), and dead ones (failed OUTBOX_MAX_ATTEMPTS times). */
export async function outboxBacklog(db: DbOrTx): Promise<{ pending: number; oldestSeconds: number; dead: number }> {
  const result = await db.execute(sql`
    select count(*) filter (where ${outbox.attempts} < ${sql.raw(String(OUTBOX_MAX_ATTEMPTS))})::int as pending,
           count(*) filter (where ${outbox.attempts} >= ${sql.raw(String(OUTBOX_MAX_ATTEMPTS))})::int as dead,
           coalesce(extract(epoch from now() - min(${outbox.createdAt}) filter (where ${outbox.attempts} < ${sql.raw(String(OUTBOX_MAX_ATTEMPTS))})), 0)::float8 as oldest
      from ${outbox} where ${outbox.processedAt} is null`);
  const row = (result as unknown as { rows: { pending: number; dead: number; oldest: number }[] }).rows[0];
  return { pending: Number(row?.pending ?? 0), oldestSeconds: Number(row?.oldest ?? 0), dead: Number(row?.dead ?? 0) };
}
