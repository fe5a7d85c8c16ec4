import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Job } from '../jobs/scheduler';
import { outbox } from './outbox.tables';

/** How long processed messages are kept for looking into what was sent. */
export const OUTBOX_KEEP_DAYS = 7;
/** Rows deleted per tick: bounds the transaction; at one tick a minute that is 600,000 an hour. */
export const OUTBOX_CLEANUP_BATCH = 10_000;

/**
 * Deletes processed messages older than OUTBOX_KEEP_DAYS, a bounded batch per tick, so the outbox
 * does not grow forever. Failed (dead-lettered) messages are kept: someone has to look at them.
 */
export const outboxCleanupJob: Job = {
  name: 'outbox-cleanup',
  everyMs: 60_000,
  async run(tx, now) {
    const cutoff = new Date(now.getTime() - OUTBOX_KEEP_DAYS * 24 * 3600_000);
    // A range on outbox_pending_idx (processed_at, id); processed_at is null for pending rows, so they never match.
    const old = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNotNull(outbox.processedAt), lt(outbox.processedAt, cutoff)))
      .limit(OUTBOX_CLEANUP_BATCH);
    await tx.delete(outbox).where(inArray(outbox.id, old));
  },
};
