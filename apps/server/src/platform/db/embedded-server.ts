import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { makeSocketDir } from './socket-dirs';

/** PGlite running in a worker thread, reachable over the Postgres protocol on a Unix socket. */
export interface EmbeddedServer {
  /** A node-postgres connection string for the socket; any pool or instance in this process may use it. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts PGlite in a `worker_threads` worker (ADR 0004): queries then block the worker, not the
 * HTTP event loop. `dataDir` omitted means an in-memory database.
 */
export async function startEmbeddedServer(dataDir?: string): Promise<EmbeddedServer> {
  // A private 0700 directory: the socket has no password, so only this user may reach it. Ones a
  // crashed process left behind are removed first.
  const socketDir = makeSocketDir();
  // The worker's JavaScript only frames protocol bytes (results live in PGlite's WebAssembly heap and
  // in external buffers), so a small young generation spares RSS at no measurable cost (ADR 0004, "Memory").
  const resourceLimits = { maxYoungGenerationSizeMb: 4 };
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir, socketDir }, resourceLimits });
  worker.on('message', (msg: { type: string; message?: string }) => {
    if (msg.type === 'log') console.error(msg.message);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const onMessage = (msg: { type: string; message?: string }) => {
        if (msg.type === 'ready') resolve();
        if (msg.type === 'failed') reject(new Error(msg.message));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`PGlite worker exited (${code})`)));
    });
  } catch (err) {
    await worker.terminate();
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw err;
  }
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.on('error', (err) => console.error(`[pglite] worker failed: ${err.message}`));
  return {
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    async close() {
      const closed = new Promise<void>((resolve) => worker.on('message', (msg: { type: string }) => msg.type === 'closed' && resolve()));
      worker.postMessage({ type: 'close' });
      await closed;
      await worker.terminate();
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
