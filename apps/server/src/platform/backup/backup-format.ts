import { hkdfSync } from 'node:crypto';

/**
 * A Linli backup file: gzip-compressed lines of JSON, readable by PostgreSQL 15 and later and by
 * PGlite alike because it holds rows, not SQL or a physical image. Line 1 is the header; then, for
 * each table, a `["table", name]` line, one JSON object per row (`to_jsonb`), and `["end", name,
 * rows]`; then `["sequence", name, lastValue]` lines, `["file", key, base64]` lines for uploaded
 * files, and `["done", rows, files]`, without which the file is cut short.
 */
export const BACKUP_FORMAT = 'linli-backup';
/** Bumped when a reader of an older version could no longer read the file. */
export const BACKUP_VERSION = 1;

/** One table in the header: its columns in dump order and how many rows follow. */
export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

/** The first line of a backup. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** `pglite` or `postgres`, and the server's version string. */
  source: { kind: string; serverVersion: string };
  /** Hashes of the migrations the database had, oldest first: the schema the rows fit. */
  migrations: string[];
  /** Tells whether the secret at restore is the one the personal fields were encrypted with; reveals nothing about it. */
  secretFingerprint: string;
  tables: BackupTable[];
  files: { count: number; bytes: number };
}

/** A control line (arrays; rows are objects). */
export type BackupControl = ['table', string] | ['end', string, number] | ['sequence', string, number] | ['file', string, string] | ['done', number, number];

/** A one-way tag of the deployment secret (its own HKDF purpose, so it shares nothing with the PII keys). */
export function secretFingerprint(secret: string): string {
  return Buffer.from(hkdfSync('sha256', secret, 'linli', 'backup-fingerprint', 8)).toString('hex');
}

/** Progress of a backup or restore: rows (or files) done of the total, and what is being copied. */
export type BackupProgress = (done: number, total: number, stage: string) => void;

/** Quotes a `schema.table` or column name for SQL. */
export function quoteName(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}
