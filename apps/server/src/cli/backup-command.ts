import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../platform/config';
import { findSecret } from '../platform/crypto/secret';
import { openDatabase } from '../platform/db/open-database';
import { runningServerUrl } from '../platform/db/running-server';
import { writeBackup } from '../platform/backup/write-backup';
import { OperatorError } from '../platform/operator-error';
import { createProgressBar } from './progress-bar';

/** `linli backup FILE`: a consistent backup of the database and the uploaded files, while the server runs or not. */
export const backupCommand = {
  usage: 'backup FILE',
  summary: '备份数据库和上传的照片到一个文件（服务可在运行）/ back up the database and uploads into one file',
  run: backup,
};

async function backup(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new OperatorError('请给出一个备份文件名，例如 backup /var/backups/linli-2026-12-06.linli.gz / give one backup file name');
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const config = loadConfig();
  const secret = findSecret(config.secret, config.dataDir);
  if (!secret) throw new OperatorError(`找不到密钥（LINLI_SECRET 或 ${config.dataDir}/secret.key）/ no secret found: is this the server's data directory?`);

  const { client, close, via } = await connect(config.databaseUrl, config.dataDir);
  const bar = createProgressBar();
  const started = Date.now();
  try {
    console.error(`备份 / backing up ${via} → ${file}`);
    const summary = await writeBackup({ client, file, uploadsDir: path.join(config.dataDir, 'uploads'), secret, onProgress: bar.update });
    bar.end();
    const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    console.log(
      `备份完成 / backup written: ${summary.tables} 张表 tables, ${summary.rows.toLocaleString('en')} 行 rows, ${summary.files} 个文件 files, ` +
        `${size} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log('注意：备份不含密钥。请另行保管 secret.key（或 LINLI_SECRET），恢复时需要它 / the secret is not in the backup: keep it separately.');
  } finally {
    await close();
  }
}

/** A connection for the backup: PostgreSQL, the running embedded server's socket, or the data directory opened here. */
async function connect(databaseUrl: string | undefined, dataDir: string): Promise<{ client: pg.Client; close: () => Promise<void>; via: string }> {
  const running = databaseUrl ? undefined : runningServerUrl(dataDir);
  if (databaseUrl || running) {
    const client = new pg.Client({ connectionString: databaseUrl ?? running });
    await client.connect();
    // The embedded server is one session: its requests wait while the backup reads (docs/backup.md).
    const via = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `运行中的服务 / the running server (${dataDir})`;
    return { client, close: () => client.end(), via };
  }
  if (!fs.existsSync(path.join(dataDir, 'pgdata'))) throw new OperatorError(`数据目录 ${dataDir} 里没有数据库 / no database in data directory ${dataDir}`);
  const database = await openDatabase({ dataDir });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    client,
    via: `数据目录 / data directory ${dataDir}`,
    close: async () => {
      await client.end();
      await database.close();
    },
  };
}
