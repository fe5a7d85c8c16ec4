import { buildApp } from './app';
import { loadConfig } from './platform/config';
import { createPiiCipher } from './platform/crypto/pii-cipher';
import { loadSecret } from './platform/crypto/secret';
import { createFileLinkSigner } from './platform/storage/file-links';
import { createCursorCodec } from './platform/http/cursor';
import { openDatabase } from './platform/db/open-database';
import { createLogSmsSender } from './platform/sms/sms-sender';
import { createDiskStorage } from './platform/storage/file-storage';
import { createLiveCalendar } from './modules/calendar';
import path from 'node:path';
import { ensureDemoOpen311Client } from './modules/open311';
import { generateDemoDistrict } from './modules/directory';
import { DEMO_DISTRICT_CODE, hasDemoDistrict, findNodeByCode } from './modules/org';
import { caseStatsFoldJob, deadlineSweepJob, generateDemoCases, rebuildCaseStatsRollup, seedCategories } from './modules/cases';
import { generateDemoVolunteers } from './modules/volunteers';
import { claimsOutboxHandlers, claimsSweepJob, generateDemoClaims, generateDemoPartnerWork, generateDemoPendingRegistrations } from './modules/claims';
import { notificationHandlers } from './modules/notifications';
import { combineOutboxHandlers, startOutboxWorker } from './platform/outbox/outbox';
import { outboxCleanupJob } from './platform/outbox/outbox-cleanup';
import { startScheduler } from './platform/jobs/scheduler';
import { sessionPurgeJob } from './modules/auth';
import { rateCounterCleanupJob } from './platform/rate-limit/rate-counter';

const DEMO_ACCOUNTS: [string, string][] = [
  ['admin', '系统管理员'],
  ['district', '薛城区管理员'],
  ['street-lc', '临城街道工作人员'],
  ['community-qq', '清泉社区工作人员'],
  ['community-lt', '龙潭社区工作人员'],
  ['grid-qq1', '清泉社区第一网格网格员'],
  ['dept-cg', '区城管局工作人员'],
  ['resident1', '清泉社区居民'],
  ['member1', '在职党员（清泉社区报到）'],
  ['liaison1', '共建单位联络人（liaison1 至 liaison5）'],
];

/** Starts the platform: database (PGlite in the data dir, or DATABASE_URL), demo district on first start, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  const secret = loadSecret(config.secret, config.dataDir);
  const cipher = createPiiCipher(secret);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
  console.log(`[linli] 数据库：${where}`);

  const calendar = await createLiveCalendar(database.db);
  const seeded = await seedCategories(database.db);
  if (seeded) console.log(`[linli] 已导入案件分类 ${seeded} 项（数字城管部件/事件分类 + 民生诉求 + 社会治理）`);
  if (!(await hasDemoDistrict(database.db))) {
    console.log(`[linli] 首次启动：生成演示区县 薛城区（约 ${config.demoHouseholds} 户）…`);
    const started = Date.now();
    let lastPercent = -1;
    const totals = await generateDemoDistrict(database.db, cipher, {
      households: config.demoHouseholds,
      demoPassword: config.demoPassword,
      onProgress: (done, total, stage) => {
        const percent = Math.floor((done / Math.max(total, 1)) * 100);
        if (percent >= lastPercent + 10) {
          lastPercent = percent;
          console.log(`[linli]   ${stage} ${percent}%`);
        }
      },
    });
    const caseCount = Number(process.env.LINLI_DEMO_CASES ?? Math.min(3000, Math.round(config.demoHouseholds / 6)));
    const demoCases = await generateDemoCases(database.db, calendar, { count: caseCount, now: new Date() });
    // The demo cases are written in bulk, not through the workflow: fold them into the dashboard rollup.
    await rebuildCaseStatsRollup(database.db);
    const district = await findNodeByCode(database.db, DEMO_DISTRICT_CODE, ['district']);
    if (district) await ensureDemoOpen311Client(database.db, district.id);
    await generateDemoClaims(database.db, { demoPassword: config.demoPassword });
    await generateDemoVolunteers(database.db);
    console.log(`[linli] 演示数据就绪（${((Date.now() - started) / 1000).toFixed(1)} 秒）：${JSON.stringify({ ...totals, cases: demoCases })}`);
  }

  // Idempotent (skips once liaison1 exists), so data dirs made before it existed gain it too.
  await generateDemoPartnerWork({ db: database.db, calendar, cipher }, { demoPassword: config.demoPassword });
  await generateDemoPendingRegistrations(database.db, { demoPassword: config.demoPassword });

  const app = await buildApp(
    {
      db: database.db,
      listen: database.listen,
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
    },
    { logger: process.env.LINLI_LOG === '1' },
  );
  await app.listen({ port: config.port, host: config.host });
  const log = (line: string) => console.error(line);
  const stopJobs = startScheduler(
    database.db,
    [deadlineSweepJob, caseStatsFoldJob, claimsSweepJob, outboxCleanupJob, sessionPurgeJob(config.sessionIdleMinutes), rateCounterCleanupJob],
    log,
  );
  const stopOutbox = startOutboxWorker(database.db, combineOutboxHandlers(notificationHandlers, claimsOutboxHandlers), log);
  const url = `http://localhost:${config.port}`;
  console.log(`[linli] 邻里已启动：${url}   API 文档：${url}/api/docs`);
  console.log(`[linli] 演示账号（密码 ${process.env.LINLI_DEMO_PASSWORD ? '见 LINLI_DEMO_PASSWORD' : config.demoPassword}）：`);
  for (const [username, label] of DEMO_ACCOUNTS) console.log(`[linli]   ${username.padEnd(14)} ${label}`);

  const shutdown = async () => {
    stopJobs();
    stopOutbox();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`[linli] 启动失败：${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
