/**
 * `npx tsx bench/probe-intake.ts`: a quick intake probe for working on `POST /api/cases` (bench/README.md,
 * "Intake, third round"). On a fresh copy of the cached quick world (`PROBE_2M=1`: the 2M world),
 * runs the API intake `PROBE_RUNS` times for `PROBE_SECONDS` each and prints cases/s, p95 and the CPU
 * per case of the server and of every Postgres backend, then `/api/me` and the raw writer
 * (`PROBE_NO_RAW=1` skips it). `PROBE_NODE_ARGS` adds node arguments to the server; with
 * `PROBE_NODE_ARGS="--import ./bench/lib/profile-on-signal.mjs" PROBE_PROF=1` each run is CPU-profiled
 * into /tmp/linli-prof. Not part of `npm run bench`; its figures are for comparing changes back to back.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runLoad } from './lib/load';
import { findIntakeActor, rawIntake } from './lib/raw-intake';
import { startServer } from './lib/server';
import { login } from './lib/session';
import { BENCH_ENV, BENCH_HOME, postgresWorld, startPostgres } from './lib/world';

const env = process.env;
const seconds = Number(env.PROBE_SECONDS ?? 10);
const runs = Number(env.PROBE_RUNS ?? 2);

/** CPU time (user + system) of a process so far, ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time of the whole machine so far (all cores, user + system + interrupts), ms. */
function machineCpuMs(): number {
  const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq) * 10;
}

/** CPU time of this process (the load generator) so far, ms. */
function selfCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of every process of the postgres user so far, ms. */
function postgresCpuMs(): number {
  const pids = execSync('pgrep -u postgres postgres || true').toString().split('\n').filter(Boolean).map(Number);
  return pids.reduce((sum, pid) => {
    try {
      return sum + cpuMs(pid);
    } catch {
      return sum; // the backend ended meanwhile
    }
  }, 0);
}

const cluster = await startPostgres();
const world = await postgresWorld(cluster.serverUrl, env.PROBE_2M ? { households: 200_000, cases: 2_000_000 } : { households: 20_000, cases: 200_000 });
const serverEnv = {
  ...BENCH_ENV,
  DATABASE_URL: world.url,
  LINLI_DATA_DIR: path.join(BENCH_HOME, 'pg-server-data'),
  LINLI_WEB_DIST: path.join(BENCH_HOME, 'no-web'),
};
const server = await startServer(serverEnv, 'pg', 15 * 60_000, env.PROBE_NODE_ARGS?.split(' ').filter(Boolean));
try {
  const cookie = await login(server.base, 'grid-qq1', BENCH_ENV.LINLI_DEMO_PASSWORD);
  const body = JSON.stringify({ description: '楼道里的灯坏了好几天，晚上很黑，老人上下楼不安全', channel: 'patrol' });
  const headers = { cookie, 'content-type': 'application/json' };
  await runLoad({ url: `${server.base}/api/cases`, method: 'POST', headers, body, connections: 10, seconds: 3 });
  for (let i = 0; i < runs; i++) {
    if (env.PROBE_PROF) process.kill(server.pid, 'SIGUSR2');
    const before = [cpuMs(server.pid), postgresCpuMs(), selfCpuMs(), machineCpuMs()];
    const r = await runLoad({ url: `${server.base}/api/cases`, method: 'POST', headers, body, connections: 10, seconds });
    const after = [cpuMs(server.pid), postgresCpuMs(), selfCpuMs(), machineCpuMs()];
    if (env.PROBE_PROF) process.kill(server.pid, 'SIGUSR2');
    const [serverMs, postgresMs, generatorMs, machineMs] = after.map((v, i) => (v - before[i]) / Math.max(r.ok, 1));
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    console.log(
      `api intake: ${r.rate} cases/s, p95 ${r.p95} ms, ${r.non2xx} non-2xx, ${r.errors} errors; CPU per case: server ${ms(serverMs)}, Postgres ${ms(postgresMs)}, load generator ${ms(generatorMs)}, rest of the machine ${ms(machineMs - serverMs - postgresMs - generatorMs)}`,
    );
  }
  const me = await runLoad({ url: `${server.base}/api/me`, headers: { cookie }, connections: 10, seconds: 5 });
  console.log(`GET /api/me: ${me.rate} req/s`);
  if (!env.PROBE_NO_RAW) {
    const raw = await rawIntake(world.url, await findIntakeActor(world.url, 'grid-qq1'), 10, seconds, 2);
    console.log(`raw pg: ${raw.rate} cases/s, p95 ${raw.p95} ms`);
  }
} finally {
  await server.stop();
  await world.drop();
  await cluster.stop();
}
