import path from 'node:path';
import { buildApp } from './app';
import type { AppDeps } from './platform/app-deps';
import { loadConfig } from './platform/config';
import { createPiiCipher } from './platform/crypto/pii-cipher';
import { loadSecret } from './platform/crypto/secret';
import { createFileLinkSigner } from './platform/storage/file-links';
import { createCursorCodec } from './platform/http/cursor';
import { openDatabase } from './platform/db/open-database';
import { createLogSmsSender } from './platform/sms/sms-sender';
import { createDiskStorage } from './platform/storage/file-storage';
import { startOutboxWorker } from './platform/outbox/outbox';
import { outboxCleanupJob } from './platform/outbox/outbox-cleanup';
import { startScheduler } from './platform/jobs/scheduler';
import { shutdownOnSignals } from './platform/lifecycle/graceful-shutdown';
import { rateCounterCleanupJob } from './platform/rate-limit/rate-counter';
import { jobsOf } from './platform/module-kit/module-wiring';
import { createLiveCalendar } from './modules/calendar';
import { MODULES, MODULE_OUTBOX_HANDLERS } from './module-list';
import { isFirstStart, seedDemo } from './demo-seeding';

/** Starts the platform: database (PGlite in the data dir, or DATABASE_URL), every module's demo steps (the district on first start), HTTP, jobs, outbox. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  const secret = loadSecret(config.secret, config.dataDir);
  const cipher = createPiiCipher(secret);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
  console.log(`[linli] 数据库：${where}`);

  const calendar = await createLiveCalendar(database.db);
  const firstStart = await isFirstStart(database.db);
  const started = Date.now();
  if (firstStart) console.log(`[linli] 首次启动：生成演示区县 薛城区（约 ${config.demoHouseholds} 户）…`);
  let lastPercent = -1;
  const totals = await seedDemo(
    {
      db: database.db,
      cipher,
      calendar,
      demoPassword: config.demoPassword,
      households: config.demoHouseholds,
      cases: { count: Number(process.env.LINLI_DEMO_CASES ?? Math.min(3000, Math.round(config.demoHouseholds / 6))), bulk: false },
      onProgress: (done, total, stage) => {
        const percent = Math.floor((done / Math.max(total, 1)) * 100);
        if (percent >= lastPercent + 10) {
          lastPercent = percent;
          console.log(`[linli]   ${stage} ${percent}%`);
        }
      },
      log: (line) => console.log(`[linli] ${line}`),
    },
    firstStart,
  );
  if (firstStart) console.log(`[linli] 演示数据就绪（${((Date.now() - started) / 1000).toFixed(1)} 秒）：${JSON.stringify(totals)}`);

  const deps: AppDeps = {
    db: database.db,
    listen: database.listen,
    listening: database.listening,
    cipher,
    sms: createLogSmsSender((line) => console.log(line)),
    calendar,
    storage: createDiskStorage(path.join(config.dataDir, 'uploads')),
    fileLinks: createFileLinkSigner(secret),
    cursors: createCursorCodec(secret),
    sessionIdleMinutes: config.sessionIdleMinutes,
    intakeBatch: config.intakeBatch,
    smsDailyCap: config.smsDailyCap,
    revealPerHour: config.revealPerHour,
    webDist: config.webDist,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    loginRateLimit: config.loginRateLimit,
    exports: { dir: path.join(config.dataDir, 'exports'), immediateRows: config.exportImmediateRows, keepHours: config.exportKeepHours },
  };
  const app = await buildApp(deps, { logger: process.env.LINLI_LOG === '1' });
  await app.listen({ port: config.port, host: config.host });
  const log = (line: string) => console.error(line);
  const stopJobs = startScheduler(database.db, [outboxCleanupJob, rateCounterCleanupJob, ...jobsOf(MODULES, deps)], log);
  const stopOutbox = startOutboxWorker(database.db, MODULE_OUTBOX_HANDLERS, log);
  const url = `http://localhost:${config.port}`;
  console.log(`[linli] 邻里已启动：${url}   API 文档：${url}/api/docs`);
  console.log(`[linli] 演示账号（密码 ${process.env.LINLI_DEMO_PASSWORD ? '见 LINLI_DEMO_PASSWORD' : config.demoPassword}）：`);
  for (const [username, label] of MODULES.flatMap((m) => m.demoAccounts ?? [])) console.log(`[linli]   ${username.padEnd(14)} ${label}`);

  shutdownOnSignals({
    app,
    stopWork: [stopJobs, stopOutbox],
    closeDatabase: database.close,
    deadlineMs: config.shutdownDeadlineMs,
    log,
    exit: (code) => process.exit(code),
  });
}

main().catch((err) => {
  console.error(`[linli] 启动失败：${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
