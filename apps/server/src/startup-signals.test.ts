import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db/open-database';
import { cases, open311Clients, orgNodes } from './test-support/tables';
import { hasDemoDistrict } from './modules/org';

// main.ts itself, in a child process, on a small demo district: SIGTERM while it is still seeding.
const MAIN = path.resolve(import.meta.dirname, 'main.ts');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

interface Run {
  /** Resolves with the first log line matching `pattern` (JSON lines: LINLI_LOG_FORMAT=json). */
  waitFor(pattern: RegExp): Promise<string>;
  signal(name: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** Starts main.ts on `dataDir` with a demo small enough to seed in seconds. */
function startMain(dataDir: string): Run {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      LINLI_DATA_DIR: dataDir,
      LINLI_DEMO_HOUSEHOLDS: '1500',
      LINLI_DEMO_CASES: '40',
      LINLI_LOG_FORMAT: 'json',
      LINLI_WEB_DIST: path.join(dataDir, 'no-web'),
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: 'pipe',
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (d: Buffer) => {
    output += String(d);
    for (const w of [...waiters]) {
      const line = output.split('\n').find((l) => w.pattern.test(l));
      if (line) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return {
    waitFor: (pattern) =>
      Promise.race([
        new Promise<string>((resolve) => waiters.push({ pattern, resolve })),
        exited.then(({ code, output }) => Promise.reject(new Error(`main exited (${code}) before ${pattern}:\n${output}`))),
      ]),
    signal: (name) => proc.kill(name),
    exited,
  };
}

/** What the data directory holds once no process has it open: demo marker, org nodes, cases, Open311's demo client. */
async function contentsOf(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const [nodes] = await database.db.select({ n: count() }).from(orgNodes);
    const [written] = await database.db.select({ n: count() }).from(cases);
    const [clients] = await database.db.select({ n: count() }).from(open311Clients);
    return { district: await hasDemoDistrict(database.db), nodes: nodes.n, cases: written.n, open311Clients: clients.n };
  } finally {
    await database.close();
  }
}

describe('signals during start-up', () => {
  it('SIGTERM while the demo district is being generated stops the start with exit 0, lock released, nothing half-written; the next start seeds it whole', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-startup-signal-'));
    dirs.push(dataDir);
    const first = startMain(dataDir);
    // A progress line of the district step: migrations are done and the demo is half-way written.
    await first.waitFor(/\[linli\] {3}\S.*\d+%/);
    first.signal('SIGTERM');
    const stopped = await first.exited;
    expect(stopped.signal, stopped.output).toBeNull();
    expect(stopped.code, stopped.output).toBe(0);
    expect(stopped.output).toContain('start-up stopped by SIGTERM');
    expect(fs.existsSync(path.join(dataDir, 'linli.lock'))).toBe(false);
    // Rolled back: no district, no tree, no cases; the next start takes it as a first start.
    expect(await contentsOf(dataDir)).toMatchObject({ district: false, nodes: 0, cases: 0 });

    const second = startMain(dataDir);
    await second.waitFor(/首次启动/);
    await second.waitFor(/邻里已启动/);
    second.signal('SIGTERM');
    expect((await second.exited).code).toBe(0);
    const seeded = await contentsOf(dataDir);
    expect(seeded.district).toBe(true);
    expect(seeded.nodes).toBeGreaterThan(100);
    expect(seeded.cases).toBeGreaterThan(0);
    expect(seeded.open311Clients).toBeGreaterThan(0);
  }, 600_000);
});
