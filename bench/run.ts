/**
 * `npm run bench [-- --quick] [-- --skip-embedded] [-- --skip-web]`: builds or reuses the benchmark
 * world, starts real servers and measures them over HTTP (see bench/README.md). Prints one markdown
 * table and writes bench/results/latest.json. Timing targets live here, never in tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { initialJsGzip } from './lib/bundle';
import { measurePhoneDownload } from './lib/phone-download';
import { markdownTable, type Figure } from './lib/figures';
import { runLoad, warmUp, type LoadResult } from './lib/load';
import { ROOT, run } from './lib/processes';
import { findIntakeActor, rawIntake } from './lib/raw-intake';
import { rawStats } from './lib/raw-stats';
import { startServer, type BenchServer } from './lib/server';
import { deepCursor, login } from './lib/session';
import { measureTwoInstances, twoInstanceFigures } from './lib/two-instances';
import { BENCH_ENV, BENCH_HOME, pgliteWorld, postgresWorld, startPostgres, type WorldSize } from './lib/world';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-embedded': { type: 'boolean', default: false },
    'skip-web': { type: 'boolean', default: false },
  },
  strict: true,
});
const quick = args.quick ?? false;

const SIZES: { postgres: WorldSize; embedded: WorldSize } = quick
  ? { postgres: { households: 20_000, cases: 200_000 }, embedded: { households: 20_000, cases: 200_000 } }
  : { postgres: { households: 200_000, cases: 2_000_000 }, embedded: { households: 20_000, cases: 200_000 } };
/** Seconds per measurement: short in --quick, longer (steadier percentiles) in the full run. */
const SECONDS = quick
  ? { intakeWarmUp: 2, intake: 6, list: 2, stats: 6, open311: 3, health: 6, proxied: 3 }
  : { intakeWarmUp: 10, intake: 15, list: 5, stats: 20, open311: 6, health: 10, proxied: 10 };
const CONNECTIONS = { intake: 10, latency: 1, dashboardLoad: 2, proxied: 4 };
const ROLES = { grid: 'grid-qq1', community: 'community-qq', street: 'street-lc', district: 'district' } as const;
const DEEP_PAGES = quick ? 10 : 25;

const T = {
  intakeRate: { op: '>=', value: 800 },
  intakeRatio: { op: '>=', value: 0.5 },
  list: { op: '<=', value: 20 },
  stats: { op: '<=', value: 150 },
  open311: { op: '<=', value: 30 },
  health: { op: '<=', value: 50 },
  rss: { op: '<=', value: 512 },
  h5: { op: '<=', value: 200 },
  admin: { op: '<=', value: 600 },
  phone: { op: '<=', value: 150 },
} as const;

const figures: Figure[] = [];
const details: Record<string, unknown> = {};
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Beijing calendar day `days` from today, YYYY-MM-DD. */
function beijingDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function sessions(base: string): Promise<Record<keyof typeof ROLES, string>> {
  const entries = await Promise.all(
    Object.entries(ROLES).map(async ([scope, user]) => [scope, await login(base, user, BENCH_ENV.LINLI_DEMO_PASSWORD)] as const),
  );
  return Object.fromEntries(entries) as Record<keyof typeof ROLES, string>;
}

function latencyFigures(prefix: string, label: string, r: LoadResult, target: Figure['target'], withP50 = true): void {
  if (withP50) figures.push({ key: `${prefix}.p50`, label: `${label} p50`, value: r.p50, unit: 'ms' });
  figures.push({
    key: `${prefix}.p95`,
    label: `${label} p95`,
    value: r.p95,
    unit: 'ms',
    target,
    note: r.non2xx + r.errors > 0 ? `${r.non2xx} non-2xx, ${r.errors} errors` : undefined,
  });
  details[prefix] = r;
}

