import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

// Partial indexes must be written with literal values, and a query the planner should match to one must repeat
// them literally too (a bind parameter would not match). These helpers write a named list of plain words as
// such literals, so index and query are built from the same named set instead of retyped strings.
const PLAIN_WORD = /^[A-Za-z0-9_]+$/;

/** One plain word (letters, digits, underscore) as an inline SQL string literal: `'closed'`. */
export function sqlLiteral(value: string): SQL {
  if (!PLAIN_WORD.test(value)) throw new Error(`sqlLiteral takes plain words only, not ${JSON.stringify(value)}`);
  return sql.raw(`'${value}'`);
}

/** Plain words as an inline SQL list: `('claimed', 'done')`. */
export function sqlLiteralList(values: readonly string[]): SQL {
  if (!values.length) throw new Error('sqlLiteralList needs at least one value');
  return sql.join([sql.raw('('), sql.join(values.map(sqlLiteral), sql.raw(', ')), sql.raw(')')]);
}

/**
 * `column` is one of `values`, written literally: `column = 'a'` for one value, `column in ('a', 'b')`
 * for more. A string column is written as is (partial indexes name the bare column).
 */
export function inLiterals(column: string | SQLWrapper, values: readonly string[]): SQL {
  const col = typeof column === 'string' ? sql.raw(column) : column;
  return values.length === 1 ? sql`${col} = ${sqlLiteral(values[0])}` : sql`${col} in ${sqlLiteralList(values)}`;
}

/** `column` is none of `values`, written literally: `column <> 'a'`, or `column not in ('a', 'b')`. */
export function notInLiterals(column: string | SQLWrapper, values: readonly string[]): SQL {
  const col = typeof column === 'string' ? sql.raw(column) : column;
  return values.length === 1 ? sql`${col} <> ${sqlLiteral(values[0])}` : sql`${col} not in ${sqlLiteralList(values)}`;
}
