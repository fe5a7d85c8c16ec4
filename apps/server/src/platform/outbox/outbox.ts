import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import { newId } from '../ids';
import { OUTBOX_MAX_ATTEMPTS, outbox } from './outbox.tables';

/** Queues a message; call it inside the transaction of the change that causes it. */
export async function enqueue(db: DbOrTx, topic: string, payload: Record<string, unknown>): Promise<void> {
  await db.insert(outbox).values({ id: newId(), topic, payload });
}

/** Queues several messages in one statement; call it inside the transaction of the change that causes them. */
export async function enqueueMany(db: DbOrTx, messages: { topic: string; payload: Record<string, unknown> }[]): Promise<void> {
  if (messages.length > 0) await db.insert(outbox).values(messages.map((m) => ({ id: newId(), topic: m.topic, payload: m.payload })));
}

/** Handles messages of one topic. */
export type OutboxHandler = (payload: Record<string, unknown>, tx: DbOrTx) => Promise<void>;

/** Messages claimed per transaction: enough to amortise the claim and the commit, small enough to hold few locks. */
export const OUTBOX_BATCH_SIZE = 50;

/**
 * Processes up to `limit` pending messages in id order, a batch per transaction. Each batch is
 * claimed with `FOR UPDATE SKIP LOCKED`, so several server instances can drain one outbox without
 * handling a message twice; each handler runs in its own savepoint, so a failing message only
 * records its error and attempt while the rest of its batch is processed.
 */
export async function drainOutbox(db: Db, handlers: Record<string, OutboxHandler>, limit = 1000, batchSize = OUTBOX_BATCH_SIZE): Promise<number> {
  let handled = 0;
  while (handled < limit) {
    const size = Math.min(batchSize, limit - handled);
    const claimed = await drainBatch(db, handlers, size);
    handled += claimed;
    // A short batch means the outbox is empty or the rest is locked by another instance.
    if (claimed < size) break;
  }
  return handled;
}

/** Claims up to `size` messages, runs their handlers and records the outcome in one transaction. */
async function drainBatch(db: Db, handlers: Record<string, OutboxHandler>, size: number): Promise<number> {
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
    for (const message of messages) {
      const handler = handlers[message.topic];
      try {
        if (handler) await tx.transaction((inner) => handler(message.payload, inner));
        done.push(message.id);
      } catch (err) {
        failed.push({ id: message.id, error: err instanceof Error ? err.message : String(err) });
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
 */
export function startOutboxWorker(db: Db, handlers: Record<string, OutboxHandler>, log: (message: string) => void, everyMs = 1000, limit = 1000): () => void {
  let running = false;
  let stopped = false;
  const tick = async () => {
    let drained = limit;
    while (!stopped && drained === limit) drained = await drainOutbox(db, handlers, limit);
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((err) => log(`[outbox] ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