/** Measures 1–3 on a running server: intake, scoped lists (first and deep page), district stats. */
async function measureCases(
  engine: 'pg' | 'embedded',
  server: BenchServer,
  databaseUrl?: string,
): Promise<{ cookies: Record<keyof typeof ROLES, string>; statsUrl: string }> {
  const cookies = await sessions(server.base);
  const engineLabel = engine === 'pg' ? 'Postgres' : 'PGlite';

  log(`${engineLabel}: case intake, ${CONNECTIONS.intake} connections, ${SECONDS.intake} s`);
  const body = JSON.stringify({ description: '楼道里的灯坏了好几天，晚上很黑，老人上下楼不安全', channel: 'patrol' });
  const intakeHeaders = { cookie: cookies.grid, 'content-type': 'application/json' };
  // As every other figure is measured warm: the first seconds of a fresh process pay for JIT
  // compilation, the segmenter's dictionary, prepared statements and the first cache fills.
  await runLoad({
    url: `${server.base}/api/cases`,
    method: 'POST',
    headers: intakeHeaders,
    body,
    connections: CONNECTIONS.intake,
    seconds: SECONDS.intakeWarmUp,
  });
  const intake = await runLoad({
    url: `${server.base}/api/cases`,
    method: 'POST',
    headers: intakeHeaders,
    body,
    connections: CONNECTIONS.intake,
    seconds: SECONDS.intake,
  });
  details[`${engine}.intake.api`] = intake;
  let ratio: Figure['ratio'];
  if (databaseUrl) {
    log('Postgres: the same statements straight through pg');
    const actor = await findIntakeActor(databaseUrl, ROLES.grid);
    const raw = await rawIntake(databaseUrl, actor, CONNECTIONS.intake, SECONDS.intake, SECONDS.intakeWarmUp);
    details['pg.intake.raw'] = raw;
    figures.push({ key: 'pg.intake.raw.rate', label: 'Postgres: raw pg intake rate (same statements)', value: raw.rate, unit: 'cases/s' });
    figures.push({ key: 'pg.intake.raw.p95', label: 'Postgres: raw pg intake p95', value: raw.p95, unit: 'ms' });
    ratio = { value: Math.round((intake.rate / raw.rate) * 100) / 100, of: 'raw pg rate', target: T.intakeRatio };
  }
  figures.push({
    key: `${engine}.intake.api.rate`,
    label: `${engineLabel}: case intake POST /api/cases`,
    value: intake.rate,
    unit: 'cases/s',
    target: engine === 'pg' ? T.intakeRate : undefined,
    ratio,
    note: intake.non2xx + intake.errors > 0 ? `${intake.non2xx} non-2xx, ${intake.errors} errors` : undefined,
  });
  figures.push({ key: `${engine}.intake.api.p95`, label: `${engineLabel}: case intake p95`, value: intake.p95, unit: 'ms' });
  // What any signed-in request costs here (session lookup, routing, JSON): the ceiling intake sits under.
  const me = await runLoad({ url: `${server.base}/api/me`, headers: { cookie: cookies.grid }, connections: CONNECTIONS.intake, seconds: SECONDS.list });
  details[`${engine}.me`] = me;
  figures.push({
    key: `${engine}.me.rate`,
    label: `${engineLabel}: GET /api/me, same connections (ceiling of any signed-in request)`,
    value: me.rate,
    unit: 'req/s',
  });

  for (const [scope, cookie] of Object.entries(cookies) as [keyof typeof ROLES, string][]) {
    const headers = { cookie };
    const first = `${server.base}/api/cases?limit=50`;
    await warmUp(first, headers);
    const firstPage = await runLoad({ url: first, headers, connections: CONNECTIONS.latency, seconds: SECONDS.list });
    latencyFigures(`${engine}.list.${scope}.first`, `${engineLabel}: case list, ${scope} (${ROLES[scope]}), first page`, firstPage, T.list);
    const deep = await deepCursor(server.base, '/api/cases', cookie, DEEP_PAGES);
    if (!deep.cursor) continue;
    const deepUrl = `${server.base}/api/cases?limit=50&after=${encodeURIComponent(deep.cursor)}`;
    await warmUp(deepUrl, headers);
    const deepPage = await runLoad({ url: deepUrl, headers, connections: CONNECTIONS.latency, seconds: SECONDS.list });
    latencyFigures(`${engine}.list.${scope}.deep`, `${engineLabel}: case list, ${scope}, page after ${deep.depth.toLocaleString('en')} rows`, deepPage, T.list);
  }

  const statsUrl = `${server.base}/api/cases/stats?from=${beijingDay(-365)}&to=${beijingDay(0)}`;
  log(`${engineLabel}: district dashboard, 12 months, ${SECONDS.stats} s`);
  await warmUp(statsUrl, { cookie: cookies.district }, 2);
  const stats = await runLoad({ url: statsUrl, headers: { cookie: cookies.district }, connections: CONNECTIONS.latency, seconds: SECONDS.stats });
  latencyFigures(`${engine}.stats.api`, `${engineLabel}: district dashboard GET /api/cases/stats, 12 months`, stats, T.stats);
  return { cookies, statsUrl };
}

