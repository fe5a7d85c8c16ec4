import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ListenFn, OpenDatabase } from '../db/database';
import { openTestDatabase } from '../db/test-database';
import { createNotifiedCache, FORGET_ALL } from './notified-cache';

let database: OpenDatabase;
let channelNo = 0;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** A cache on a channel of its own, over the real LISTEN of the test database. */
async function cacheOn(options: { ttlMs?: number; maxEntries?: number; listen?: ListenFn } = {}) {
  const channel = `test_cache_${++channelNo}`;
  const cache = createNotifiedCache<{ id: string; name: string }>({
    channel,
    listen: options.listen ?? database.listen,
    ttlMs: options.ttlMs ?? 60_000,
    maxEntries: options.maxEntries ?? 100,
  });
  const notify = (payload: string) => database.db.execute(sql`select pg_notify(${channel}, ${payload})`);
  const load = (id: string, name = `name of ${id}`) =>
    cache.fetch(
      id,
      (v) => v.id,
      async () => ({ id, name }),
    );
  await cache.ready();
  return { cache, notify, load };
}

describe('a cache kept by NOTIFY', () => {
  it('serves what a load read until a committed notice names its tag, and keeps the others', async () => {
    const { cache, notify, load } = await cacheOn();
    await load('u1');
    await load('u2');
    expect(cache.get('u1')).toEqual({ id: 'u1', name: 'name of u1' });
    await notify('u1');
    await vi.waitFor(() => expect(cache.get('u1')).toBeUndefined(), { timeout: 5000, interval: 10 });
    expect(cache.get('u2')).toEqual({ id: 'u2', name: 'name of u2' });
    await notify(FORGET_ALL);
    await vi.waitFor(() => expect(cache.get('u2')).toBeUndefined(), { timeout: 5000, interval: 10 });
  });

  it('does not store a load that a notice overtook: it may have read the row before the change', async () => {
    const { cache } = await cacheOn();
    const stale = await cache.fetch(
      'u1',
      (v) => v.id,
      async () => {
        const read = { id: 'u1', name: 'before' };
        cache.forgetTags(['u1']); // the change commits while the read is on its way back
        return read;
      },
    );
    expect(stale?.name).toBe('before');
    expect(cache.get('u1')).toBeUndefined();
  });

  it('stores nothing while its LISTEN connection is down, and starts over when it is back', async () => {
    let connection!: (up: boolean) => void;
    const watched: ListenFn = (channel, handler, options) => {
      connection = options!.onConnection!;
      return database.listen(channel, handler, options);
    };
    const { cache, load } = await cacheOn({ listen: watched });
    await load('u1');
    expect(cache.get('u1')).toBeDefined();
    connection(false);
    expect(cache.get('u1')).toBeUndefined();
    await load('u1');
    expect(cache.get('u1')).toBeUndefined();
    connection(true);
    await load('u1');
    expect(cache.get('u1')).toBeDefined();
  });

  it('drops an entry older than its time to live, and the oldest one past its size', async () => {
    const short = await cacheOn({ ttlMs: 20 });
    await short.load('u1');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(short.cache.get('u1')).toBeUndefined();

    const small = await cacheOn({ maxEntries: 2 });
    await small.load('u1');
    await small.load('u2');
    await small.load('u1', 'again'); // refreshed: now the newest
    await small.load('u3');
    expect(small.cache.get('u2')).toBeUndefined();
    expect(small.cache.get('u1')?.name).toBe('again');
    expect(small.cache.get('u3')).toBeDefined();
  });

  it('does not store an undefined load, and forgets one key at once', async () => {
    const { cache, load } = await cacheOn();
    expect(
      await cache.fetch(
        'missing',
        (v) => v.id,
        async () => undefined,
      ),
    ).toBeUndefined();
    expect(cache.get('missing')).toBeUndefined();
    await load('u1');
    cache.forgetKey('u1');
    expect(cache.get('u1')).toBeUndefined();
  });
});
