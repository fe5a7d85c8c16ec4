import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/database';

/** One column of a {@link ColumnBatch}: its SQL name and the array type its values travel as. */
export interface BatchColumn {
  name: string;
  type: 'uuid' | 'text' | 'int4' | 'bool' | 'timestamptz' | 'jsonb' | 'float8';
}

// Values of these types never contain quotes, commas, braces or spaces, so their array literal
// needs no escaping: joining them is several times cheaper than node-postgres's general serializer.
const UNQUOTED = new Set<BatchColumn['type']>(['uuid', 'int4', 'bool', 'timestamptz', 'float8']);

function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
}

/**
 * Rows of one table kept as one array per column (no row objects), written as
 * `INSERT … SELECT … FROM unnest($1::uuid[], …)`: a few parameters per statement whatever the row
 * count, on PGlite and node-postgres alike. `constants` are SQL expressions every row shares
 * (e.g. `'{}'` for an empty text[] column, which unnest cannot carry).
 */
export class ColumnBatch {
  private values: unknown[][];
  readonly table: string;
  readonly columns: BatchColumn[];
  readonly constants: Record<string, string>;

  /** A batch for `table` with the given columns and shared constant columns. */
  constructor(table: string, columns: BatchColumn[], constants: Record<string, string> = {}) {
    this.table = table;
    this.columns = columns;
    this.constants = constants;
    this.values = columns.map(() => []);
  }

  /** Rows queued. */
  get size(): number {
    return this.values[0].length;
  }

  /** Queues one row: values in column order (Dates become ISO strings, objects JSON). */
  push(...row: unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) {
      const v = row[i];
      this.values[i].push(
        v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : this.columns[i].type === 'jsonb' ? JSON.stringify(v) : v,
      );
    }
  }

  /** Takes the queued rows as one INSERT statement (or null when empty) and empties the batch. */
  take(): SQL | null {
    if (this.size === 0) return null;
    const values = this.values;
    this.values = this.columns.map(() => []);
    const constantNames = Object.keys(this.constants);
    const names = [...this.columns.map((c) => `"${c.name}"`), ...constantNames.map((n) => `"${n}"`)].join(', ');
    const selected = [...this.columns.map((_, i) => `c${i}`), ...constantNames.map((n) => this.constants[n])].join(', ');
    const params = sql.join(
      this.columns.map((c, i) => sql`${sql.param(UNQUOTED.has(c.type) ? arrayLiteral(values[i]) : values[i])}::${sql.raw(`${c.type}[]`)}`),
      sql.raw(', '),
    );
    return sql.join([
      sql.raw(`insert into "${this.table}" (${names}) select ${selected} from unnest(`),
      params,
      sql.raw(`) as t(${this.columns.map((_, i) => `c${i}`).join(', ')})`),
    ]);
  }

  /** Writes the queued rows on `db` (a transaction, normally). */
  async flush(db: DbOrTx): Promise<void> {
    const statement = this.take();
    if (statement) await db.execute(statement);
  }
}
