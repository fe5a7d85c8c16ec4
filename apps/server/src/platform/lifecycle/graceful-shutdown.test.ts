import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CHILD = path.resolve(import.meta.dirname, '../../test-support/serve-child.ts');
// Starting a child (tsx, migrations on a fresh PGlite directory) takes seconds on an idle machine and
// can take a minute on a loaded one; the shutdown itself is timed against its own deadline below.
const STARTUP_ALLOWANCE_MS = 180_000;

interface Child {
  proc: ChildProcess;
  port: number;
  dataDir: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const children: Child[] = [];
afterEach(() => {
  for (const c of children.splice(0)) {
    if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
    fs.rmSync(c.dataDir, { recursive: true, force: true });
  }
});

/** Starts the server in a child process and waits for its port. */
async function startChild(env: Record<string, string> = {}): Promise<Child> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-shutdown-test-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, ...env, LINLI_DATA_DIR: dataDir }, stdio: 'pipe' });
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const match = /\{"port":(\d+)\}/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(({ code }) => reject(new Error(`child exited (${code}) before listening: ${err}`)));
  });
  const child = { proc, port, dataDir, stderr: () => err, exited };
  children.push(child);
  return child;
}

function request(port: number, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Logs in as the child's user and opens its notifications stream; resolves once connected, with all it received when it ends. */
async function openNotificationStream(port: number): Promise<{ ended: Promise<string> }> {
  const login = await request(port, 'POST', '/api/auth/login', { username: 'grid-worker', password: 'test-password' });
  expect(login.status).toBe(200);
  const cookie = String(login.headers['set-cookie']?.[0]).split(';')[0];
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/notifications/stream', headers: { cookie } }, (res) => {
      let text = '';
      const ended = new Promise<string>((done) => {
        res.on('end', () => done(text));
        res.on('error', () => done(text));
        res.on('close', () => done(text));
      });
      res.on('data', (d) => {
        text += String(d);
        if (text.includes(': connected')) resolve({ ended });
      });
    });
    req.on('error', reject);
  });
}

describe('graceful shutdown of a real server process', () => {
  it(
    'exits 0 well within the deadline on SIGTERM while a notifications stream is open, ending the stream with a reconnect hint',
    async () => {
      const child = await startChild();
      const stream = await openNotificationStream(child.port);
      const sent = Date.now();
      child.proc.kill('SIGTERM');
      const exit = await child.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - sent).toBeLessThan(10_000); // the default deadline: nothing was left in flight
      expect(await stream.ended).toMatch(/retry: \d+/);
      expect(fs.existsSync(path.join(child.dataDir, 'linli.lock'))).toBe(false);
    },
    STARTUP_ALLOWANCE_MS,
  );

  it(
    'cuts a request still running at the deadline, survives repeated signals, and leaves no lock file',
    async () => {
      const child = await startChild({ LINLI_SHUTDOWN_TIMEOUT_MS: '1000' });
      const slow = request(child.port, 'GET', '/test-only/slow').then(
        () => 'answered',
        () => 'cut',
      );
      await vi.waitFor(() => expect(child.stderr()).toContain('slow request running'), { timeout: 30_000, interval: 20 });
      const sent = Date.now();
      child.proc.kill('SIGTERM');
      child.proc.kill('SIGTERM');
      child.proc.kill('SIGINT');
      const exit = await child.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - sent).toBeLessThan(1000 + 5000);
      expect(await slow).toBe('cut');
      expect(child.stderr()).toContain('already shutting down');
      expect(child.stderr()).not.toMatch(/more than once|Unhandled|TypeError/);
      expect(fs.existsSync(path.join(child.dataDir, 'linli.lock'))).toBe(false);
    },
    STARTUP_ALLOWANCE_MS,
  );
});
