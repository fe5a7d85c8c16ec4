/**
 * `npx tsx bench/fault-terminate.ts`: a scripted fault run (issue 15) on PostgreSQL. Starts the built
 * server on a fresh database of the throwaway cluster (`scripts/pg-temp.sh start`, or
 * `TEST_DATABASE_URL`), submits cases as `grid-qq1` with `FAULT_WORKERS` clients for `FAULT_SECONDS`
 * (default 8 and 30 s), each with an Idempotency-Key and retried with the same key on 503 or a
 * dropped connection, while every `FAULT_KILL_EVERY_MS` (300) all of the database's backends are
 * ended with `pg_terminate_backend`. Then prints: acknowledged writes, writes lost (acknowledged but
 * not in the database), duplicates (one key, two cases), 5xx answers by status, network errors,
 * recovery time (last termination to the next acknowledged write and to `/api/ready` 200), the
 * longest stretch without an acknowledged write, and whether the server process exited.
 * Not part of `npm run bench`; figures depend on the machine's load.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildServer, freePort, spawnNode } from './lib/processes';
import { login } from './lib/session';

const env = process.env;
const seconds = Number(env.FAULT_SECONDS ?? 30);
const workers = Number(env.FAULT_WORKERS ?? 8);
const killEveryMs = Number(env.FAULT_KILL_EVERY_MS ?? 300);
const serverUrl = env.TEST_DATABASE_URL ?? execFileSync('bash', ['scripts/pg-temp.sh', 'start'], { encoding: 'utf8' }).trim();

const name = `linli_fault_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const port = await freePort();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-fault-'));
const logCounts = { unavailable: 0, unhandled: 0, lines: 0 };
let exits: { code: number | null; signal: string | null } | undefined;
const child = spawnNode(
  [await buildServer()],
  {
    DATABASE_URL: url.toString(),
    LINLI_DATA_DIR: dataDir,
    LINLI_WEB_DIST: path.join(dataDir, 'no-web'),
    LINLI_SECRET: 'linli-fault-secret',
    LINLI_DEMO_PASSWORD: 'linli-demo',
    LINLI_DEMO_HOUSEHOLDS: '1000',
    LINLI_DEMO_CASES: '0',
    LINLI_LOG_FORMAT: 'json',
    PORT: String(port),
    HOST: '127.0.0.1',
  },
  (line) => {
    logCounts.lines += 1;
    if (line.includes('database unavailable')) logCounts.unavailable += 1;
    if (line.includes('"level":"error"') || line.includes('"level":"fatal"')) {
      logCounts.unhandled += 1;
      if (logCounts.unhandled <= 3) process.stderr.write(`  [server] ${line.slice(0, 400)}\n`);
    }
  },
);
child.on('exit', (code, signal) => (exits = { code, signal }));
const base = `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
for (let i = 0; ; i++) {
  if (exits) throw new Error(`server exited during start-up: ${JSON.stringify(exits)}`);
  if (
    await fetch(`${base}/api/ready`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await sleep(500);
}
const cookie = await login(base, 'grid-qq1', 'linli-demo');
console.log(`fault run: ${workers} clients, ${seconds} s, pg_terminate_backend every ${killEveryMs} ms on ${name}`);

const acknowledged = new Map<string, string>(); // idempotency key → case id
const statuses = new Map<number, number>();
let networkErrors = 0;
let lastAckAt = Date.now();
let longestGapMs = 0;
let stopping = false;
let lastKillAt = 0;
let terminations = 0;
let firstAckAfterLastKill: number | undefined;

/** One case, retried with its key until acknowledged (or the run ends). */
async function submitOne(): Promise<void> {
  const key = randomUUID();
  const body = JSON.stringify({ description: `故障演练：路灯不亮 ${key.slice(0, 8)}` });
  while (!stopping || Date.now() - lastKillAt < 30_000) {
    try {
      const res = await fetch(`${base}/api/cases`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'idempotency-key': key },
        body,
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.ok) {
        const { id } = (await res.json()) as { id: string };
        acknowledged.set(key, id);
        const now = Date.now();
        longestGapMs = Math.max(longestGapMs, now - lastAckAt);
        lastAckAt = now;
        if (stopping && firstAckAfterLastKill === undefined) firstAckAfterLastKill = now;
        return;
      }
      await res.text();
      if (res.status !== 503 && res.status < 500) throw new Error(`POST /api/cases answered ${res.status}`);
      await sleep(Number(res.headers.get('retry-after') ?? 1) * 100); // a tenth of the hint: a client in a hurry
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('POST')) throw err;
      networkErrors += 1;
      if (exits) return;
      await sleep(100);
    }
  }
}

const killer = (async () => {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000 && !exits) {
    const { rowCount } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    terminations += rowCount ?? 0;
    lastKillAt = Date.now();
    await sleep(killEveryMs);
  }
  stopping = true;
})();
const clients = Array.from({ length: workers }, async () => {
  while (!stopping && !exits) await submitOne();
});
await killer;
await Promise.all(clients);
let readyAfterMs: number | undefined;
for (const t0 = Date.now(); Date.now() - t0 < 30_000 && !exits; await sleep(100)) {
  if (
    await fetch(`${base}/api/ready`).then(
      (r) => r.ok,
      () => false,
    )
  ) {
    readyAfterMs = Date.now() - lastKillAt;
    break;
  }
}

const check = new pg.Client({ connectionString: url.toString() });
await check.connect();
const ids = [...acknowledged.values()];
const { rows: found } = await check.query<{ n: number }>('select count(*)::int as n from cases where id = any($1::uuid[])', [ids]);
const { rows: dupes } = await check.query<{ n: number }>(
  'select count(*)::int as n from (select idempotency_key from cases where idempotency_key is not null group by created_by_user_id, idempotency_key having count(*) > 1) d',
);
await check.end();
const alive = !exits;
if (alive) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.end();
fs.rmSync(dataDir, { recursive: true, force: true });

const fiveXx = [...statuses].filter(([s]) => s >= 500);
console.log(`| figure | value |
| --- | --- |
| backends terminated | ${terminations} |
| acknowledged writes | ${acknowledged.size} |
| lost writes (acknowledged, not in the database) | ${ids.length - found[0].n} |
| duplicated cases (one key, two cases) | ${dupes[0].n} |
| 5xx answers | ${fiveXx.map(([s, n]) => `${n} × ${s}`).join(', ') || '0'} (all retried with the same key) |
| other answers | ${[...statuses]
  .filter(([s]) => s < 500)
  .map(([s, n]) => `${n} × ${s}`)
  .join(', ')} |
| dropped HTTP connections | ${networkErrors} |
| server log: database unavailable / errors | ${logCounts.unavailable} / ${logCounts.unhandled} |
| recovery: last termination → next acknowledged write | ${firstAckAfterLastKill ? `${firstAckAfterLastKill - lastKillAt} ms` : 'none (no client was waiting)'} |
| recovery: last termination → /api/ready 200 | ${readyAfterMs === undefined ? 'never' : `${readyAfterMs} ms`} |
| longest stretch without an acknowledged write | ${longestGapMs} ms |
| server process exits | ${alive ? '0 (stopped with SIGTERM afterwards)' : `1: ${JSON.stringify(exits)}`} |`);