async function measurePostgres(): Promise<void> {
  const cluster = await startPostgres();
  const world = await postgresWorld(cluster.serverUrl, SIZES.postgres);
  details.postgresWorld = { ...SIZES.postgres, generatedSeconds: world.generatedSeconds, cached: world.cached };
  const client = new pg.Client({ connectionString: world.url });
  await client.connect();
  const version = (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
  const counts = (
    await client.query(
      'select (select count(*) from households)::int as households, (select count(*) from residents)::int as residents, (select count(*) from cases)::int as cases, (select count(*) from case_events)::int as events',
    )
  ).rows[0];
  const district = (await client.query<{ path: string }>(`select path from org_nodes where code = '370403'`)).rows[0];
  await client.end();
  details.postgres = { version, counts };
  log(`Postgres ${version}: ${JSON.stringify(counts)}`);
  const server = await startServer(
    { ...BENCH_ENV, DATABASE_URL: world.url, LINLI_DATA_DIR: path.join(BENCH_HOME, 'pg-server-data'), LINLI_WEB_DIST: path.join(BENCH_HOME, 'no-web') },
    'pg',
  );
  try {
    await measureCases('pg', server, world.url);
    log('Postgres: the same dashboard figures by one hand-written query');
    const from = new Date(`${beijingDay(-365)}T00:00:00+08:00`);
    const to = new Date(`${beijingDay(0)}T00:00:00+08:00`);
    const raw = await rawStats(world.url, from, to, district.path, SECONDS.stats);
    details['pg.stats.raw'] = raw;
    figures.push({ key: 'pg.stats.raw.p95', label: 'Postgres: the same figures, one hand-written SQL over raw tables, p95', value: raw.p95, unit: 'ms' });
    const apiStats = details['pg.stats.api'] as LoadResult;
    const statsFigure = figures.find((f) => f.key === 'pg.stats.api.p95');
    if (statsFigure) statsFigure.ratio = { value: Math.round((apiStats.p95 / raw.p95) * 100) / 100, of: 'raw SQL p95' };

    const open311 = `${server.base}/open311/v2/requests.json?api_key=linli-demo-open311`;
    await warmUp(open311, {});
    const o = await runLoad({ url: open311, connections: CONNECTIONS.latency, seconds: SECONDS.open311 });
    latencyFigures('pg.open311', 'Postgres: Open311 GET /open311/v2/requests.json', o, T.open311);
    figures.push({ key: 'pg.server.peakRss', label: 'Postgres: server peak RSS (VmHWM)', value: server.peakMb(), unit: 'MB', target: T.rss });
    await recordTwoInstances(server, world.url);
  } finally {
    await server.stop();
    await world.drop();
    await cluster.stop();
  }
}

/** Issue 5: a second server on the same world database, both behind a loopback proxy (lib/two-instances.ts). */
async function recordTwoInstances(first: BenchServer, databaseUrl: string): Promise<void> {
  log(`two instances behind a loopback proxy: community list, ${CONNECTIONS.proxied} connections, ${SECONDS.proxied} s each`);
  const env = {
    ...BENCH_ENV,
    DATABASE_URL: databaseUrl,
    LINLI_DATA_DIR: path.join(BENCH_HOME, 'pg-server-data-2'),
    LINLI_WEB_DIST: path.join(BENCH_HOME, 'no-web'),
  };
  const r = await measureTwoInstances({
    first,
    env,
    username: ROLES.community,
    password: BENCH_ENV.LINLI_DEMO_PASSWORD,
    connections: CONNECTIONS.proxied,
    seconds: SECONDS.proxied,
  });
  details['pg.twoInstances'] = r;
  figures.push(...twoInstanceFigures(r));
}

/** Measures the embedded server; with a built web app (`webDir`) it also serves it and measures a phone's first visit. */
async function measureEmbedded(webDir: string | null): Promise<void> {
  const world = await pgliteWorld(SIZES.embedded);
  details.embeddedWorld = { ...SIZES.embedded, generatedSeconds: world.generatedSeconds, cached: world.cached };
  const server = await startServer(
    { ...BENCH_ENV, DATABASE_URL: '', LINLI_DATA_DIR: world.dataDir, LINLI_WEB_DIST: webDir ?? path.join(BENCH_HOME, 'no-web') },
    'pglite',
  );
  try {
    const { cookies, statsUrl } = await measureCases('embedded', server);
    const health = `${server.base}/api/health`;
    const idle = await runLoad({ url: health, connections: CONNECTIONS.latency, seconds: 2 });
    details['embedded.health.idle'] = idle;
    log(`PGlite: /api/health while ${CONNECTIONS.dashboardLoad} dashboard requests run, ${SECONDS.health} s`);
    const [busy, load] = await Promise.all([
      runLoad({ url: health, connections: CONNECTIONS.latency, seconds: SECONDS.health }),
      runLoad({ url: statsUrl, headers: { cookie: cookies.district }, connections: CONNECTIONS.dashboardLoad, seconds: SECONDS.health }),
    ]);
    details['embedded.health.busy'] = busy;
    details['embedded.health.dashboardLoad'] = load;
    figures.push({
      key: 'embedded.health.p99',
      label: `PGlite: /api/health p99 during dashboard load (${load.ok} dashboards)`,
      value: busy.p99,
      unit: 'ms',
      target: T.health,
      ratio: { value: Math.round((busy.p99 / Math.max(idle.p99, 0.01)) * 10) / 10, of: 'idle p99' },
    });
    figures.push({ key: 'embedded.server.peakRss', label: 'PGlite: server peak RSS (VmHWM)', value: server.peakMb(), unit: 'MB', target: T.rss });
    if (webDir) await recordPhoneDownload(server.base);
  } finally {
    await server.stop();
    world.drop();
  }
}

/** A resident's first visit on a phone (chromium), compressed bytes: to the H5 home including login, and on to the report page. */
async function recordPhoneDownload(base: string): Promise<void> {
  log('phone: cold start → /h5 login → H5 home → 我要反映 (chromium, 390×844)');
  const phone = await measurePhoneDownload(base, 'resident1', BENCH_ENV.LINLI_DEMO_PASSWORD);
  if (!phone) {
    log('phone: no chromium at /usr/bin/chromium (CHROMIUM_PATH), figure skipped');
    return;
  }
  details.phone = phone;
  figures.push({
    key: 'web.phone.toHome',
    label: 'Resident phone, cold cache: /h5 → login → H5 home, transferred',
    value: Math.round(phone.toHomeBytes / 1024),
    unit: 'KB',
    target: T.phone,
  });
  figures.push({
    key: 'web.phone.toReport',
    label: `Resident phone, cold cache: … → report page, transferred (${phone.requests} requests)`,
    value: Math.round(phone.toReportBytes / 1024),
    unit: 'KB',
  });
}

/** Builds the web app, records the initial-bundle sizes and returns the build's folder (served to the phone measure). */
async function measureWeb(): Promise<string> {
  const outDir = path.join(BENCH_HOME, 'web-dist');
  log('building the web app (vite) for bundle sizes');
  await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {}, path.join(ROOT, 'apps/web'));
  const admin = initialJsGzip(outDir, 'index.html');
  // The resident H5 pages are routes of the same SPA unless the web app grows its own h5 entry.
  const h5Entry = ['h5.html', 'h5/index.html'].find((f) => {
    try {
      readFileSync(path.join(outDir, f));
      return true;
    } catch {
      return false;
    }
  });
  const h5 = h5Entry ? initialJsGzip(outDir, h5Entry) : admin;
  details.web = { admin, h5, h5Entry: h5Entry ?? 'index.html (shared entry)' };
  figures.push({
    key: 'web.h5.initialJsGzip',
    label: `Resident H5 initial JS (${h5Entry ?? 'shared index.html entry'}), gzip`,
    value: Math.round(h5.total / 1024),
    unit: 'KB',
    target: T.h5,
  });
  figures.push({
    key: 'web.admin.initialJsGzip',
    label: 'Admin console initial JS (index.html), gzip',
    value: Math.round(admin.total / 1024),
    unit: 'KB',
    target: T.admin,
  });
  return outDir;
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = [os.loadavg()[0]];
  mkdirSync(BENCH_HOME, { recursive: true });
  await measurePostgres();
  const webDir = args['skip-web'] ? null : await measureWeb();
  if (!args['skip-embedded']) await measureEmbedded(webDir);
  load.push(os.loadavg()[0]);
  const table = markdownTable(figures);
  console.log(`\n## Linli benchmark (${quick ? 'quick' : 'full'}) — ${new Date().toISOString()}\n`);
  console.log(
    `Postgres world: ${SIZES.postgres.households.toLocaleString('en')} households, ${SIZES.postgres.cases.toLocaleString('en')} cases; PGlite world: ${SIZES.embedded.households.toLocaleString('en')} households, ${SIZES.embedded.cases.toLocaleString('en')} cases. ${os.cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' → ')}.\n`,
  );
  console.log(table);
  const pgliteVersion = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  const result = {
    at: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    seconds: Math.round((Date.now() - started) / 1000),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverage: load,
      platform: `${os.type()} ${os.release()}`,
    },
    versions: { node: process.version, postgres: (details.postgres as { version: string }).version, pglite: pgliteVersion },
    sizes: SIZES,
    figures,
    details,
    table,
  };
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`done in ${result.seconds} s; wrote bench/results/latest.json`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
