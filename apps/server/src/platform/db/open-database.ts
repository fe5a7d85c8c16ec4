import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import type { Db, OpenDatabase } from './database';
import { lockDataDir } from './data-dir-lock';

const migrationsFolder = path.resolve(import.meta.dirname, '../../../drizzle');

/** Where to find the database: a Postgres URL, a PGlite directory, or in-memory PGlite (tests). */
export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

/** Opens the database and applies every pending migration (one history for both engines). */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    let closing = false;
    // An idle client whose server connection drops (restart, failover, a dropped test database)
    // emits 'error' on the pool; unhandled, that would crash the process.
    pool.on('error', (err) => {
      if (!closing) console.error(`[db] idle connection lost: ${err.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder });
    return {
      db,
      kind: 'postgres',
      close: async () => {
        closing = true;
        await pool.end();
      },
    };
  }
  const unlock = 'dataDir' in target ? lockDataDir(target.dataDir) : () => undefined;
  try {
    const client = 'dataDir' in target ? new PGlite(path.join(target.dataDir, 'pgdata')) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
