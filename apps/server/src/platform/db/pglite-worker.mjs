// Runs PGlite in a worker thread and serves it over the Postgres wire protocol on a Unix socket, so
// a long query blocks this thread instead of the HTTP event loop (ADR 0004). Plain JavaScript on
// purpose: a worker cannot load .ts through tsx on Node 20.
//
// PGlite is one Postgres session. Several clients may connect (two app instances in a test, a
// second pool), so the session is lent to one client at a time: from its first message until
// PGlite reports ReadyForQuery with status idle ('I'), i.e. outside any transaction. A client that
// disconnects mid-transaction has its transaction rolled back before the next client gets the
// session. Every client shares the one session's LISTENs, but PGlite writes a notification into the
// reply of whichever client committed the NOTIFY; so the server copies it to the other clients that
// asked for that channel (a dedicated LISTEN connection per app instance, as on Postgres).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { DURABLE_SETTINGS, DurableNodeFS } from './durable-nodefs.mjs';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const NOTIFICATION = 0x41; // 'A'
const QUERY = 0x51; // 'Q'
const NOTICE = 0x4e; // 'N'
const PARAMETER_STATUS = 0x53; // 'S'
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const LISTEN_QUERY = /^\s*LISTEN\s+"?([^";\s]+)"?/i;

/** @type {{ dataDir?: string, socketDir: string }} */
const { dataDir, socketDir } = workerData;
const socketPath = path.join(socketDir, '.s.PGSQL.5432');

/**
 * Postgres settings for the embedded session (ADR 0004, "Memory"). PGlite's heap is WebAssembly
 * memory, which only grows: whatever Postgres touches once stays resident. Its initdb default
 * `shared_buffers = 128MB` is touched whole at start (≈100 MB of RSS before the first query);
 * pages missing from it come from the OS page cache through the data directory, so a smaller
 * pool costs little. `LINLI_PGLITE_SETTINGS="name=value,…"` overrides these, to measure.
 */
