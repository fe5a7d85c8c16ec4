import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database';

/** A secondary index that was dropped for a bulk load, with the statement that recreates it. */
export interface DroppedIndex {
  name: string;
  definition: string;
}

/**
 * Drops the secondary indexes of `tables` (not primary keys or unique constraints, which guard the
 * data) so a bulk load appends rows without maintaining them row by row; building an index once
 * afterwards is several times faster. Returns what {@link restoreIndexes} needs.
 */
export async function dropSecondaryIndexes(db: Db, tables: string[]): Promise<DroppedIndex[]> {
  const result = await db.execute(sql`
    select i.indexname as name, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${sql.join(
      tables.map((t) => sql`${t}`),
      sql`, `,
    )})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
      and i.indexdef not like 'CREATE UNIQUE%'`);
  const dropped = (result as unknown as { rows: DroppedIndex[] }).rows;
  for (const index of dropped) await db.execute(sql.raw(`drop index if exists "${index.name}"`));
  return dropped;
}

/** Recreates the indexes {@link dropSecondaryIndexes} dropped, one by one (`onIndex` reports each). */
export async function restoreIndexes(db: Db, dropped: DroppedIndex[], onIndex?: (name: string, done: number, total: number) => void): Promise<void> {
  let done = 0;
  for (const index of dropped) {
    await db.execute(sql.raw(index.definition));
    onIndex?.(index.name, ++done, dropped.length);
  }
}
