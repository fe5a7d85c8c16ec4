import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Db, OpenDatabase } from './database';
import { lockDataDir } from './data-dir-lock';
import { startEmbeddedServer } from './embedded-server';
import { allowNamedStatements } from './statement-names';
import { createPostgresListener } from './postgres-listener';
import { once } from './once';
import { makePrivate } from '../files/private-files';
import { advertiseServer } from './running-server';

const migrationsFolder = path.resolve(import.meta.dirname, '../../../drizzle');

/**
 * Where to find the database: a Postgres URL, a PGlite directory, or in-memory PGlite. PGlite runs
 * in a worker thread behind a Unix socket (ADR 0004) unless `inProcess` asks for the old in-thread
 * driver, kept only to measure the difference.
 */
export type DatabaseTarget = { url: string } | { dataDir: string; inProcess?: boolean } | { memory: true; inProcess?: boolean };

/** Opens the database and applies every pending migration (one history for both engines). */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if ('url' in target) return openPostgres(target.url, 10);
  const unlock = 'dataDir' in target ? lockDataDir(target.dataDir) : () => undefined;
  const pgdata = 'dataDir' in target ? path.join(target.dataDir, 'pgdata') : undefined;
  try {
    // The data directory is this user's alone (0700/0600), including one an earlier version left
    // readable; again once PGlite is up, because its initdb creates the cluster's files 0666.
    if ('dataDir' in target) makePrivate(target.dataDir);
    // LINLI_PGLITE_IN_PROCESS=1 brings back the in-thread driver, to measure the difference (ADR 0004).
    const inProcess = target.inProcess ?? process.env.LINLI_PGLITE_IN_PROCESS === '1';
    const opened = inProcess ? await openPgliteInProcess(pgdata) : await openPgliteWorker(pgdata);
    if ('dataDir' in target) makePrivate(target.dataDir);
    // `linli backup` reads through the running server's socket (backup-command.ts).
    const unadvertise = 'dataDir' in target && opened.url ? advertiseServer(target.dataDir, opened.url) : () => undefined;
    return {
      ...opened,
      close: once(async () => {
        unadvertise();
        try {
          await opened.close();
        } finally {
          unlock();
        }
      }),
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** node-postgres with `max` pooled connections plus one dedicated LISTEN connection. */
async function openPostgres(url: string, max: number): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: max === 1 ? 0 : 10_000 });
  let closing = false;
  // An idle client whose server connection drops (restart, failover, a dropped test database)
  // emits 'error' on the pool; unhandled, that would crash the process.
  pool.on('error', (err) => {
    if (!closing) console.error(`[db] idle connection lost: ${err.message}`);
  });
  // A client checked out of the pool (inside a transaction, between two of its statements) has no
  // pool listener: its connection dropping (FATAL 57P01 from pg_terminate_backend, a Postgres
  // restart) emitted an unhandled 'error' and killed the process. The statement in flight fails on
  // its own (the request answers 503, error-handler.ts), and the pool discards the broken client.
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      if (!closing) console.error(`[db] connection lost: ${err.message}`);
    });
  });
  const db = drizzlePg(pool) as unknown as Db;
  try {
    await migratePg(db as never, { migrationsFolder });
  } catch (err) {
    await pool.end();
    throw err;
  }
  // PGlite behind its socket (this process's or another instance's) is one session for every connection.
  const { rows } = await pool.query<{ v: string }>('select version() as v');
  if (!rows[0].v.includes('PGlite')) allowNamedStatements(db);
  const listener = createPostgresListener(url);
  return {
    db,
    kind: 'postgres',
    url,
    listen: listener.listen,
    listening: listener.isConnected,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    close: once(async () => {
      closing = true;
      await listener.close();
      await pool.end();
    }),
  };
}

/**
 * PGlite in a worker: the main thread talks node-postgres to it over a Unix socket, exactly as in
 * DATABASE_URL mode, with one pooled connection because PGlite is one session.
 */
async function openPgliteWorker(pgdata: string | undefined): Promise<OpenDatabase> {
  const server = await startEmbeddedServer(pgdata);
  try {
    const opened = await openPostgres(server.url, 1);
    return {
      ...opened,
      kind: 'pglite',
      close: once(async () => {
        try {
          await opened.close();
        } finally {
          await server.close();
        }
      }),
    };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** PGlite in this thread (the pre-ADR-0001 driver): queries block the event loop while they run. */
async function openPgliteInProcess(pgdata: string | undefined): Promise<OpenDatabase> {
  const client = pgdata ? new PGlite(pgdata) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return {
    db,
    kind: 'pglite',
    listen: async (channel, handler) => client.listen(channel, handler),
    listening: () => true,
    close: once(() => client.close()),
  };
}
