import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** The Drizzle database every repository receives: PGlite or node-postgres behind one type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle; repositories accept either a Db or a Tx. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Either a database or an open transaction. */
export type DbOrTx = Db | Tx;

/** An opened database and how to close it. */
export interface OpenDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}
