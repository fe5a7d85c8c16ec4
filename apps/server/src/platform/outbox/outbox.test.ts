import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db, OpenDatabase } from '../db/database';
import { openDatabase } from '../db/open-database';
import { openTestDatabase } from '../db/test-database';
import { runJobOnce } from '../jobs/scheduler';
import { newId } from '../ids';
import { drainOutbox, enqueue, enqueueMany, type OutboxHandler, type OutboxRunHandler } from './outbox';
import { outboxCleanupJob } from './outbox-cleanup';
import { OUTBOX_MAX_ATTEMPTS, outbox } from './outbox.tables';

let a: OpenDatabase;
// A second instance with its own pool on the same database, as behind a load balancer.
let b: OpenDatabase;

beforeAll(async () => {
  a = await openTestDatabase();
  if (!a.url) throw new Error('the test database has no URL for a second instance');
  b = await openDatabase({ url: a.url });
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

beforeEach(async () => {
  await a.db.delete(outbox);
});

const rows = (db: Db) => db.select().from(outbox).orderBy(asc(outbox.id));

describe('draining the outbox in batches', () => {
  it('processes the rest of a batch when one handler fails, and rolls back only that handler', async () => {
    await enqueueMany(
      a.db,
      [1, 2, 3, 4, 5].map((n) => ({ topic: 'probe', payload: { n } })),
    );
    const calls: number[] = [];
    const probe: OutboxHandler = async (payload, tx) => {
      const n = payload.n as number;
      calls.push(n);
      await enqueue(tx, 'side', { from: n });
      // A failing statement aborts the transaction; the savepoint must keep the batch going.
      if (n === 2) await tx.execute(sql`select * from no_such_table`);
      if (n === 4) throw new Error('短信网关超时');
    };

    // The side messages queued by the handlers wait for the next drain: a short batch ends this one.
    expect(await drainOutbox(a.db, { probe }, 1000, 50)).toBe(5);

    const after = await rows(a.db);
    const byN = new Map(after.filter((r) => r.topic === 'probe').map((r) => [r.payload.n, r]));
    for (const n of [1, 3, 5]) expect(byN.get(n)).toMatchObject({ attempts: 1, lastError: null, processedAt: expect.any(Date) });
    expect(byN.get(2)).toMatchObject({ attempts: 1, processedAt: null, lastError: expect.stringContaining('no_such_table') });
    expect(byN.get(4)).toMatchObject({ attempts: 1, processedAt: null, lastError: '短信网关超时' });
    // The failed handlers' own writes were rolled back with their savepoints; the others' kept.
    const sides = after.filter((r) => r.topic === 'side').map((r) => r.payload.from);
    expect(sides.sort()).toEqual([1, 3, 5]);
    // Handlers ran in id order.
    const probeIdsInOrder = after.filter((r) => r.topic === 'probe').map((r) => r.payload.n);
    expect(calls).toEqual(probeIdsInOrder);
  });

  it('hands consecutive messages of a topic to its run handler together, and one by one when the run fails', async () => {
    const topics = ['bulk', 'bulk', 'bulk', 'probe', 'bulk', 'bulk'];
    // Ids a millisecond apart, so id order is queue order (UUIDv7 orders within a millisecond at random).
    const start = Date.now();
    await a.db.insert(outbox).values(topics.map((topic, n) => ({ id: newId(new Date(start + n)), topic, payload: { n } })));
    const calls: number[][] = [];
    const bulk: OutboxRunHandler = {
      async run(payloads, tx) {
        const ns = payloads.map((p) => p.n as number);
        calls.push(ns);
        await enqueueMany(
          tx,
          ns.map((n) => ({ topic: 'side', payload: { from: n } })),
        );
        if (ns.includes(5)) throw new Error('第五条有问题');
      },
    };
    const probe: OutboxHandler = async () => {};

    expect(await drainOutbox(a.db, { bulk, probe }, 1000, 50)).toBe(6);

    // 0–2 in one call; the probe breaks the run; 4–5 fail together, then 4 and 5 go alone.
    expect(calls).toEqual([[0, 1, 2], [4, 5], [4], [5]]);
    const after = await rows(a.db);
    const byN = new Map(after.filter((r) => r.topic !== 'side').map((r) => [r.payload.n, r]));
    for (const n of [0, 1, 2, 3, 4]) expect(byN.get(n)).toMatchObject({ attempts: 1, lastError: null, processedAt: expect.any(Date) });
    expect(byN.get(5)).toMatchObject({ attempts: 1, processedAt: null, lastError: '第五条有问题' });
    // The failed run's writes were rolled back with its savepoint; 4's own retry kept its write.
    const sides = after.filter((r) => r.topic === 'side').map((r) => r.payload.from);
    expect(sides.sort()).toEqual([0, 1, 2, 4]);
  });

  it('retries a failing message until MAX_ATTEMPTS and then leaves it alone', async () => {
    await enqueue(a.db, 'probe', { n: 1 });
    let calls = 0;
    const probe: OutboxHandler = async () => {
      calls++;
      throw new Error('还是失败');
    };
    for (let i = 0; i < OUTBOX_MAX_ATTEMPTS + 2; i++) await drainOutbox(a.db, { probe });
    expect(calls).toBe(OUTBOX_MAX_ATTEMPTS);
    const [row] = await rows(a.db);
    expect(row).toMatchObject({ attempts: OUTBOX_MAX_ATTEMPTS, processedAt: null, lastError: '还是失败' });
  });

  it('stops at the limit and leaves the rest for the next drain', async () => {
    await enqueueMany(
      a.db,
      Array.from({ length: 12 }, (_, n) => ({ topic: 'probe', payload: { n } })),
    );
    const probe: OutboxHandler = async () => {};
    expect(await drainOutbox(a.db, { probe }, 7, 5)).toBe(7);
    expect((await rows(a.db)).filter((r) => r.processedAt === null)).toHaveLength(5);
    expect(await drainOutbox(a.db, { probe }, 7, 5)).toBe(5);
  });

  it('handles each of 200 messages exactly once when two instances drain side by side', async () => {
    await enqueueMany(
      a.db,
      Array.from({ length: 200 }, (_, n) => ({ topic: 'probe', payload: { n } })),
    );
    const calls = new Map<number, number>();
    const probe: OutboxHandler = async (payload, tx) => {
      const n = payload.n as number;
      calls.set(n, (calls.get(n) ?? 0) + 1);
      // A round trip inside the handler lets the other instance's claim run meanwhile.
      await tx.execute(sql`select 1`);
    };
    // Each instance drains until it finds nothing it can claim, as its worker would tick after tick.
    const drainAll = async (db: Db) => {
      let total = 0;
      for (let n = await drainOutbox(db, { probe }, 1000, 10); n > 0; n = await drainOutbox(db, { probe }, 1000, 10)) total += n;
      return total;
    };
    const [byA, byB] = await Promise.all([drainAll(a.db), drainAll(b.db)]);

    expect(byA + byB).toBe(200);
    expect(calls.size).toBe(200);
    expect([...calls.values()].every((count) => count === 1)).toBe(true);
    const after = await rows(a.db);
    expect(after.every((r) => r.processedAt !== null && r.attempts === 1)).toBe(true);
  });
});

describe('cleaning up the outbox', () => {
  it('deletes processed messages older than seven days and keeps pending and failed ones', async () => {
    const now = new Date('2026-03-20T09:00:00+08:00');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000);
    const message = (name: string, processedAt: Date | null, attempts = 1) => ({ id: newId(), topic: 'probe', payload: { name }, processedAt, attempts });
    await a.db
      .insert(outbox)
      .values([
        message('old', daysAgo(8)),
        message('older', daysAgo(30)),
        message('recent', daysAgo(6)),
        message('pending', null, 0),
        message('dead', null, OUTBOX_MAX_ATTEMPTS),
      ]);

    expect(await runJobOnce(a.db, outboxCleanupJob, now)).toBe(true);

    const left = (await rows(a.db)).map((r) => r.payload.name);
    expect(left.sort()).toEqual(['dead', 'pending', 'recent']);
  });

  it('has an index the claim query can use whatever the backlog', async () => {
    // EXPLAIN only proves the index can serve the query; with few rows the planner may still scan.
    const plan = await a.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = await tx.execute(
        sql`explain select * from outbox where processed_at is null and attempts < ${sql.raw(String(OUTBOX_MAX_ATTEMPTS))} order by id limit 50 for update skip locked`,
      );
      return (result as unknown as { rows: Record<string, string>[] }).rows.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toContain('outbox_claimable_idx');
  });
});
