/**
 * Group commit: writes that arrive while earlier ones are being committed are gathered and
 * written together, in one transaction with multi-row statements, instead of one transaction each.
 *
 * A lone write goes out at once (no timer, so no added latency when the server is quiet); under
 * load, up to `maxInFlight` batches run at a time and the next batch takes everything queued
 * meanwhile, up to `maxBatch`. When a batch fails, each of its items is written again on its own,
 * so one bad item fails only its own request and the others still commit.
 */
export interface GroupCommitOptions<TIn, TOut> {
  /** Writes the items in one transaction; returns one result per item, in the same order. */
  writeBatch(items: TIn[]): Promise<TOut[]>;
  /** Largest batch (rows per multi-row statement). */
  maxBatch?: number;
  /** Batches written at the same time (each holds one pooled connection while it runs). */
  maxInFlight?: number;
}

interface Pending<TIn, TOut> {
  item: TIn;
  resolve(value: TOut): void;
  reject(reason: unknown): void;
}

/** A queue that writes items through `writeBatch` in groups; see the module comment. */
export interface GroupCommit<TIn, TOut> {
  /** Resolves with the item's result once its batch has committed, or rejects with its own error. */
  write(item: TIn): Promise<TOut>;
  /** Batches written so far and the items they held (for benchmarks and tests). */
  stats(): { batches: number; items: number; retriedAlone: number };
}

/** Creates a group-commit queue over `writeBatch`. */
export function createGroupCommit<TIn, TOut>(options: GroupCommitOptions<TIn, TOut>): GroupCommit<TIn, TOut> {
  const maxBatch = options.maxBatch ?? 50;
  const maxInFlight = options.maxInFlight ?? 2;
  const queue: Pending<TIn, TOut>[] = [];
  let inFlight = 0;
  const counters = { batches: 0, items: 0, retriedAlone: 0 };

  async function writeAlone(p: Pending<TIn, TOut>): Promise<void> {
    counters.retriedAlone++;
    try {
      const [result] = await options.writeBatch([p.item]);
      p.resolve(result);
    } catch (err) {
      p.reject(err);
    }
  }

  async function run(batch: Pending<TIn, TOut>[]): Promise<void> {
    counters.batches++;
    counters.items += batch.length;
    try {
      const results = await options.writeBatch(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`group commit: ${results.length} results for ${batch.length} items`);
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (err) {
      if (batch.length === 1) batch[0].reject(err);
      // The whole transaction rolled back: nothing of the batch was written, so each item is
      // retried on its own and only the culprit fails.
      else for (const p of batch) await writeAlone(p);
    }
  }

  function pump(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    write(item) {
      return new Promise<TOut>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        pump();
      });
    },
    stats: () => ({ ...counters }),
  };
}
