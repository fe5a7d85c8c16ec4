import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppLogOptions } from '../app';
import type { AppDeps } from '../platform/app-deps';
import type { OpenDatabase } from '../platform/db/database';
import { createPiiCipher } from '../platform/crypto/pii-cipher';
import { openTestDatabase } from '../platform/db/test-database';
import { createMemorySmsSender } from '../platform/sms/sms-sender';
import { createDiskStorage } from '../platform/storage/file-storage';
import { createFileLinkSigner } from '../platform/storage/file-links';
import { createCursorCodec } from '../platform/http/cursor';
import { drainOutbox } from '../platform/outbox/outbox';
import { createLiveCalendar } from '../modules/calendar';
import { MODULE_OUTBOX_HANDLERS } from '../module-list';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A running app on a fresh database, with a movable clock and an SMS sink. */
export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  sms: ReturnType<typeof createMemorySmsSender>;
  clock: { now: Date };
  /** The opened database: its engine, and the URL a second app instance on it can connect to. */
  database: OpenDatabase;
  /** Handles every pending outbox message with every module's handlers, as the worker of `main.ts` does; returns how many. */
  drainOutbox(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Builds the real app on a fresh, migrated database (PGlite, or Postgres with TEST_DATABASE_URL);
 * `deps` overrides single dependencies (e.g. trusted proxies, the public URL); `log` the logger and request logging.
 */
export async function createTestApp(
  options: { sessionIdleMinutes?: number; smsDailyCap?: number; revealPerHour?: number; deps?: Partial<AppDeps>; log?: AppLogOptions } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const sms = createMemorySmsSender();
  const clock = { now: new Date() };
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-uploads-'));
  const calendar = await createLiveCalendar(database.db);
  const deps: AppDeps = {
    db: database.db,
    listen: database.listen,
    listening: database.listening,
    cipher: createPiiCipher('test-secret'),
    sms,
    calendar,
    storage: createDiskStorage(uploads),
    fileLinks: createFileLinkSigner('test-secret'),
    cursors: createCursorCodec('test-secret'),
    sessionIdleMinutes: options.sessionIdleMinutes ?? 30,
    smsDailyCap: options.smsDailyCap,
    revealPerHour: options.revealPerHour,
    now: () => clock.now,
    // Every test logs in from 127.0.0.1, many times a minute; login-throttle.test.ts sets its own cap.
    loginRateLimit: 10_000,
    exports: { dir: path.join(uploads, 'exports') },
    ...options.deps,
  };
  const app = await buildApp(deps, options.log);
  return {
    app,
    deps,
    sms,
    clock,
    database,
    drainOutbox: () => drainOutbox(database.db, MODULE_OUTBOX_HANDLERS),
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(uploads, { recursive: true, force: true });
    },
  };
}

/** Logs in through the real endpoint and returns the cookie header for later requests. */
export async function loginAs(app: FastifyInstance, username: string, password = 'test-password'): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return cookieOf(res);
}

/** The `name=value` of the session cookie a response set. */
export function cookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'linli_session');
  if (!cookie) throw new Error('no session cookie set');
  return `linli_session=${cookie.value}`;
}
