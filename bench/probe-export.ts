/**
 * `npx tsx bench/probe-export.ts`: memory of a large Excel export (issue 15: exports used to stop at 20,000
 * rows, built whole in memory). On a fresh copy of the cached quick world (20,000 households, 200,000
 * cases; `PROBE_2M=1`: the 2M world) it starts the server as `npm start` runs it, asks a background export
 * of every case as `district`, follows its progress and samples the server's RSS every 100 ms: RSS before,
 * peak while writing, rows, seconds, file size. `PROBE_SYNTHETIC=1` instead writes `PROBE_ROWS` (150,000)
 * case-like rows in this process, streamed in pages and then whole in memory as the old export did, and
 * prints the RSS growth of each. Not part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_RUNNING } from '@linli/shared';
import { buildWorkbook, type SheetColumn } from '../apps/server/src/platform/excel/xlsx-writer';
import { openSheetStream } from '../apps/server/src/platform/excel/xlsx-stream';
import { startServer } from './lib/server';
import { login } from './lib/session';
import { BENCH_ENV, BENCH_HOME, postgresWorld, startPostgres } from './lib/world';

const env = process.env;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Resident set size of a process now, MB. */
function rssMbOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

/** Rows shaped like the case list export's. */
function* caseRows(count: number, from = 0): Generator<string[]> {
  for (let i = from; i < from + count; i++) {
    yield [
      `SC2026${String(i).padStart(8, '0')}`,
      `楼道灯坏了好几天，晚上很黑 ${i}`,
      '处置中',
      '市容环境',
      '网格员上报',
      '清泉社区第一网格',
      `薛城区临城街道清泉小区${i % 90}号楼`,
      '2026/12/6 08:00:00',
      '2026/12/9 08:00:00',
      '',
    ];
  }
}

async function synthetic(rows: number): Promise<void> {
  const columns: SheetColumn<string[]>[] = Array.from({ length: 10 }, (_, i) => ({ header: `列${i + 1}`, value: (r) => r[i] }));
  const file = path.join(os.tmpdir(), `linli-probe-export-${process.pid}.xlsx`);
  global.gc?.();
  let base = process.memoryUsage().rss;
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = Date.now();
  const sheet = openSheetStream(fs.createWriteStream(file, { mode: 0o600 }), '案件列表', columns);
  for (let from = 0; from < rows; from += 500) {
    await sheet.add([...caseRows(Math.min(500, rows - from), from)]);
  }
  await sheet.finish();
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `streamed: ${rows} rows, ${((Date.now() - started) / 1000).toFixed(1)} s, ${mb(fs.statSync(file).size)} MB file, RSS +${mb(peak - base)} MB (peak ${mb(peak)} MB)`,
  );
  fs.rmSync(file, { force: true });
  if (env.PROBE_STREAM_ONLY) return clearInterval(sample);
  global.gc?.();
  base = process.memoryUsage().rss;
  peak = base;
  const t2 = Date.now();
  const all = [...caseRows(rows)];
  const buffer = await buildWorkbook('案件列表', columns, all);
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sample);
  console.log(
    `in memory (the old way): ${rows} rows, ${((Date.now() - t2) / 1000).toFixed(1)} s, ${mb(buffer.length)} MB file, RSS +${mb(peak - base)} MB (peak ${mb(peak)} MB)`,
  );
}

async function throughServer(): Promise<void> {
  const cluster = await startPostgres();
  const world = await postgresWorld(cluster.serverUrl, env.PROBE_2M ? { households: 200_000, cases: 2_000_000 } : { households: 20_000, cases: 200_000 });
  const dataDir = path.join(BENCH_HOME, 'pg-export-data');
  const server = await startServer(
    { ...BENCH_ENV, DATABASE_URL: world.url, LINLI_DATA_DIR: dataDir, LINLI_WEB_DIST: path.join(BENCH_HOME, 'no-web') },
    'export',
  );
  try {
    const cookie = await login(server.base, 'district', BENCH_ENV.LINLI_DEMO_PASSWORD);
    const headers = { cookie, 'content-type': 'application/json', origin: server.base };
    const before = rssMbOf(server.pid);
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, rssMbOf(server.pid))), 100);
    const started = Date.now();
    const asked = await fetch(`${server.base}/api/exports/cases`, { method: 'POST', headers, body: '{}' });
    let job = (await asked.json()) as { id: string; state: string; rowsDone: number; rowsTotal: number; error: string | null };
    if (!asked.ok) throw new Error(`export refused: ${JSON.stringify(job)}`);
    while (job.state === EXPORT_RUNNING) {
      await new Promise((r) => setTimeout(r, 500));
      job = (await (await fetch(`${server.base}/api/exports/${job.id}`, { headers })).json()) as typeof job;
    }
    clearInterval(sample);
    const seconds = (Date.now() - started) / 1000;
    const file = await fetch(`${server.base}/api/exports/${job.id}/file`, { headers });
    const bytes = (await file.arrayBuffer()).byteLength;
    console.log(
      `server export of ${job.rowsDone} of ${job.rowsTotal} cases (${job.state}${job.error ? `: ${job.error}` : ''}): ${seconds.toFixed(1)} s, ${mb(bytes)} MB file; server RSS ${before} MB before, peak ${peak} MB while writing (+${peak - before} MB), VmHWM ${server.peakMb()} MB`,
    );
  } finally {
    await server.stop();
    await world.drop();
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (env.PROBE_SYNTHETIC) await synthetic(Number(env.PROBE_ROWS ?? 150_000));
else await throughServer();
