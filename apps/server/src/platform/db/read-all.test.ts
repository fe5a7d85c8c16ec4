import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTx, OpenDatabase } from './database';
import { readAll } from './read-all';
import { openTestDatabase } from './test-database';

let d: OpenDatabase;
beforeAll(async () => {
  d = await openTestDatabase();
});
afterAll(() => d?.close());

/** A read that notes when it starts and ends around one round trip. */
function tracedRead(db: DbOrTx, name: string, order: string[]) {
  return async () => {
    order.push(`${name} start`);
    await db.execute(sql`select pg_sleep(0.01)`);
    order.push(`${name} end`);
    return name;
  };
}

describe('readAll', () => {
  it('runs the reads at once on the pool', async () => {
    const order: string[] = [];
    expect(await readAll(d.db, [tracedRead(d.db, 'a', order), tracedRead(d.db, 'b', order)])).toEqual(['a', 'b']);
    expect(order.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('runs them one after another inside a transaction, whose one connection takes one query at a time', async () => {
    const order: string[] = [];
    const results = await d.db.transaction((tx) => readAll(tx, [tracedRead(tx, 'a', order), tracedRead(tx, 'b', order)]));
    expect(results).toEqual(['a', 'b']);
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
  });
});
