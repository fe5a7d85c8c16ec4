import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './database';
import { runStatement } from './statement-names';

/** One table's share of a combined insert: the columns its rows give (the rest take their defaults). */
export interface InsertPart<T extends PgTable = PgTable> {
  table: T;
  keys: readonly (keyof T['$inferInsert'] & string)[];
  /** Answer the written rows, in Drizzle's shape (as `.returning()` would). */
  returning?: boolean;
}

/** Any part, whatever its table (the constraint of `combinedInsert`'s list). */
interface AnyPart {
  table: PgTable;
  keys: readonly string[];
  returning?: boolean;
}

/** Declares one part of a combined insert, checking its keys against its table. */
export function insertPart<T extends PgTable>(part: InsertPart<T>): InsertPart<T> {
  return part;
}

/** Rows per part, in the parts' order. */
type RowsOf<P extends readonly AnyPart[]> = { [I in keyof P]: P[I] extends InsertPart<infer T> ? T['$inferInsert'][] : never };
/** Written rows per part, in the parts' order (empty for a part without `returning`). */
type WrittenOf<P extends readonly AnyPart[]> = { [I in keyof P]: P[I] extends InsertPart<infer T> ? T['$inferSelect'][] : never };

/** A statement built once that inserts rows into several tables in one round trip. */
export interface CombinedInsert<P extends readonly AnyPart[]> {
  /** The name it is prepared under on a Postgres server. */
  name: string;
  /** The statement, with `$1`… for one array parameter per column of each part. */
  text: string;
  /** The parameters for `rows`: one array per column of each part, as the driver sends them. */
  params(rows: RowsOf<P>): unknown[][];
  /** Inserts the rows (any number per part) atomically: one statement, so one implicit transaction. */
  run(db: DbOrTx, rows: RowsOf<P>): Promise<WrittenOf<P>>;
}

interface Slot {
  column: PgColumn;
  key: string;
  /** How a row's value travels: text for JSON and arrays (parsed back in SQL), else the column's own type. */
  transport: 'json' | 'textArray' | 'plain';
}

function slotOf(column: PgColumn, key: string): Slot {
  const type = column.getSQLType();
  if (type === 'jsonb' || type === 'json') return { column, key, transport: 'json' };
  if (type.endsWith('[]')) {
    // Postgres arrays must be rectangular, so an array per row cannot ride in an array parameter;
    // it travels as JSON text. Only text arrays are needed so far.
    if (type !== 'text[]') throw new Error(`combined insert: ${column.name} is ${type}; only text[] arrays are supported`);
    return { column, key, transport: 'textArray' };
  }
  return { column, key, transport: 'plain' };
}

function selectExpression(slot: Slot, ref: string): string {
  if (slot.transport === 'json') return `${ref}::jsonb`;
  if (slot.transport === 'textArray') return `case when ${ref} is null then null else array(select jsonb_array_elements_text(${ref}::jsonb)) end`;
  return ref;
}

function paramType(slot: Slot): string {
  return slot.transport === 'plain' ? `${slot.column.getSQLType()}[]` : 'text[]';
}

function toDriver(slot: Slot, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (slot.transport !== 'plain') return JSON.stringify(value);
  return slot.column.mapToDriverValue(value);
}

/**
 * Builds, once, `with p0 as (insert into t0 (…) select … from unnest($1::uuid[], …) u(…) returning *), p1 as (…) select …`:
 * every column travels as one array parameter, so the text is the same whatever the number of rows
 * and nothing is built per value (Drizzle's multi-row `values()` builds and checks each of them,
 * the largest cost of case intake), and it is prepared once per connection under `name` on a
 * Postgres server. Written rows come back as JSON and are mapped to Drizzle's shape.
 */
export function combinedInsert<const P extends readonly AnyPart[]>(name: string, parts: P): CombinedInsert<P> {
  const slots = parts.map((part) => {
    const columns = getTableColumns(part.table) as Record<string, PgColumn>;
    return part.keys.map((key) => {
      if (!columns[key]) throw new Error(`combined insert: ${getTableName(part.table)} has no column ${key}`);
      return slotOf(columns[key], key);
    });
  });
  let parameters = 0;
  const ctes = parts.map((part, p) => {
    const columns = slots[p].map((s) => `"${s.column.name}"`).join(', ');
    const values = slots[p].map((s, i) => selectExpression(s, `u.c${i}`)).join(', ');
    const arrays = slots[p].map((s) => `$${++parameters}::${paramType(s)}`).join(', ');
    const aliases = slots[p].map((_, i) => `c${i}`).join(', ');
    return `p${p} as (insert into "${getTableName(part.table)}" (${columns}) select ${values} from unnest(${arrays}) as u(${aliases})${part.returning ? ' returning *' : ''})`;
  });
  const answering = parts.flatMap((part, p) => (part.returning ? [`select ${p} as part, row_to_json(p${p}) as row from p${p}`] : []));
  const text = `with ${ctes.join(', ')} ${answering.length > 0 ? answering.join(' union all ') : 'select null as part, null as row where false'}`;
  const fromDriver = parts.map(
    (part) => new Map(Object.entries(getTableColumns(part.table) as Record<string, PgColumn>).map(([key, column]) => [column.name, { key, column }])),
  );

  const params = (rows: RowsOf<P>) =>
    slots.flatMap((partSlots, p) => partSlots.map((slot) => (rows[p] as Record<string, unknown>[]).map((row) => toDriver(slot, row[slot.key]))));

  return {
    name,
    text,
    params,
    async run(db, rows) {
      const answered = await runStatement<{ part: number; row: Record<string, unknown> }>(db, name, text, params(rows));
      const written = parts.map(() => [] as Record<string, unknown>[]);
      for (const { part, row } of answered) {
        const out: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(row)) {
          const target = fromDriver[part].get(column);
          if (target) out[target.key] = value === null ? null : target.column.mapFromDriverValue(value);
        }
        written[part].push(out);
      }
      return written as WrittenOf<P>;
    },
  };
}
