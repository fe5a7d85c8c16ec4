import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../platform/config';
import { findSecret } from '../platform/crypto/secret';
import { openDatabase } from '../platform/db/open-database';
import { restoreBackup } from '../platform/backup/restore-backup';
import { OperatorError } from '../platform/operator-error';
import { createProgressBar } from './progress-bar';

/** `linli restore FILE`: a backup into an empty data directory or an empty PostgreSQL database. */
export const restoreCommand = {
  usage: 'restore FILE',
  summary: '把备份恢复到空的数据目录或空数据库（服务须停止）/ restore a backup into an empty data directory or database',
  run: restore,
};

async function restore(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new OperatorError('请给出要恢复的备份文件 / give the backup file to restore');
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  if (!fs.existsSync(file)) throw new OperatorError(`找不到备份文件 ${file} / backup file not found`);
  const config = loadConfig();
  const target = config.databaseUrl
    ? { zh: 'DATABASE_URL 指向的数据库', en: 'the DATABASE_URL database' }
    : { zh: `数据目录 ${config.dataDir}`, en: `data directory ${config.dataDir}` };
  console.error(`恢复 / restoring ${file} → ${target.zh} / ${target.en}`);
  // Opening applies this version's migrations to an empty target; the backup must have the same ones.
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  const client = new pg.Client({ connectionString: database.url });
  const bar = createProgressBar();
  const started = Date.now();
  try {
    await client.connect();
    const summary = await restoreBackup({
      file,
      client,
      uploadsDir: path.join(config.dataDir, 'uploads'),
      secret: findSecret(config.secret, config.dataDir),
      target,
      onProgress: bar.update,
    });
    bar.end();
    const from = `${summary.header.source.serverVersion}, ${summary.header.createdAt}`;
    console.log(
      `恢复完成 / restored: ${summary.header.tables.length} 张表 tables, ${summary.rows.toLocaleString('en')} 行 rows, ${summary.files} 个文件 files ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s (backup of ${from})`,
    );
  } finally {
    bar.end();
    await client.end().catch(() => undefined);
    await database.close();
  }
}
