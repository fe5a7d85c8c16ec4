import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * The Drizzle database every repository receives: PGlite or node-postgres behind one type. It is
 * typed without a schema (no relational `db.query.*` API): queries name the tables they import, so
 * platform knows no module's tables.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

/** A transaction handle; repositories accept either a Db or a Tx. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Either a database or an open transaction. */
export type DbOrTx = Db | Tx;

/** What a listener is told besides payloads. */
export interface ListenOptions {
  /**
   * Called with false when the LISTEN connection drops and with true once it listens again:
   * payloads sent in between are lost, so whoever keeps state by them starts over.
   */
  onConnection?: (up: boolean) => void;
}

/**
 * Subscribes to a Postgres NOTIFY channel on a connection of its own; resolves once listening, to a
 * function that unsubscribes. Payloads arrive after the notifying transaction commits.
 */
export type ListenFn = (channel: string, handler: (payload: string) => void, options?: ListenOptions) => Promise<() => Promise<void>>;

/** An opened database and how to close it. */
export interface OpenDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** A node-postgres URL another app instance in this process can open (the worker's socket for PGlite). */
  url?: string;
  listen: ListenFn;
  /** Whether the LISTEN connection is up (or not needed yet): readiness reports an instance deaf to NOTIFY as not ready. */
  listening(): boolean;
  /**
   * The connection pool now (node-postgres: both engines, PGlite's socket with one connection, so
   * `waiting` is PGlite's queue); absent for the in-thread PGlite driver.
   */
  poolStats?(): PoolStats;
  /** Closes the database; idempotent, so a second shutdown signal waits for the first close instead of failing. */
  close(): Promise<void>;
}

/** A connection pool's figures at one moment (the `linli_db_pool_*` metrics). */
export interface PoolStats {
  /** Connections open (busy or idle). */
  total: number;
  idle: number;
  /** Queries queued for a free connection. */
  waiting: number;
  max: number;
}
