import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { OpenDatabase } from './database';
import { openDatabase } from './open-database';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default (in its worker thread,
 * reached through node-postgres exactly as in production; ADR 0004), or a new database on the
 * Postgres server at `TEST_DATABASE_URL` (dropped again on close), so the same suite runs on both.
 */
export async function openTestDatabase(): Promise<OpenDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ memory: true });
  const name = `linli_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ url: url.toString() });
  return {
    ...opened,
    async close() {
      await opened.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
