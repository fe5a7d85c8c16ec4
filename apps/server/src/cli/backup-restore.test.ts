import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../platform/crypto/pii-cipher';
import { openDatabase } from '../platform/db/open-database';
import type { OpenDatabase } from '../platform/db/database';
import { createLiveCalendar } from '../modules/calendar';
import { seedDemo } from '../demo-seeding';

// Issue 15: `linli backup` of a running embedded server, `linli restore` into an empty data
// directory and (with TEST_DATABASE_URL) into an empty PostgreSQL database, the way an office moves
// onto a server. The commands run as the operator runs them, in a child process.
const CLI = path.resolve(import.meta.dirname, '../cli.ts');
const SECRET = 'backup-test-secret';
const PHOTO_KEY = '2026/01/0b0c8f8e-8f9a-4c1e-9a52-6f2f7b8f0a11.jpg';
const run = promisify(execFile);
// Each command is a fresh process (tsx, PGlite start, migrations): tens of seconds on a loaded machine.
const SLOW = 300_000;

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-backup-test-'));
  dirs.push(dir);
  return dir;
};

/** Runs `linli <args>` with the given environment; resolves to its exit code and output. */
async function linli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LINLI_SECRET: SECRET, ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: childEnv });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Row counts of every table in `public`, through any connection URL. */
async function countsAt(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) counts[name] = Number((await client.query(`select count(*) as n from "${name}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}

/** A few residents (their stored, encrypted columns) and the newest cases, to compare field by field. */
async function sampleAt(url: string): Promise<{ residents: Record<string, unknown>[]; cases: Record<string, unknown>[]; caseNo: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Compared as instants: a PostgreSQL server may render timestamps in its own time zone.
    await client.query(`set timezone = 'UTC'`);
    const residents = await client.query(`select id, name, id_number_enc, phone_enc from residents where phone_enc is not null order by id limit 5`);
    const cases = await client.query(`select row_to_json(c)::jsonb as c from cases c order by submitted_at desc, id limit 3`);
    const seq = await client.query<{ v: string }>(`select last_value::text as v from case_no_seq`);
    return { residents: residents.rows, cases: cases.rows.map((r) => r.c), caseNo: seq.rows[0].v };
  } finally {
    await client.end();
  }
}

describe('linli backup and restore', () => {
  const source = tempDir();
  const backupFile = path.join(tempDir(), 'office.linli.gz');
  let server: OpenDatabase;
  let counts: Record<string, number>;
  let sample: Awaited<ReturnType<typeof sampleAt>>;
  const cipher = createPiiCipher(SECRET);

  beforeAll(async () => {
    // The "running server": this process holds the data directory, as `npm start` would.
    server = await openDatabase({ dataDir: source });
    const calendar = await createLiveCalendar(server.db);
    await seedDemo(
      {
        db: server.db,
        cipher,
        calendar,
        demoPassword: 'x',
        households: 445,
        seed: 7,
        cases: { count: 40, bulk: true },
        onProgress: () => undefined,
        log: () => undefined,
      },
      true,
    );
    fs.mkdirSync(path.join(source, 'uploads/2026/01'), { recursive: true });
    fs.writeFileSync(path.join(source, 'uploads', PHOTO_KEY), 'a photo of a broken lamp');
    counts = await countsAt(server.url!);
    sample = await sampleAt(server.url!);
  }, SLOW);
  afterAll(async () => {
    await server?.close();
    dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it(
    'backs up through the running embedded server and restores into an empty data directory',
    async () => {
      const backup = await linli(['backup', backupFile], { LINLI_DATA_DIR: source });
      expect(backup.stderr).toContain('the running server');
      expect(backup.code).toBe(0);
      expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);

      const target = tempDir();
      const restored = await linli(['restore', backupFile], { LINLI_DATA_DIR: target });
      expect(restored.stderr + restored.stdout).toContain('恢复完成');
      expect(restored.code).toBe(0);
      expect(fs.readFileSync(path.join(target, 'uploads', PHOTO_KEY), 'utf8')).toBe('a photo of a broken lamp');

      const database = await openDatabase({ dataDir: target });
      try {
        expect(counts.residents).toBeGreaterThan(400);
        expect(counts.cases).toBeGreaterThanOrEqual(40);
        expect(await countsAt(database.url!)).toEqual(counts);
        const copy = await sampleAt(database.url!);
        expect(copy).toEqual(sample);
        // Same secret, so the personal fields still decrypt, to what they were.
        for (const r of copy.residents) expect(cipher.decrypt(String(r.phone_enc))).toMatch(/^1\d{10}$/);
      } finally {
        await database.close();
      }

      // Into the same, now full, directory: refused in one message, nothing overwritten.
      const again = await linli(['restore', backupFile], { LINLI_DATA_DIR: target });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('不是空的');
      expect(again.stderr).toContain('is not empty');
      expect(again.stderr).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it(
    'refuses a restore without the secret the personal fields were encrypted with',
    async () => {
      if (!fs.existsSync(backupFile)) expect((await linli(['backup', backupFile], { LINLI_DATA_DIR: source })).code).toBe(0);
      const refused = await linli(['restore', backupFile], { LINLI_DATA_DIR: tempDir(), LINLI_SECRET: 'another-secret' });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('密钥与做备份时的不同');
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it.runIf(process.env.TEST_DATABASE_URL)(
    'moves an embedded office onto PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      if (!fs.existsSync(backupFile)) expect((await linli(['backup', backupFile], { LINLI_DATA_DIR: source })).code).toBe(0);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const name = `linli_restore_${process.pid}_${Date.now()}`;
      await admin.query(`create database ${name}`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      try {
        const restored = await linli(['restore', backupFile], { LINLI_DATA_DIR: tempDir(), DATABASE_URL: url.toString() });
        expect(restored.stderr + restored.stdout).toContain('恢复完成');
        expect(restored.code).toBe(0);
        expect(await countsAt(url.toString())).toEqual(counts);
        const copy = await sampleAt(url.toString());
        expect(copy).toEqual(sample);
        for (const r of copy.residents) expect(cipher.decrypt(String(r.id_number_enc))).toMatch(/^\d{17}[\dX]$/);
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
    SLOW,
  );
});
