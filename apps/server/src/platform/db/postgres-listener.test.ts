import net from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from './database';
import { createPostgresListener } from './postgres-listener';
import { openTestDatabase } from './test-database';

let database: OpenDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/**
 * A TCP proxy in front of the test database (its Unix socket for PGlite, its host and port for
 * Postgres) that can cut every connection and refuse new ones: a database restart as the
 * listener sees it.
 */
async function flakyProxy(url: string) {
  const target = new URL(url);
  const socketDir = target.searchParams.get('host');
  const open = new Set<net.Socket>();
  const state = { refusing: false, refused: 0 };
  const server = net.createServer((incoming) => {
    if (state.refusing) {
      state.refused++;
      incoming.destroy();
      return;
    }
    const outgoing = socketDir ? net.connect(`${socketDir}/.s.PGSQL.5432`) : net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [incoming, outgoing]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => undefined);
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(url);
  proxied.searchParams.delete('host');
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as net.AddressInfo).port);
  return {
    url: proxied.toString(),
    state,
    cutAll: () => open.forEach((s) => s.destroy()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the LISTEN connection', () => {
  it('keeps trying to reconnect while the database refuses, then listens again and says so', async () => {
    if (!database.url) throw new Error('the test database has no URL');
    const proxy = await flakyProxy(database.url);
    const listener = createPostgresListener(proxy.url, { reconnectMs: 30 });
    const states: boolean[] = [];
    const payloads: string[] = [];
    try {
      await listener.listen('test_reconnect', (p) => payloads.push(p), { onConnection: (up) => states.push(up) });
      proxy.state.refusing = true;
      proxy.cutAll();
      await vi.waitFor(() => expect(states).toEqual([false]), { timeout: 5000, interval: 10 });
      await vi.waitFor(() => expect(proxy.state.refused).toBeGreaterThanOrEqual(3), { timeout: 5000, interval: 10 });
      proxy.state.refusing = false;
      await vi.waitFor(() => expect(states).toEqual([false, true]), { timeout: 5000, interval: 10 });
      await database.db.execute(sql`select pg_notify('test_reconnect', 'after the restart')`);
      await vi.waitFor(() => expect(payloads).toEqual(['after the restart']), { timeout: 5000, interval: 10 });
    } finally {
      await listener.close();
      proxy.cutAll();
      await proxy.close();
    }
  });
});
