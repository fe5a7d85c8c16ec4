import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import { newId } from '../ids';
import { outbox } from './outbox.tables';

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

const MAX_ATTEMPTS = 5;

/**
 * Processes up to `limit` pending messages. Each message is claimed with `FOR UPDATE SKIP LOCKED`
 * so several server instances can drain one outbox without handling a message twice.
 */
export async function drainOutbox(db: Db, handlers: Record<string, OutboxHandler>, limit = 100): Promise<number> {
  let handled = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.processedAt), lt(outbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outbox.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return false;
      const handler = handlers[message.topic];
      try {
        if (handler) await tx.transaction((inner) => handler(message.payload, inner));
        await tx.update(outbox).set({ processedAt: new Date(), attempts: message.attempts + 1 }).where(eq(outbox.id, message.id));
      } catch (err) {
        await tx
          .update(outbox)
          .set({ attempts: sql`${outbox.attempts} + 1`, lastError: err instanceof Error ? err.message : String(err) })
          .where(eq(outbox.id, message.id));
      }
      return true;
    });
    if (!done) break;
    handled++;
  }
  return handled;
}

/** Drains the outbox every `everyMs` until stopped; several instances may run it side by side. */
export function startOutboxWorker(db: Db, handlers: Record<string, OutboxHandler>, log: (message: string) => void, everyMs = 1000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    drainOutbox(db, handlers)
      .catch((err) => log(`[outbox] ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  return () => clearInterval(timer);
}
