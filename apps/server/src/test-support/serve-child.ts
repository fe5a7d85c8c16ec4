/**
 * A real server process for lifecycle tests (graceful-shutdown.test.ts): the app on a PGlite data
 * directory (LINLI_DATA_DIR), with a signed-up user `grid-worker`, jobs, the outbox worker and the
 * shutdown on signals exactly as main.ts wires them, plus `GET /test-only/slow` that answers after
 * a minute (a request in flight at shutdown). Prints `{"port":N}` on stdout once listening.
 * Not main.ts itself: that seeds a demo district first, which takes far longer than these tests may.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../app';
import type { AppDeps } from '../platform/app-deps';
import { createPiiCipher } from '../platform/crypto/pii-cipher';
import { openDatabase } from '../platform/db/open-database';
import { createCursorCodec } from '../platform/http/cursor';
import { startScheduler } from '../platform/jobs/scheduler';
import { shutdownOnSignals } from '../platform/lifecycle/graceful-shutdown';
import { startOutboxWorker } from '../platform/outbox/outbox';
import { outboxCleanupJob } from '../platform/outbox/outbox-cleanup';
import { createMemorySmsSender } from '../platform/sms/sms-sender';
import { createFileLinkSigner } from '../platform/storage/file-links';
import { createDiskStorage } from '../platform/storage/file-storage';
import { createLiveCalendar } from '../modules/calendar';
import { MODULE_OUTBOX_HANDLERS } from '../module-list';
import { buildActor, buildOrgTree } from './factories';

const dataDir = process.env.LINLI_DATA_DIR;
if (!dataDir) throw new Error('LINLI_DATA_DIR is required');
const database = await openDatabase({ dataDir });
const deps: AppDeps = {
  db: database.db,
  listen: database.listen,
  listening: database.listening,
  cipher: createPiiCipher('test-secret'),
  sms: createMemorySmsSender(),
  calendar: await createLiveCalendar(database.db),
  storage: createDiskStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-child-uploads-'))),
  fileLinks: createFileLinkSigner('test-secret'),
  cursors: createCursorCodec('test-secret'),
  sessionIdleMinutes: 30,
  loginRateLimit: 10_000,
};
const tree = await buildOrgTree(deps);
await buildActor(deps, { username: 'grid-worker', role: 'gridWorker', at: tree.qq.grid });
const app = await buildApp(deps);
app.get('/test-only/slow', async () => {
  console.error('[test] slow request running');
  await new Promise((resolve) => setTimeout(resolve, 60_000));
  return { late: true };
});
await app.listen({ port: 0, host: '127.0.0.1' });
const log = (line: string) => console.error(line);
shutdownOnSignals({
  app,
  stopWork: [startScheduler(database.db, [outboxCleanupJob], log), startOutboxWorker(database.db, MODULE_OUTBOX_HANDLERS, log)],
  closeDatabase: database.close,
  deadlineMs: Number(process.env.LINLI_SHUTDOWN_TIMEOUT_MS ?? 10_000),
  log,
  exit: (code) => process.exit(code),
});
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
