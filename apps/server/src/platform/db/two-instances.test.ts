import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app';
import { buildActor, buildOrgTree } from '../../test-support/factories';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app';
import { sessionCache } from '../../modules/auth';
import { type Job, runJobOnce } from '../jobs/scheduler';
import { enqueue } from '../outbox/outbox';
import type { OpenDatabase } from './database';
import { openDatabase } from './open-database';

// CI always provides Postgres; there these tests must exercise it, not the embedded fallback.
if (process.env.CI && !process.env.TEST_DATABASE_URL) throw new Error('CI must set TEST_DATABASE_URL for the two-instance tests');

/**
 * Two app instances sharing one database, as behind a load balancer: instance A is the test app;
 * instance B opens the same database by URL with its own pool, LISTEN connection and live feed.
 * On Postgres that is the real thing; without TEST_DATABASE_URL, B connects to A's embedded PGlite
 * worker over its socket, which exercises the same code path against one PGlite session.
 */
describe('two instances on one database', () => {
  let a: TestApp;
  let bDatabase: OpenDatabase;
  let b: FastifyInstance;
  let userId: string;

  beforeAll(async () => {
    a = await createTestApp();
    if (!a.database.url) throw new Error('the test database has no URL for a second instance');
    bDatabase = await openDatabase({ url: a.database.url });
    b = await buildApp({ ...a.deps, db: bDatabase.db, listen: bDatabase.listen });
    const tree = await buildOrgTree(a.deps);
    userId = await buildActor(a.deps, { username: 'grid-worker', role: 'gridWorker', at: tree.qq.grid });
  });

  afterAll(async () => {
    await b?.close();
    await bDatabase?.close();
    await a?.close();
  });

  it('accepts on instance B a session created by logging in on instance A, and a logout on B ends it on A', async () => {
    await sessionCache(a.deps).ready();
    const cookie = await loginAs(a.app, 'grid-worker');
    const me = await b.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('grid-worker');
    expect((await a.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200); // now in A's session cache
    await b.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    // A hears of it by NOTIFY from the sessions trigger: without that, its cache would answer 200 for 30 s.
    await vi.waitFor(async () => expect((await a.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401), {
      timeout: 5000,
      interval: 20,
    });
  });

  it('pushes a notification written on instance A to a page streaming from instance B', async () => {
    const cookie = await loginAs(a.app, 'grid-worker');
    await b.listen({ port: 0, host: '127.0.0.1' });
    const { port } = b.server.address() as AddressInfo;
    const stream = await openStream(port, cookie);
    try {
      await enqueue(a.deps.db, 'notify.users', { title: '案件 X-1 已超期', body: '处置时限已过，请尽快办理', userIds: [userId] });
      await a.drainOutbox();
      const event = JSON.parse(await stream.nextData());
      expect(event).toMatchObject({ title: '案件 X-1 已超期', body: '处置时限已过，请尽快办理', read: false });
    } finally {
      stream.close();
    }
  });

  it('runs a job tick on one instance at a time', async () => {
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const job = (name: string, wait: boolean): Job => ({
      name: 'probe',
      everyMs: 1000,
      async run() {
        log.push(`${name} start`);
        if (wait) {
          started();
          await gate;
        }
        log.push(`${name} end`);
      },
    });
    const onA = runJobOnce(a.deps.db, job('A', true));
    await running;
    const onB = runJobOnce(bDatabase.db, job('B', false));
    if (a.database.kind === 'postgres') {
      // Postgres: B finds the advisory lock taken and skips this tick while A still runs it.
      expect(await onB).toBe(false);
      release();
      expect(await onA).toBe(true);
      expect(log).toEqual(['A start', 'A end']);
    } else {
      // One PGlite session: B's transaction cannot even begin until A's tick has committed.
      release();
      expect(await Promise.all([onA, onB])).toEqual([true, true]);
      expect(log).toEqual(['A start', 'A end', 'B start', 'B end']);
    }
  });
});

/** Opens an SSE stream over real HTTP and hands out its `data:` payloads one by one. */
async function openStream(port: number, cookie: string): Promise<{ nextData(): Promise<string>; close(): void }> {
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/notifications/stream', headers: { cookie } }, resolve);
    req.on('error', reject);
  });
  if (res.statusCode !== 200) throw new Error(`stream answered ${res.statusCode}`);
  res.setEncoding('utf8');
  let buffer = '';
  const waiters: (() => void)[] = [];
  res.on('data', (chunk: string) => {
    buffer += chunk;
    waiters.splice(0).forEach((w) => w());
  });
  const events = async function* () {
    while (true) {
      const end = buffer.indexOf('\n\n');
      if (end === -1) {
        await new Promise<void>((resolve) => waiters.push(resolve));
        continue;
      }
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      yield event;
    }
  };
  const iterator = events();
  // The stream says ": connected" only once it listens, so nothing sent afterwards is missed.
  expect((await iterator.next()).value).toBe(': connected');
  return {
    async nextData() {
      for (;;) {
        const { value } = await iterator.next();
        if (typeof value === 'string' && value.startsWith('data: ')) return value.slice('data: '.length);
      }
    },
    close: () => res.destroy(),
  };
}
