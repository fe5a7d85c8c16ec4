import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from './database';
import { openDatabase } from './open-database';

/** Embedded mode: PGlite in its worker, shared over the socket by several node-postgres clients. */
describe('embedded PGlite behind the worker socket', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-embedded-test-'));
  let database: OpenDatabase;
  const client = async () => {
    const c = new pg.Client({ connectionString: database.url });
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    database = await openDatabase({ dataDir });
    await database.db.execute(sql`create table probe (n int)`);
  });

  afterAll(async () => {
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lends the one session to a client until its transaction ends', async () => {
    const [first, second] = [await client(), await client()];
    const order: string[] = [];
    await first.query('begin');
    await first.query('insert into probe values (1)');
    const counted = second.query('select count(*)::int as n from probe').then((r) => {
      order.push(`second saw ${r.rows[0].n}`);
    });
    await first.query('insert into probe values (2)');
    order.push('first commits');
    await first.query('commit');
    await counted;
    expect(order).toEqual(['first commits', 'second saw 2']);
    await Promise.all([first.end(), second.end()]);
  });

  it('rolls back what a client left open when it disconnects, then serves the next', async () => {
    const leaver = await client();
    await leaver.query('begin');
    await leaver.query('insert into probe values (3)');
    await leaver.end();
    const counted = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from probe where n = 3`);
    expect(rowsOf(counted)).toEqual([{ n: 0 }]);
  });

  it('delivers NOTIFY to a listening connection other than the one that committed it', async () => {
    const heard: string[] = [];
    await database.listen('probe_channel', (payload) => heard.push(payload));
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('probe_channel', 'committed')`);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('probe_channel', 'rolled back')`);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await database.db.execute(sql`select 1`);
    await expect.poll(() => heard).toEqual(['committed']);
  });

  it('keeps the data in the directory across a close and a reopen', async () => {
    await database.close();
    database = await openDatabase({ dataDir });
    const kept = await database.db.execute<{ n: number }>(sql`select n from probe order by n`);
    expect(rowsOf(kept)).toEqual([{ n: 1 }, { n: 2 }]);
  });
});

/** The rows of a raw `execute` result (node-postgres shape). */
function rowsOf(result: unknown): unknown[] {
  return (result as { rows: unknown[] }).rows;
}
