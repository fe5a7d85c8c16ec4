import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { PRIVATE_FILE_MODE } from '../files/private-files';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupControl, type BackupHeader, type BackupProgress, quoteName, secretFingerprint } from './backup-format';

/** Rows fetched from the cursor at a time: enough to keep round trips few, small enough to stream. */
const FETCH_ROWS = 2000;

/** What to back up and where. */
export interface WriteBackupOptions {
  /** A connection to the database (the embedded server's socket, or PostgreSQL). */
  client: pg.ClientBase;
  /** The backup file; written beside it as `.partial` first, so a cut-short run never leaves a file that looks whole. */
  file: string;
  /** Where uploaded photos live (`<data>/uploads`); missing means none. */
  uploadsDir: string;
  secret: string;
  onProgress?: BackupProgress;
}

/** What was written. */
export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
  bytes: number;
}

/**
 * Writes a consistent backup: every table of the `public` schema read in one repeatable-read,
 * read-only transaction (one snapshot: on PostgreSQL other sessions carry on meanwhile; PGlite is
 * one session, so the embedded server's requests wait until the rows are read), the sequences, the
 * migration history, then the uploaded files.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<BackupSummary> {
  const { client, file, uploadsDir, secret, onProgress } = options;
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial, { mode: PRIVATE_FILE_MODE });
  const gzip = createGzip({ level: 6 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('begin isolation level repeatable read read only');
    const header = await readHeader(client, uploadsDir, secret);
    await write(JSON.stringify(header));
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    let done = 0;
    for (const table of header.tables) {
      onProgress?.(done, total, table.name);
      await write(JSON.stringify(['table', table.name] satisfies BackupControl));
      // to_jsonb rather than row_to_json: the same JSON, made about twice as fast by PGlite (1.5 s → 0.8 s for 14,000 residents).
      await client.query(`declare dump no scroll cursor for select to_jsonb(t)::text as j from ${quoteName(table.name)} t`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ j: string }>(`fetch ${FETCH_ROWS} from dump`);
        for (const row of batch.rows) await write(row.j);
        rows += batch.rows.length;
        done += batch.rows.length;
        onProgress?.(done, total, table.name);
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query('close dump');
      await write(JSON.stringify(['end', table.name, rows] satisfies BackupControl));
    }
    const sequences = await client.query<{ name: string; last: string | null }>(
      `select format('%s.%s', schemaname, sequencename) as name, last_value::text as last from pg_sequences where schemaname = 'public'`,
    );
    for (const s of sequences.rows) if (s.last !== null) await write(JSON.stringify(['sequence', s.name, Number(s.last)] satisfies BackupControl));
    await client.query('commit');
    const files = listUploads(uploadsDir);
    let bytes = 0;
    for (const [i, key] of files.entries()) {
      const data = fs.readFileSync(path.join(uploadsDir, key));
      bytes += data.length;
      await write(JSON.stringify(['file', key, data.toString('base64')] satisfies BackupControl));
      onProgress?.(i + 1, files.length, 'uploads');
    }
    await write(JSON.stringify(['done', done, files.length] satisfies BackupControl));
    gzip.end();
    await once(out, 'close');
    fs.renameSync(partial, file);
    return { tables: header.tables.length, rows: done, files: files.length, bytes };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    gzip.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** The header, read inside the backup's snapshot so its row counts match the rows that follow. */
async function readHeader(client: pg.ClientBase, uploadsDir: string, secret: string): Promise<BackupHeader> {
  const version = await client.query<{ v: string }>('select version() as v');
  const migrations = await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by created_at, id');
  const tables = await client.query<{ name: string; columns: string[] }>(
    `select format('%s.%s', n.nspname, c.relname) as name,
            array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      group by n.nspname, c.relname
      order by c.relname`,
  );
  const counted = [];
  for (const t of tables.rows) {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${quoteName(t.name)}`);
    counted.push({ name: t.name, columns: t.columns, rows: Number(rows[0].n) });
  }
  const files = listUploads(uploadsDir);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    source: { kind: version.rows[0].v.includes('PGlite') ? 'pglite' : 'postgres', serverVersion: version.rows[0].v.split(' on ')[0] },
    migrations: migrations.rows.map((m) => m.hash),
    secretFingerprint: secretFingerprint(secret),
    tables: counted,
    files: { count: files.length, bytes: files.reduce((sum, key) => sum + fs.statSync(path.join(uploadsDir, key)).size, 0) },
  };
}

/** Uploaded files as keys relative to the uploads directory (`2026/01/<uuid>.jpg`), sorted. */
export function listUploads(uploadsDir: string): string[] {
  if (!fs.existsSync(uploadsDir)) return [];
  return (fs.readdirSync(uploadsDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(uploadsDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
