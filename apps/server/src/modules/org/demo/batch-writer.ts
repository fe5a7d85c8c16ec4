import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../platform/db/database';

/**
 * Buffers rows per table and writes each batch as one `INSERT … SELECT … FROM unnest($1::uuid[], …)`:
 * one array parameter per column instead of one parameter per value. Measured on PGlite with 55,000
 * residents: 3.7 s, against 9.9 s for Drizzle's multi-row `values()` (whose per-value query
 * building dominated the profile) and far more for row-by-row inserts. Works the same on node-postgres.
 */
export interface BatchWriter {
  /**
   * Queues a row; writes the table's batch once it is full. A column one row of a batch sets and
   * another omits is written as NULL for the latter (not its default): give every row the same keys.
   */
  add<T extends PgTable>(table: T, row: T['$inferInsert']): Promise<void>;
  /** Writes every queued row. Call before reading what was written and at the end. */
  flush(): Promise<void>;
  /** Rows written so far per table name. */
  readonly written: Map<string, number>;
}

/** Creates a writer on a database or (normally) an open transaction. */
export function createBatchWriter(db: DbOrTx, rowsPerStatement = 1000): BatchWriter {
  const queues = new Map<PgTable, Record<string, unknown>[]>();
  const written = new Map<string, number>();
  const write = async (table: PgTable, rows: Record<string, unknown>[]) => {
    if (rows.length === 0) return;
    await db.execute(unnestInsert(table, rows));
    const name = getTableName(table);
    written.set(name, (written.get(name) ?? 0) + rows.length);
  };
  return {
    written,
    async add(table, row) {
      let queue = queues.get(table);
      if (!queue) queues.set(table, (queue = []));
      queue.push(row as Record<string, unknown>);
      if (queue.length >= rowsPerStatement) {
        queues.set(table, []);
        await write(table, queue);
      }
    },
    async flush() {
      for (const [table, rows] of queues) {
        queues.set(table, []);
        await write(table, rows);
      }
    },
  };
}

function unnestInsert(table: PgTable, rows: Record<string, unknown>[]): SQL {
  const used = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([key]) => rows.some((r) => r[key] !== undefined));
  const names = used.map(([, column]) => `"${column.name}"`);
  const aliases = used.map((_, i) => `c${i}`);
  const selected = used.map(([, column], i) => {
    const type = column.getSQLType();
    // unnest flattens nested arrays, so array columns travel as array literals (text) and are cast back per row.
    return type.endsWith('[]') ? `c${i}::${type}` : `c${i}`;
  });
  const params = used.map(([key, column]) => {
    const type = column.getSQLType();
    const values = rows.map((r) => (r[key] === undefined || r[key] === null ? null : column.mapToDriverValue(r[key])));
    return sql`${sql.param(values)}::${sql.raw(type.endsWith('[]') ? 'text[]' : `${type}[]`)}`;
  });
  return sql.join([
    sql.raw(`insert into "${getTableName(table)}" (${names.join(', ')}) select ${selected.join(', ')} from unnest(`),
    sql.join(params, sql.raw(', ')),
    sql.raw(`) as t(${aliases.join(', ')})`),
  ]);
}
