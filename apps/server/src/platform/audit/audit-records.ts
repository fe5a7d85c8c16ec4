import { ilike, inArray, or } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { escapeLike } from '../auth/data-scope';
import type { DbOrTx } from '../db/database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that are UUIDs: one that is not (an old or hand-written row) would make Postgres refuse a whole page's `IN (…)` on a uuid column. */
export function uuidsOnly(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id));
}

/** A record an audit entry points at, as the module owning it names it. */
export interface AuditRecordName {
  /** Its own number or title (case number, wish title, a person's name). */
  label: string;
  /** A second line: a case's title, a person's post. */
  note?: string | null;
  /** The console path that opens it, or null when no page shows it. */
  href: string | null;
}

/**
 * How a module names the records of one kind in the audit log (its manifest's `auditRecords`):
 * `describe` reads the names of one page's records in one query, `find` turns a number or title
 * typed in the log's record filter into record ids.
 */
export interface AuditRecordNamer {
  describe(db: DbOrTx, ids: readonly string[]): Promise<ReadonlyMap<string, AuditRecordName>>;
  find?(db: DbOrTx, text: string, limit: number): Promise<string[]>;
}

/** A record kind named straight from its table's columns: what {@link tableNamer} reads. */
export interface TableNamerSpec {
  table: PgTable;
  id: AnyPgColumn;
  /** The record's own number or title. */
  label: AnyPgColumn;
  note?: AnyPgColumn;
  /** The console path of one record, or null when no page shows it. */
  href(id: string): string | null;
  /** Columns the record filter searches (a prefix of a number, part of a title); none: the kind cannot be searched. */
  search?: readonly { column: AnyPgColumn; match: 'prefix' | 'contains' }[];
}

/** A namer for records named by columns of one table: one `IN (…)` read per page, and a search over the listed columns. */
export function tableNamer(spec: TableNamerSpec): AuditRecordNamer {
  const namer: AuditRecordNamer = {
    async describe(db, ids) {
      const wanted = spec.id.columnType === 'PgUUID' ? uuidsOnly(ids) : [...ids];
      if (wanted.length === 0) return new Map();
      const rows = (await db
        .select({ id: spec.id, label: spec.label, ...(spec.note ? { note: spec.note } : {}) })
        .from(spec.table)
        .where(inArray(spec.id, wanted))) as { id: string; label: string; note?: string | null }[];
      return new Map(rows.map((r) => [r.id, { label: r.label, note: r.note ?? null, href: spec.href(r.id) }]));
    },
  };
  const search = spec.search;
  if (search?.length) {
    namer.find = async (db, text, limit) => {
      const text_ = escapeLike(text);
      const matches = search.map(({ column, match }) => ilike(column, match === 'prefix' ? `${text_}%` : `%${text_}%`));
      const rows = (await db
        .select({ id: spec.id })
        .from(spec.table)
        .where(or(...matches))
        .limit(limit)) as { id: string }[];
      return rows.map((r) => r.id);
    };
  }
  return namer;
}

/** A namer for records whose id is itself a name (a day, a setting's key): no query. */
export function keyNamer(label: (id: string) => string, href: string | null): AuditRecordNamer {
  return { describe: async (_db, ids) => new Map(ids.map((id) => [id, { label: label(id), href }])) };
}
