import pg from 'pg';
import type { ListenFn } from './database';

/** How long to wait before reopening a LISTEN connection that dropped (restart, failover). */
const RECONNECT_MS = 1000;

/**
 * LISTEN on one dedicated connection per instance (a pooled connection would lose its LISTEN when
 * returned). Reconnects and re-subscribes when the connection drops, trying again every
 * `reconnectMs` until the database answers; payloads sent while it was down are lost, which live
 * pushes tolerate because pages reload their list on reconnect, and caches hear of through
 * `onConnection`.
 */
export function createPostgresListener(
  url: string,
  settings: { reconnectMs?: number } = {},
): { listen: ListenFn; isConnected(): boolean; close(): Promise<void> } {
  const reconnectMs = settings.reconnectMs ?? RECONNECT_MS;
  const handlers = new Map<string, Set<(payload: string) => void>>();
  const connectionWatchers = new Set<(up: boolean) => void>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  const reconnectLater = (): void => {
    if (closed) return;
    setTimeout(() => {
      if (closed || client || connecting) return;
      connect().catch(() => undefined); // a failure schedules the next attempt itself
    }, reconnectMs);
  };

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const c = new pg.Client({ connectionString: url });
      c.on('notification', (n) => handlers.get(n.channel)?.forEach((h) => h(n.payload ?? '')));
      const dropped = () => {
        if (client !== c) return;
        client = null;
        connecting = null;
        connectionWatchers.forEach((w) => w(false));
        reconnectLater();
      };
      c.on('error', (err) => {
        if (!closed) console.error(`[db] LISTEN connection lost: ${err.message}`);
        dropped();
      });
      c.on('end', dropped);
      try {
        await c.connect();
        for (const channel of handlers.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch (err) {
        await c.end().catch(() => undefined); // a half-open attempt must not linger
        throw err;
      }
      client = c;
      connectionWatchers.forEach((w) => w(true));
      return c;
    })().catch((err: Error) => {
      connecting = null;
      // Whoever started this attempt (a reconnect timer, or a listen() that found no connection), the
      // channels already subscribed need a connection: try again. Leaving it to the timer alone lost
      // the LISTEN for good when a listen() call's attempt was the one that failed.
      if (!closed && handlers.size > 0) {
        console.error(`[db] LISTEN connect failed, trying again in ${reconnectMs} ms: ${err.message}`);
        reconnectLater();
      }
      throw err;
    });
    return connecting;
  };

  return {
    async listen(channel, handler, options) {
      const isNew = !handlers.has(channel);
      const set = handlers.get(channel) ?? new Set();
      handlers.set(channel, set);
      set.add(handler);
      const c = client ?? (await connect());
      if (isNew && client === c) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      const watcher = options?.onConnection;
      if (watcher) connectionWatchers.add(watcher);
      return async () => {
        set.delete(handler);
        if (watcher) connectionWatchers.delete(watcher);
      };
    },
    // Nothing to listen to yet needs no connection; once something listens, the connection must be up.
    isConnected: () => !closed && (client !== null || handlers.size === 0),
    async close() {
      closed = true;
      const c = client ?? (connecting ? await connecting.catch(() => null) : null);
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
