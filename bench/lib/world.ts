import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT, run, spawnTs } from './processes';

/**
 * Bump when the generator's output changes in a way that matters to the figures, so cached worlds
 * are rebuilt instead of measured stale.
 */
export const WORLD_VERSION = 2;
/** Where the bench keeps its Postgres cluster (scripts/pg-temp.sh) and its PGlite worlds. */
export const BENCH_HOME = process.env.LINLI_BENCH_HOME ?? '/tmp/linli-bench';
/** Fixed secrets so every process of the bench reads the same ciphertexts and logs in the same way. */
export const BENCH_ENV = { LINLI_SECRET: 'linli-bench-secret', LINLI_DEMO_PASSWORD: 'linli-demo', LINLI_LOG: '0' };

/** Sizes of a benchmark world. */
export interface WorldSize {
  households: number;
  cases: number;
}

/**
 * The migrations the server would apply, as one string: a cached world made under other migrations
 * is migrated and its dashboard rollup recomputed (`linli rebuild-stats`) before it is measured.
 */
export function migrationsFingerprint(): string {
  const journal = JSON.parse(readFileSync(path.join(ROOT, 'apps/server/drizzle/meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((e) => e.tag).join(',');
}

const worldName = (size: WorldSize) => `bench_v${WORLD_VERSION}_h${size.households}_c${size.cases}`;

/** Starts (or finds) the bench's Postgres cluster and returns its server URL without a database. */
export async function startPostgres(): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  const dir = path.join(BENCH_HOME, 'pg');
  const env = { LINLI_PG_DIR: dir, LINLI_PG_PORT: process.env.LINLI_BENCH_PG_PORT ?? '55400' };
  const wasRunning = await run('bash', ['scripts/pg-temp.sh', 'status'], env).then(
    () => true,
    () => false,
  );
  const url = (await run('bash', ['scripts/pg-temp.sh', 'start'], env)).trim().split('\n').pop()!;
  return {
    serverUrl: url.replace(/\/[^/]+$/, ''),
    // Stops the cluster (only when this run started it) but keeps its data directory: pg-temp.sh
    // stop would delete the cached worlds.
    stop: async () => {
      if (wasRunning) return;
      const bin = readFileSync(path.join(dir, 'data', 'postmaster.opts'), 'utf8')
        .split(' ')[0]
        .replace(/\/postgres$/, '');
      const pgCtl = [path.join(bin, 'pg_ctl'), '-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop'];
      await (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', ...pgCtl]) : run(pgCtl[0], pgCtl.slice(1)));
    },
  };
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function isComplete(url: string): Promise<{ seconds: number; migrations: string | null } | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ seconds: number; migrations: string | null }>(
      `select seconds, to_jsonb(r) ->> 'migrations' as migrations from bench_world_ready r`,
    );
    return rows[0] ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The cached Postgres world of `size` (generated with `npm run linli -- generate` when missing or
 * unfinished), and a fresh copy of it to measure on, so intake runs never change the cache.
 */
export async function postgresWorld(
  serverUrl: string,
  size: WorldSize,
): Promise<{ url: string; generatedSeconds: number; cached: boolean; drop(): Promise<void> }> {
  const name = worldName(size);
  const worldUrl = `${serverUrl}/${name}`;
  let ready = await isComplete(worldUrl);
  const cached = ready !== null;
  if (!ready) {
    await withAdmin(serverUrl, async (c) => {
      await c.query(`drop database if exists ${name}`);
      await c.query(`create database ${name}`);
    });
    // The migrations the generator applies are the ones on disk when it starts (not when it ends).
    const migrations = migrationsFingerprint();
    const started = Date.now();
    process.stderr.write(`bench: generating the Postgres world ${name} (${size.households} households, ${size.cases} cases)…\n`);
    await generate({ DATABASE_URL: worldUrl, LINLI_DATA_DIR: path.join(BENCH_HOME, 'pg-secret') }, size);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const client = new pg.Client({ connectionString: worldUrl });
    await client.connect();
    await client.query('create table bench_world_ready (seconds real not null, migrations text, at timestamptz not null default now())');
    await client.query('insert into bench_world_ready (seconds, migrations) values ($1, $2)', [seconds, migrations]);
    await client.query('vacuum analyze');
    await client.end();
    ready = { seconds, migrations };
  }
  if (ready.migrations !== migrationsFingerprint()) {
    process.stderr.write(`bench: migrations changed since ${name} was generated: migrating it and rebuilding its rollup…\n`);
    await refresh({ DATABASE_URL: worldUrl, LINLI_DATA_DIR: path.join(BENCH_HOME, 'pg-secret') });
    const client = new pg.Client({ connectionString: worldUrl });
    await client.connect();
    await client.query('alter table bench_world_ready add column if not exists migrations text');
    await client.query('update bench_world_ready set migrations = $1', [migrationsFingerprint()]);
    await client.end();
  }
  const copy = `${name}_run`;
  await withAdmin(serverUrl, async (c) => {
    await c.query(`drop database if exists ${copy}`);
    // FILE_COPY copies the files instead of WAL-logging every block: seconds instead of minutes at 2M cases.
    await c.query(`create database ${copy} template ${name} strategy file_copy`);
  });
  return {
    url: `${serverUrl}/${copy}`,
    generatedSeconds: ready.seconds,
    cached,
    drop: () => withAdmin(serverUrl, async (c) => void (await c.query(`drop database if exists ${copy} with (force)`))),
  };
}

/** The cached PGlite world of `size` and a fresh copy of its data directory to measure on. */
export async function pgliteWorld(size: WorldSize): Promise<{ dataDir: string; generatedSeconds: number; cached: boolean; drop(): void }> {
  const home = path.join(BENCH_HOME, `pglite-${worldName(size)}`);
  const marker = path.join(home, 'ready.json');
  const cached = existsSync(marker);
  if (!cached) {
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    const migrations = migrationsFingerprint();
    const started = Date.now();
    process.stderr.write(`bench: generating the PGlite world (${size.households} households, ${size.cases} cases)…\n`);
    await generate({ LINLI_DATA_DIR: path.join(home, 'data'), DATABASE_URL: '' }, size);
    writeFileSync(marker, JSON.stringify({ seconds: Math.round((Date.now() - started) / 100) / 10, size, migrations }));
  }
  const ready = JSON.parse(readFileSync(marker, 'utf8')) as { seconds: number; migrations?: string };
  if (ready.migrations !== migrationsFingerprint()) {
    process.stderr.write('bench: migrations changed since the PGlite world was generated: migrating it and rebuilding its rollup…\n');
    await refresh({ LINLI_DATA_DIR: path.join(home, 'data'), DATABASE_URL: '' });
    writeFileSync(marker, JSON.stringify({ ...ready, migrations: migrationsFingerprint() }));
  }
  const { seconds } = ready;
  const copy = path.join(BENCH_HOME, 'pglite-run');
  rmSync(copy, { recursive: true, force: true });
  cpSync(path.join(home, 'data'), copy, { recursive: true });
  rmSync(path.join(copy, 'linli.lock'), { force: true });
  return { dataDir: copy, generatedSeconds: seconds, cached, drop: () => rmSync(copy, { recursive: true, force: true }) };
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTs('apps/server/src/cli.ts', args, { ...BENCH_ENV, ...env }, (line) => process.stderr.write(`  [${args[0]}] ${line}\n`));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`linli ${args[0]} exited with ${code}`))));
  });
}

const generate = (env: NodeJS.ProcessEnv, size: WorldSize) => cli(['generate', '--households', String(size.households), '--cases', String(size.cases)], env);
const refresh = (env: NodeJS.ProcessEnv) => cli(['rebuild-stats'], env);