const SETTINGS = {
  shared_buffers: '32MB',
  // On disk, a commit waits for its WAL to reach the disk (durable-nodefs.mjs); in memory there is no disk.
  ...(dataDir ? DURABLE_SETTINGS : {}),
  ...Object.fromEntries(
    (process.env.LINLI_PGLITE_SETTINGS ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=').map((s) => s.trim())),
  ),
};
// PGlite's defaults include `-F` (fsync off); the settings above say what fsync is instead.
const startParams = [
  ...PGlite.defaultStartParams.filter((p) => !dataDir || p !== '-F'),
  ...Object.entries(SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];

// Extensions, when Linli needs any, go here: PGlite wants them passed on every open (DESIGN pitfall).
const pglite = dataDir ? new PGlite({ fs: new DurableNodeFS(dataDir), startParams }) : new PGlite({ startParams });
let serverVersion = '18';

/** The client holding the session, the clients waiting for it in arrival order, and all clients. */
let owner = null;
const waiting = [];
const clients = new Set();

/** Builds one backend message: type byte, int32 length, body. */
function message(type, body) {
  const out = Buffer.alloc(5 + body.length);
  out[0] = type.charCodeAt(0);
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

/** The greeting node-postgres expects after its startup message: trust auth, parameters, idle. */
function greeting() {
  const auth = Buffer.alloc(4); // AuthenticationOk
  const params = [
    ['server_version', serverVersion],
    ['server_encoding', 'UTF8'],
    ['client_encoding', 'UTF8'],
    ['DateStyle', 'ISO, MDY'],
    ['integer_datetimes', 'on'],
    ['standard_conforming_strings', 'on'],
    ['TimeZone', 'UTC'],
  ].map(([k, v]) => message('S', Buffer.from(`${k}\0${v}\0`)));
  const keyData = Buffer.alloc(8);
  keyData.writeInt32BE(process.pid, 0);
  return Buffer.concat([message('R', auth), ...params, message('K', keyData), message('Z', Buffer.from('I'))]);
}

/** Remembers which channels a client LISTENs on (node-postgres sends LISTEN as a simple query). */
function noteListen(conn, msg) {
  if (msg[0] !== QUERY) return;
  const match = LISTEN_QUERY.exec(msg.subarray(5, msg.length - 1).toString('utf8'));
  if (match) conn.channels.add(match[1]);
}

/**
 * Reads PGlite's reply: remembers the transaction status ('I' idle, 'T'/'E' in a transaction,
 * 'busy' mid-exchange) and copies notifications to the other clients listening on their channel.
 */
function inspectReply(conn, reply) {
  const buf = Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength);
  let at = 0;
  while (at + 5 <= buf.length) {
    const type = buf[at];
    const length = buf.readInt32BE(at + 1);
    // Anything but ReadyForQuery (or an asynchronous message) means the exchange is still going.
    if (type === READY_FOR_QUERY) conn.txStatus = String.fromCharCode(buf[at + 5]);
    else if (type !== NOTIFICATION && type !== NOTICE && type !== PARAMETER_STATUS) conn.txStatus = 'busy';
    if (type === NOTIFICATION) {
      const channel = buf.toString('utf8', at + 9, buf.indexOf(0, at + 9));
      const copy = Buffer.from(buf.subarray(at, at + 1 + length));
      for (const other of clients) if (other !== conn && other.started && other.channels.has(channel)) other.socket.write(copy);
    }
    at += 1 + length;
  }
  return buf;
}

/** Splits the client's bytes into whole protocol messages; answers the startup handshake. */
function takeMessages(conn) {
  while (true) {
    if (!conn.started) {
      if (conn.buf.length < 8) return;
      const length = conn.buf.readInt32BE(0);
      if (conn.buf.length < length) return;
      const code = conn.buf.readInt32BE(4);
      conn.buf = conn.buf.subarray(length);
      if (code === SSL_REQUEST) conn.socket.write('N');
      else if (code === CANCEL_REQUEST) conn.socket.end();
      else {
        conn.started = true;
        conn.socket.write(greeting());
      }
      continue;
    }
    if (conn.buf.length < 5) return;
    const length = conn.buf.readInt32BE(1);
    if (conn.buf.length < 1 + length) return;
    conn.queue.push(conn.buf.subarray(0, 1 + length));
    conn.buf = conn.buf.subarray(1 + length);
  }
}

/**
 * Runs protocol messages on the session and returns PGlite's reply bytes. Not `execProtocolRaw`:
 * in PGlite 0.5.16 that also parses every backend message into JavaScript objects and appends them
 * to the result list of an idle query object that nothing clears until the next `query()`, so the
 * worker's heap grew with every row it served (≈ 80 MB after the bench's embedded run, ADR 0004
 * "Memory") and spent CPU on parsing. The streaming variant hands over the bytes unparsed.
 */
async function execRaw(message) {
  const chunks = [];
  // `bytes` is a view into WebAssembly memory that PGlite's next write reuses: copy it.
  await pglite.execProtocolRawStream(message, { onRawData: (bytes) => chunks.push(Buffer.from(bytes)) });
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** Frees the session and hands it to the first waiting client that still has work. */
function release(conn) {
  if (owner !== conn) return;
  owner = null;
  // pump() takes the session synchronously when it has work, which ends this loop.
  while (!owner && waiting.length > 0) void pump(waiting.shift());
}

/** Runs the client's queued messages on the session, keeping it while a transaction is open. */
async function pump(conn) {
  if (conn.running || conn.closed) return;
  if (owner && owner !== conn) {
    if (!waiting.includes(conn)) waiting.push(conn);
    return;
  }
  if (conn.queue.length === 0) return;
  owner = conn;
  conn.running = true;
  try {
    while (conn.queue.length > 0 && !conn.closed) {
      const batch = conn.queue.splice(0);
      const end = batch.findIndex((m) => m[0] === TERMINATE);
      const work = end === -1 ? batch : batch.slice(0, end);
      work.forEach((m) => noteListen(conn, m));
      if (work.length > 0) {
        // Until PGlite answers ReadyForQuery the session is mid-exchange (node-postgres may send
        // Parse/Bind/Execute and Sync in separate writes), so the client keeps it.
        conn.txStatus = 'busy';
        const reply = await execRaw(Buffer.concat(work));
        if (!conn.closed) conn.socket.write(inspectReply(conn, reply));
      }
      if (end !== -1) conn.socket.end();
    }
  } catch (err) {
    parentPort.postMessage({ type: 'log', message: `[pglite] ${err instanceof Error ? err.message : String(err)}` });
    conn.socket.destroy();
  } finally {
    conn.running = false;
  }
  if (conn.closed) await abandon(conn);
  else if (conn.txStatus === 'I') release(conn);
}

/** A client went away: roll back whatever it left open so the next client starts clean. */
async function abandon(conn) {
  const index = waiting.indexOf(conn);
  if (index !== -1) waiting.splice(index, 1);
  if (owner !== conn || conn.running) return;
  if (conn.txStatus !== 'I') {
    await execRaw(SYNC).catch(() => undefined);
    await pglite.exec('ROLLBACK').catch(() => undefined);
    conn.txStatus = 'I';
  }
  release(conn);
}

const server = net.createServer((socket) => {
  const conn = { socket, buf: Buffer.alloc(0), queue: [], channels: new Set(), started: false, running: false, closed: false, txStatus: 'I' };
  clients.add(conn);
  socket.on('data', (chunk) => {
    conn.buf = conn.buf.length === 0 ? chunk : Buffer.concat([conn.buf, chunk]);
    takeMessages(conn);
    void pump(conn);
  });
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    conn.closed = true;
    clients.delete(conn);
    void abandon(conn);
  });
});

parentPort.on('message', async (msg) => {
  if (msg?.type !== 'close') return;
  server.close();
  await pglite.close();
  parentPort.postMessage({ type: 'closed' });
});

try {
  await pglite.waitReady;
  serverVersion = (await pglite.query('show server_version')).rows[0].server_version;
  fs.rmSync(socketPath, { force: true });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  parentPort.postMessage({ type: 'ready' });
} catch (err) {
  parentPort.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
