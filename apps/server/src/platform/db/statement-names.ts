import type { DbOrTx } from './database';

// Databases whose pooled connections each have a Postgres session of their own.
const ownSessionDatabases = new WeakSet<object>();

/** Marks `db` as a Postgres server, where every connection may prepare statements by name. */
export function allowNamedStatements(db: DbOrTx): void {
  ownSessionDatabases.add(db);
}

/**
 * The name to prepare a hot statement under: its own name on a Postgres server (parsed and planned
 * once per connection), empty (unnamed, parsed each time) on PGlite, whose connections share one
 * session, so a second connection preparing the same name would fail.
 */
export function statementName(db: DbOrTx, name: string): string {
  return ownSessionDatabases.has(db) ? name : '';
}

/**
 * Runs a constant statement straight through the session (no SQL built per call), prepared under
 * `name` where `statementName` allows it; answers the driver's rows (timestamps as text, as Drizzle
 * receives them before mapping).
 */
export async function runStatement<R>(db: DbOrTx, name: string, text: string, params: unknown[]): Promise<R[]> {
  const result = (await db._.session.prepareQuery({ sql: text, params }, undefined, statementName(db, name), false).execute()) as { rows: R[] };
  return result.rows;
}
