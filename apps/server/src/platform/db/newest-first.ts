import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column desc nulls last`: the order of the `(…, id desc)` indexes Drizzle builds (`.desc()` means
 * DESC NULLS LAST). A bare `desc` (NULLS FIRST) cannot read such an index in order, so Postgres
 * sorts every matching row or walks the primary key instead (2M cases: 8.9 ms → 0.15 ms).
 */
export function newestFirst(column: AnyColumn): SQL {
  return sql`${column} desc nulls last`;
}
