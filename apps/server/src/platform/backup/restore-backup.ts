import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { OperatorError } from '../operator-error';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../files/private-files';
import { isStorageKey } from '../storage/file-storage';
import { type BackupHeader, type BackupProgress, quoteName, secretFingerprint } from './backup-format';
import { BadBackupError, readBackup } from './read-backup';
import { listUploads } from './write-backup';

/** The target of a restore already holds data, or does not fit the backup: said to the operator without a stack trace. */
export class RestoreRefusedError extends OperatorError {}

/** Where to restore. */
export interface RestoreBackupOptions {
  file: string;
  /** A connection to the target database, already migrated by this version (openDatabase). */
  client: pg.ClientBase;
  uploadsDir: string;
  /** The secret the restored server will run with; undefined when it has none yet. */
  secret: string | undefined;
  /** The target named in messages, in Chinese and English (`数据目录 /srv/linli`, `data directory /srv/linli`). */
  target: { zh: string; en: string };
  onProgress?: BackupProgress;
}

/** What was restored. */
export interface RestoreSummary {
  header: BackupHeader;
  rows: number;
  files: number;
}

/**
 * Restores a backup into an empty database and uploads directory, all rows in one transaction
 * (a failed restore leaves the target as empty as it found it), checking the row count of every
 * table against the header before committing.
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoreSummary> {
  const { client, file, uploadsDir, onProgress } = options;
  const written: string[] = [];
  const restored = new Map<string, number>();
  let total = 0;
  let done = 0;
  let began = false;
  let current: BackupHeader | undefined;
  const tableOf = (name: string) => {
    const found = current?.tables.find((t) => t.name === name);
    if (!found) throw new BadBackupError(`备份文件已损坏（表 ${name} 不在文件头中）/ backup file is damaged (table ${name} not in its header)`);
    return found;
  };
  try {
    const header = await readBackup(file, {
      header: async (h) => {
        await refuseUnfit(options, h);
        current = h;
        total = h.tables.reduce((sum, t) => sum + t.rows, 0);
        await client.query('begin');
        began = true;
        // The cache triggers only NOTIFY; a superuser (PGlite, a DBA's role) can skip them for speed.
        const { rows } = await client.query<{ su: boolean }>('select rolsuper as su from pg_roles where rolname = current_user');
        if (rows[0]?.su) await client.query('set local session_replication_role = replica');
      },
      rows: async (table, rows) => {
        const list = tableOf(table).columns.map(quoteName).join(', ');
        await client.query(`insert into ${quoteName(table)} (${list}) select ${list} from json_populate_recordset(null::${quoteName(table)}, $1::json)`, [
          `[${rows.join(',')}]`,
        ]);
        restored.set(table, (restored.get(table) ?? 0) + rows.length);
        done += rows.length;
        onProgress?.(done, total, table);
      },
      sequence: async (name, value) => {
        await client.query('select setval($1::regclass, $2, true)', [quoteName(name), value]);
      },
      file: async (key, data) => {
        if (!isStorageKey(key)) throw new BadBackupError(`备份中的文件名不合规：${key} / unexpected file name in backup`);
        const target = path.join(uploadsDir, key);
        fs.mkdirSync(path.dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE });
        fs.writeFileSync(target, data, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
        written.push(target);
        onProgress?.(written.length, current?.files.count ?? 0, 'uploads');
      },
    });
    for (const t of header.tables) {
      const got = restored.get(t.name) ?? 0;
      if (got !== t.rows) throw new BadBackupError(`表 ${t.name} 应有 ${t.rows} 行，读到 ${got} 行 / table ${t.name}: ${got} rows of ${t.rows}`);
    }
    await client.query('commit');
    return { header, rows: done, files: written.length };
  } catch (err) {
    if (began) await client.query('rollback').catch(() => undefined);
    for (const f of written) fs.rmSync(f, { force: true });
    throw err;
  }
}

/** Refuses a target that holds data, runs another schema, or lacks the secret the personal fields were encrypted with. */
async function refuseUnfit(options: RestoreBackupOptions, header: BackupHeader): Promise<void> {
  const { client, uploadsDir, secret, target } = options;
  const tables = await client.query<{ name: string }>(
    `select format('%s.%s', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  for (const t of tables.rows) {
    const { rows } = await client.query<{ any: boolean }>(`select exists (select 1 from ${quoteName(t.name)}) as any`);
    if (rows[0].any) {
      throw new RestoreRefusedError(
        `${target.zh} 不是空的（表 ${t.name} 已有数据），恢复只写入空的数据目录或空数据库，不会覆盖现有数据。请换一个新的数据目录（LINLI_DATA_DIR）或新建一个空数据库（DATABASE_URL）。\n` +
          `${target.en} is not empty (table ${t.name} has rows): restore writes only into an empty data directory or database and never overwrites data.`,
      );
    }
  }
  const uploads = listUploads(uploadsDir);
  if (uploads.length > 0) {
    throw new RestoreRefusedError(
      `上传目录 ${uploadsDir} 已有 ${uploads.length} 个文件，请先移走 / the uploads directory already holds ${uploads.length} files: move them away first.`,
    );
  }
  const migrations = await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by created_at, id');
  const here = migrations.rows.map((m) => m.hash);
  if (here.join() !== header.migrations.join()) {
    const newer = header.migrations.some((h) => !here.includes(h));
    throw new RestoreRefusedError(
      newer
        ? `备份来自更新版本的邻里（多 ${header.migrations.filter((h) => !here.includes(h)).length} 个数据库迁移），请先升级本程序再恢复。\n` +
            `The backup comes from a newer Linli (its schema has migrations this version lacks): upgrade, then restore.`
        : `备份来自较早版本的邻里（少 ${here.filter((h) => !header.migrations.includes(h)).length} 个数据库迁移）：请用做备份的那个版本恢复，再升级（启动时自动迁移）。\n` +
            `The backup comes from an older Linli: restore it with the version that made it, then upgrade (migrations run at start).`,
    );
  }
  if (!secret) {
    throw new RestoreRefusedError(
      `找不到密钥：备份中的身份证号、电话用原来的密钥加密。请先把原服务器的 secret.key 复制到数据目录，或设置与原来相同的 LINLI_SECRET，再恢复。\n` +
        `No secret: ID numbers and phones in the backup are encrypted with the original one. Copy the old secret.key into the data directory, or set the same LINLI_SECRET, then restore.`,
    );
  }
  if (secretFingerprint(secret) !== header.secretFingerprint) {
    throw new RestoreRefusedError(
      `密钥与做备份时的不同：恢复后身份证号、电话将无法解密。请使用原来的 secret.key 或 LINLI_SECRET。\n` +
        `The secret differs from the one the backup was made with: ID numbers and phones could not be decrypted. Use the original secret.key or LINLI_SECRET.`,
    );
  }
}
