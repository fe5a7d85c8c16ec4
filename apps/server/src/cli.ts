/**
 * Operator commands: `npm run linli -- <command>` (or `npx tsx apps/server/src/cli.ts <command>`).
 * Opens the same database as the server (DATABASE_URL, else the PGlite data directory, which the
 * server must not hold at the same time: PGlite cannot be shared between processes).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config';
import { createPiiCipher } from './platform/crypto/pii-cipher';
import { loadSecret } from './platform/crypto/secret';
import { openDatabase } from './platform/db/open-database';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import type { OpenDatabase } from './platform/db/database';
import { DEMO_DISTRICT_CODE, findDemoDistrict, findNodeByCode, importDivisions } from './modules/org';
import { createLiveCalendar } from './modules/calendar';
import { rebuildCaseStatsRollup } from './modules/cases';
import { importBoundaries } from './modules/geo';
import { seedDemo } from './demo-seeding';
import { MODULES } from './module-list';
import { createProgressBar } from './cli/progress-bar';
import { OperatorError } from './platform/operator-error';
import { backupCommand } from './cli/backup-command';
import { restoreCommand } from './cli/restore-command';

interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  generate: {
    usage: 'generate --households N [--cases N] [--seed S]',
    summary: `生成演示区（薛城区 ${DEMO_DISTRICT_CODE}）及各模块演示数据，同首次启动 / generate the demo district and every module's demo data`,
    run: generate,
  },
  'import-divisions': {
    usage: 'import-divisions <districtCode>',
    summary: '从国家统计区划导入区县的街道和社区 / import a district’s real streets and communities',
    run: importDivisionsCommand,
  },
  'import-boundaries': {
    usage: 'import-boundaries FILE.geojson [--crs wgs84|gcj02] [--district CODE] [--dry-run]',
    summary: '导入街道、社区、网格的真实边界（按编码或名称匹配，逐要素报告）/ import real boundaries, matched by code or name',
    run: importBoundariesCommand,
  },
  'rebuild-stats': {
    usage: 'rebuild-stats',
    summary: '按原始案件重算统计汇总表（批量导入后）/ recompute the case-stats rollup from the raw cases',
    run: rebuildStatsCommand,
  },
  backup: backupCommand,
  restore: restoreCommand,
  help: { usage: 'help', summary: '显示本帮助 / show this help', run: async () => printHelp() },
};

function printHelp(): void {
  const lines = ['用法 / usage: npm run linli -- <command>', ''];
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage.padEnd(36)} ${c.summary}`);
  lines.push('', '环境变量 / environment: DATABASE_URL, LINLI_DATA_DIR, LINLI_SECRET, LINLI_DEMO_PASSWORD, LINLI_DEMO_HOUSEHOLDS');
  console.log(lines.join('\n'));
}

async function withDatabase<T>(work: (database: OpenDatabase, config: ReturnType<typeof loadConfig>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

async function generate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { households: { type: 'string' }, cases: { type: 'string' }, seed: { type: 'string' } }, strict: true });
  const config = loadConfig();
  const households = Number(values.households ?? config.demoHouseholds);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(households) || households <= 0) throw new UsageError('--households 必须是正整数 / must be a positive integer');
  if (!Number.isInteger(seed)) throw new UsageError('--seed 必须是整数 / must be an integer');
  const caseCount = values.cases === undefined ? 0 : Number(values.cases);
  if (!Number.isInteger(caseCount) || caseCount < 0) throw new UsageError('--cases 必须是非负整数 / must be a non-negative integer');

  await withDatabase(async ({ db }) => {
    const existing = await findDemoDistrict(db);
    if (existing) {
      const where = config.databaseUrl
        ? '请换一个空数据库（DATABASE_URL）/ use an empty database'
        : `请先停止服务并删除数据目录 ${config.dataDir} / stop the server and delete the data directory`;
      throw new UsageError(
        `演示区已于 ${existing.at} 生成（${existing.households} 户，种子 ${existing.seed}），不会重复生成。${where}。\n` +
          `A demo district already exists (${existing.households} households, seed ${existing.seed}); it is never generated twice.`,
      );
    }
    const cipher = createPiiCipher(loadSecret(config.secret, config.dataDir));
    const calendar = await createLiveCalendar(db);
    const started = Date.now();
    const bar = createProgressBar();
    // The same demo steps as a first start, at the size asked for: with --cases, cases in bulk (the benchmark world, bench/).
    const totals = await seedDemo(
      {
        db,
        cipher,
        calendar,
        demoPassword: config.demoPassword,
        households,
        seed,
        cases: { count: caseCount, bulk: true },
        onProgress: bar.update,
        log: (line) => process.stderr.write(`${line}\n`),
      },
      true,
    );
    bar.end();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`演示区已生成 / demo district generated in ${seconds} s (seed ${seed})`);
    console.table(totals);
    const accounts = MODULES.flatMap((m) => m.demoAccounts ?? []).map(([username]) => username);
    console.log(`演示账号 / demo accounts: ${accounts.join(', ')}（密码 / password: LINLI_DEMO_PASSWORD）`);
  });
}

async function rebuildStatsCommand(args: string[]): Promise<void> {
  parseArgs({ args, strict: true });
  await withDatabase(async ({ db }) => {
    const started = Date.now();
    await rebuildCaseStatsRollup(db);
    console.log(`统计汇总已重算 / case-stats rollup rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

async function importDivisionsCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const [code] = positionals;
  if (!code || !/^\d{6}$/.test(code)) throw new UsageError('请给出 6 位区县代码，例如 370403 / give a 6-digit district code, e.g. 370403');
  await withDatabase(async ({ db }) => {
    const result = await db.transaction((tx) => importDivisions(tx, code));
    const { created } = result;
    console.log(
      `${result.district.name}（${result.district.code}）: 新建区县 ${created.districts}、街道/镇 ${created.streets}、社区/村 ${created.communities}，已存在 ${result.skipped}`,
    );
    console.log(`created district ${created.districts}, streets ${created.streets}, communities ${created.communities}; ${result.skipped} already existed`);
  });
}

async function importBoundariesCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { crs: { type: 'string' }, district: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file) throw new UsageError('请给出 GeoJSON 文件 / give a GeoJSON file');
  const crs = values.crs ?? 'wgs84';
  if (crs !== 'wgs84' && crs !== 'gcj02') throw new UsageError('--crs 只能是 wgs84 或 gcj02 / --crs is wgs84 or gcj02');
  const code = values.district ?? DEMO_DISTRICT_CODE;
  const collection: unknown = JSON.parse(await readFile(file, 'utf8'));
  await withDatabase(async ({ db }) => {
    const district = await findNodeByCode(db, code, ['district']);
    if (!district) throw new UsageError(`没有编码为 ${code} 的区县 / no district with code ${code}`);
    const report = await db.transaction((tx) => importBoundaries(tx, collection, { districtPath: district.path, crs, dryRun: values['dry-run'] }));
    const status = { matched: '已匹配', unmatched: '未匹配', ambiguous: '名称重复', invalid: '无效' } as const;
    for (const f of report.features) {
      const target = f.node ? ` → ${f.node.name}（${f.node.kind} ${f.node.code}）` : '';
      console.log(`#${f.index} ${f.label}: ${status[f.status]}${target}${f.reason ? ` — ${f.reason}` : ''}`);
    }
    const verb = values['dry-run'] ? '将写入 / would save' : '已写入 / saved';
    console.log(
      `${verb} ${report.saved} 个边界 outlines；重新放置楼栋 / buildings re-placed: ${report.buildingsReplaced}；小区定位点 / complex points: ${report.complexesPlaced}`,
    );
  });
}

/** A mistake of the operator: printed without a stack trace. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [name = 'help', ...args] = argv;
  const command = COMMANDS[name];
  if (!command) {
    printHelp();
    throw new UsageError(`未知命令 / unknown command: ${name}`);
  }
  await command.run(args);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // Operator mistakes (bad arguments, too few households) need the message, not a stack trace.
  const usage =
    err instanceof UsageError ||
    err instanceof OperatorError ||
    err instanceof DataDirLockedError ||
    err instanceof RangeError ||
    (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'));
  console.error(usage || !(err instanceof Error) ? String(err instanceof Error ? err.message : err) : err.stack);
  process.exitCode = 1;
});
