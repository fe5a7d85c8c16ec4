import path from 'node:path';
import { buildApp } from './app';
import type { AppDeps } from './platform/app-deps';
import { loadConfig } from './platform/config';
import { createPiiCipher } from './platform/crypto/pii-cipher';
import { loadSecret } from './platform/crypto/secret';
import { createFileLinkSigner } from './platform/storage/file-links';
import { createCursorCodec } from './platform/http/cursor';
import type { OpenDatabase } from './platform/db/database';
import { openDatabase } from './platform/db/open-database';
import { isDatabaseUnavailable } from './platform/db/unavailable';
import { createLogSmsSender } from './platform/sms/sms-sender';
import { createDiskStorage } from './platform/storage/file-storage';
import { startOutboxWorker } from './platform/outbox/outbox';
import { outboxCleanupJob } from './platform/outbox/outbox-cleanup';
import { startScheduler } from './platform/jobs/scheduler';
import { shutdownOnSignals } from './platform/lifecycle/graceful-shutdown';
import { StartupAborted, guardStartup } from './platform/lifecycle/startup-guard';
import { logFormatOf } from './platform/logging/log-sink';
import { createLogger, type AppLogger } from './platform/logging/logger';
import { createMetrics } from './platform/metrics/metrics';
import { rateCounterCleanupJob } from './platform/rate-limit/rate-counter';
import { jobsOf } from './platform/module-kit/module-wiring';
import { createLiveCalendar } from './modules/calendar';
import { MODULES, MODULE_OUTBOX_HANDLERS } from './module-list';
import { isFirstStart, seedDemoOnStart } from './demo-seeding';

/** The process's logger; a bad LINLI_LOG_FORMAT falls back to JSON, so the start-up failure can still be told. */
function processLogger(): AppLogger {
  try {
    return createLogger({ format: logFormatOf(), level: process.env.LINLI_LOG_LEVEL?.trim() || 'info' });
  } catch (err) {
    const logger = createLogger({ format: 'json' });
    logger.fatal({ err }, `[linli] 启动失败：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

const logger = processLogger();
// The server keeps serving after a rejection nothing handled (its request has answered or failed
// by itself); it is logged with its stack and counted so an alert sees it. A thrown exception
// leaves state unknown: logged, then the process exits for the supervisor to restart it.
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled rejection');
  metrics?.unhandledRejection();
});
process.on('uncaughtException', (err) => {
  logger.fatal({ err }, 'uncaught exception, exiting');
  process.exit(1);
});
let metrics: ReturnType<typeof createMetrics> | undefined;

/**
 * Starts the platform: database (PGlite in the data dir, or DATABASE_URL), every module's demo
 * steps (the district on first start, in one transaction), HTTP, jobs, outbox. SIGTERM/SIGINT
 * during start-up stop it at the next step (startup-guard.ts): exit 0, nothing half-written.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const info = (line: string) => logger.info(`[linli] ${line}`);
  const guard = guardStartup((line) => logger.warn(line));
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
    guard.check(); // migrations run in one transaction: a signal during them waits for their commit, then stops here
    const secret = loadSecret(config.secret, config.dataDir);
    const cipher = createPiiCipher(secret);
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
    info(`数据库：${where}`);

    const calendar = await createLiveCalendar(database.db);
    const firstStart = await isFirstStart(database.db);
    const started = Date.now();
    if (firstStart) info(`首次启动：生成演示区县 薛城区（约 ${config.demoHouseholds} 户）…`);
    let lastPercent = -1;
    const totals = await seedDemoOnStart(
      {
        db: database.db,
        cipher,
        calendar,
        demoPassword: config.demoPassword,
        households: config.demoHouseholds,
        cases: { count: Number(process.env.LINLI_DEMO_CASES ?? Math.min(3000, Math.round(config.demoHouseholds / 6))), bulk: false },
        onProgress: (done, total, stage) => {
          guard.check(); // a long step stops at its next batch; the first start's transaction rolls back
          const percent = Math.floor((done / Math.max(total, 1)) * 100);
          if (percent >= lastPercent + 10) {
            lastPercent = percent;
            info(`  ${stage} ${percent}%`);
          }
        },
        log: info,
        signal: guard.signal,
      },
      firstStart,
    );
    if (firstStart) info(`演示数据就绪（${((Date.now() - started) / 1000).toFixed(1)} 秒）：${JSON.stringify(totals)}`);
    guard.check();

    metrics = createMetrics({ db: database.db, engine: database.kind, poolStats: database.poolStats, dataDir: config.dataDir });
    const deps: AppDeps = {
      db: database.db,
      listen: database.listen,
      listening: database.listening,
      cipher,
      // The development stand-in for an SMS gateway: the e2e journeys read the code for a phone from this line.
      sms: createLogSmsSender((line) => info(line)),
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
      metricsToken: config.metricsToken,
      metrics,
      exports: { dir: path.join(config.dataDir, 'exports'), immediateRows: config.exportImmediateRows, keepHours: config.exportKeepHours },
    };
    const app = await buildApp(deps, { logger, logRequests: config.logRequests });
    await app.listen({ port: config.port, host: config.host });
    // A lost database connection is expected during an outage (a warning, like the requests' 503s); anything else is an error.
    const logError = (line: string, err?: unknown) => logger[isDatabaseUnavailable(err) ? 'warn' : 'error'](err === undefined ? {} : { err }, line);
    const stopJobs = startScheduler(database.db, [outboxCleanupJob, rateCounterCleanupJob, ...jobsOf(MODULES, deps)], logError, metrics.observeJob);
    const stopOutbox = startOutboxWorker(database.db, MODULE_OUTBOX_HANDLERS, logError, undefined, undefined, {
      ...metrics.outbox,
      messageFailed: (topic, id, err) => {
        metrics?.outbox.messageFailed?.(topic, id, err);
        logger.error({ err, topic, messageId: id }, '[outbox] handler failed (retried later)');
      },
    });
    // From here on graceful shutdown owns the signals; a signal that came during listen() runs it at once.
    guard.release();
    const shutdown = shutdownOnSignals({
      app,
      stopWork: [stopJobs, stopOutbox],
      closeDatabase: database.close,
      deadlineMs: config.shutdownDeadlineMs,
      log: (line) => logger.info(line),
      exit: (code) => process.exit(code),
    });
    if (guard.signal.aborted) return void shutdown((guard.signal.reason as StartupAborted).signal);

    const url = `http://localhost:${config.port}`;
    info(`邻里已启动：${url}   API 文档：${url}/api/docs${config.metricsToken ? `   监控指标：${url}/metrics（需令牌）` : ''}`);
    info(`演示账号（密码 ${process.env.LINLI_DEMO_PASSWORD ? '见 LINLI_DEMO_PASSWORD' : config.demoPassword}）：`);
    for (const [username, label] of MODULES.flatMap((m) => m.demoAccounts ?? [])) info(`  ${username.padEnd(14)} ${label}`);
  } catch (err) {
    guard.release();
    if (err instanceof StartupAborted) {
      await database?.close();
      info(`启动已中止（${err.signal}），数据库已关闭，下次启动从头继续 / start-up stopped by ${err.signal}; database closed`);
      process.exit(0);
    }
    await database?.close().catch(() => undefined);
    throw err;
  }
}

main().catch((err) => {
  logger.fatal({ err }, `[linli] 启动失败：${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
