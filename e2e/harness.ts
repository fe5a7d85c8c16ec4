// Helpers for the browser journeys (e2e/*.spec.ts): a real server per spec file, Debian chromium
// through playwright-core, pages, screenshots, login and SMS codes from the dev SMS sender.
//
//   let server: Server; let browser: Browser;
//   beforeAll(async () => { server = await startServer(); browser = await launchBrowser(); });
//   afterAll(async () => { await browser?.close(); await server?.stop(); });
//
// E2E_SERVER_LOG=1 also echoes the server's output to the console while it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const screenshotDir = join(repoRoot, 'e2e', 'screenshots');
export const DEMO_PASSWORD = 'linli-demo';

export interface Server {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr). */
  logs(): string;
  /** Kills the server and removes its data directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Demo households seeded on first start (LINLI_DEMO_HOUSEHOLDS); small keeps it quick. */
  households?: number;
  /** Extra environment for the server; overrides the defaults. */
  env?: Record<string, string>;
  /** How long to wait for /api/health to answer ok. */
  timeoutMs?: number;
  /** Server entry run with tsx, relative to the repo root (default apps/server/src/main.ts). */
  entry?: string;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // npx → tsx → node: the whole process group
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the real platform (`npx tsx apps/server/src/main.ts`) on a free port with a fresh data dir. */
export async function startServer(opts: StartServerOptions = {}): Promise<Server> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LINLI_DATA_DIR: dataDir,
    LINLI_DEMO_HOUSEHOLDS: String(opts.households ?? 2000),
    LINLI_SECRET: 'e2e-secret-not-for-production-0123456789abcdef',
    LINLI_DEMO_PASSWORD: DEMO_PASSWORD,
    LINLI_LOG: '1', // the request log, printed when a journey fails
    ...opts.env,
  };
  // The journeys use the fresh data dir, never a database configured in the caller's shell.
  if (!opts.env || !('DATABASE_URL' in opts.env)) delete env.DATABASE_URL;

  let output = '';
  const echo = process.env.E2E_SERVER_LOG === '1';
  const child = spawn('npx', ['tsx', opts.entry ?? 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    detached: true, // own process group, so stop() also ends tsx's node child
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    });
  }
  let spawnError: Error | undefined;
  child.once('error', (err) => (spawnError = err));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup(child, 'SIGTERM');
    const gone = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!gone) {
      killGroup(child, 'SIGKILL');
      await Promise.race([exited, sleep(5_000)]);
    }
    running.delete(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const fail = async (why: string): Promise<never> => {
    await stop();
    const tail = output.length > 20_000 ? `…${output.slice(-20_000)}` : output;
    throw new Error(`e2e: server did not become healthy: ${why}\n--- server output ---\n${tail}\n--- end ---`);
  };

  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    if (spawnError) return fail(`could not spawn npx: ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      return fail(`it exited (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const text = await res.text();
      last = `HTTP ${res.status} ${text.slice(0, 200)}`;
      if (res.ok && (JSON.parse(text) as { status?: unknown }).status === 'ok') break;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() > deadline) return fail(`no ok from ${baseUrl}/api/health within ${timeoutMs} ms (last: ${last})`);
    await sleep(500);
  }

  return { baseUrl, port, dataDir, logs: () => output, stop };
}

/** Debian chromium, headless, without the background traffic it would send to the closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Content-Security-Policy violations seen on any page since the last {@link takeCspViolations}. */
const cspViolations: string[] = [];

/** The CSP violations recorded so far, emptying the record (e2e/csp-guard.ts fails a journey on any). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

// Reports each violation to the console, where the context's listener below records it: the event
// carries what was blocked, while chromium's own console line does not always appear (report-only, workers).
const reportViolations = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`[csp-violation] ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || location.href}:${e.lineNumber}`);
  });
};

/** A page in a fresh context (own cookies): desktop 1366×768, or a 390×844 phone with touch. Records CSP violations. */
export async function newPage(browser: Browser, baseUrl: string, opts: { mobile?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(opts.mobile
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1366, height: 768 } }),
  });
  await context.addInitScript(reportViolations);
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[csp-violation]') || /Content Security Policy/i.test(text)) cspViolations.push(`${message.page()?.url() ?? '?'}: ${text}`);
  });
  return context.newPage();
}

/** Saves e2e/screenshots/<name>.png (full page, or what the window shows with `fullPage: false`) and returns its path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.png`);
  await page.screenshot({ path, fullPage: opts.fullPage ?? true });
  return path;
}

/** Signs in through the login page and waits until the app leaves /login. */
export async function login(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByPlaceholder('用户名', { exact: true }).fill(username);
  await page.getByPlaceholder('密码', { exact: true }).fill(password);
  // antd puts a space between two Chinese characters in a button ("登 录").
  await page.getByRole('button', { name: /^\s*登\s*录\s*$/ }).click();
  try {
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  } catch (err) {
    const shown = await page
      .locator('.ant-message, .ant-form-item-explain-error, .ant-alert')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `e2e: login as ${username} did not leave /login (still at ${page.url()})` + (shown.length ? `; the page shows: ${shown.join(' | ')}` : ''),
      { cause: err },
    );
  }
}

const ansi = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

/**
 * Verification codes the dev SMS sender printed, oldest first, e.g. from
 * `[sms → 13800000000] 【邻里】您的验证码为 123456，5分钟内有效`. With phone: only those sent to it.
 */
export function smsCodes(logs: string, phone?: string): string[] {
  const codes: string[] = [];
  for (const line of logs.replace(ansi, '').split('\n')) {
    const m = /\[sms\s*→\s*(\+?\d+)\].*?验证码[为是:：]?\s*(\d{4,8})/.exec(line);
    if (m && (phone === undefined || m[1] === phone)) codes.push(m[2]);
  }
  return codes;
}

/**
 * Waits for a new SMS code to phone: pass `after` = smsCodes(server.logs(), phone).length taken
 * before the action that sends it.
 */
export async function waitForSmsCode(
  server: Pick<Server, 'logs'>,
  phone: string,
  { after = 0, timeoutMs = 15_000 }: { after?: number; timeoutMs?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const codes = smsCodes(server.logs(), phone);
    if (codes.length > after) return codes[codes.length - 1];
    if (Date.now() > deadline) throw new Error(`e2e: no SMS code to ${phone} within ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** The platform and the browser one journey file runs against (see {@link startPlatformAndBrowser}). */
export interface Running {
  readonly server: Server;
  readonly browser: Browser;
}

/**
 * Starts the real platform and a browser before the journeys of the `describe` it is called in, and stops both after
 * them. Read `server` and `browser` inside the tests (they exist once `beforeAll` has run).
 */
export function startPlatformAndBrowser(opts: StartServerOptions = {}): Running {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(opts);
    browser = await launchBrowser();
  });
  // A failed journey prints the end of the server's output (its request log included), which CI keeps.
  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      if (server) console.error(`--- server output (last 20 kB) ---\n${server.logs().slice(-20_000)}\n--- end ---`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`e2e: the ${what} is read before beforeAll started it`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
