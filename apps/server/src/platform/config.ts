import path from 'node:path';
import { EXPORT_IMMEDIATE_ROWS, EXPORT_KEEP_HOURS } from '@linli/shared';
import { DEFAULT_SHUTDOWN_DEADLINE_MS } from './lifecycle/graceful-shutdown';

/** Runtime configuration read once from the environment (README lists every variable). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string | undefined;
  demoPassword: string;
  demoHouseholds: number;
  sessionIdleMinutes: number;
  intakeBatch: number;
  smsDailyCap: number;
  revealPerHour: number;
  webDist: string;
  /** Trusted reverse proxies (LINLI_TRUST_PROXY, comma-separated addresses or CIDRs); empty: none. */
  trustProxy: string[];
  /** LINLI_PUBLIC_URL: the origin the public uses, e.g. https://linli.example.gov.cn. */
  publicUrl: string | undefined;
  /** LINLI_LOGIN_RATE_LIMIT: login and SMS-code attempts per client address per minute; 0 turns the cap off. */
  loginRateLimit: number;
  /** LINLI_SHUTDOWN_TIMEOUT_MS: how long in-flight requests may run after SIGTERM before their connections are cut. */
  shutdownDeadlineMs: number;
  /** LINLI_EXPORT_IMMEDIATE_ROWS: most rows an Excel export writes inside the request; larger ones run in the background. */
  exportImmediateRows: number;
  /** LINLI_EXPORT_KEEP_HOURS: hours a background export's file is kept for download. */
  exportKeepHours: number;
  /** LINLI_METRICS_TOKEN: bearer token of `GET /metrics`; unset: no metrics route. */
  metricsToken: string | undefined;
  /** LINLI_LOG=1: one log line per request. */
  logRequests: boolean;
}

/** A comma-separated list, trimmed, empty entries dropped. */
function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** LINLI_PUBLIC_URL checked to be an http(s) URL, so a typo fails at start-up instead of in every link. */
function publicUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`LINLI_PUBLIC_URL 须为 http(s) 地址：${value}`);
  return value.replace(/\/+$/, '');
}

/** LINLI_METRICS_TOKEN, refused when too short to resist guessing (it guards figures an outsider could map the office by). */
function metricsTokenOf(value: string | undefined): string | undefined {
  const token = value?.trim();
  if (!token) return undefined;
  if (token.length < 16) throw new Error('LINLI_METRICS_TOKEN 至少 16 个字符（例如 openssl rand -hex 24 的输出）');
  return token;
}

/** Reads the configuration from `env`; unset variables take the documented defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const repoRoot = path.resolve(import.meta.dirname, '../../../..');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    // npm runs workspace scripts inside apps/server; INIT_CWD is where the user typed the command.
    dataDir: env.LINLI_DATA_DIR ? path.resolve(env.INIT_CWD ?? process.cwd(), env.LINLI_DATA_DIR) : path.join(repoRoot, 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secret: env.LINLI_SECRET || undefined,
    demoPassword: env.LINLI_DEMO_PASSWORD ?? 'linli-demo',
    demoHouseholds: Number(env.LINLI_DEMO_HOUSEHOLDS ?? 20000),
    sessionIdleMinutes: Number(env.LINLI_SESSION_IDLE_MINUTES ?? 30),
    intakeBatch: Math.max(1, Number(env.LINLI_INTAKE_BATCH ?? 50)),
    smsDailyCap: Number(env.LINLI_SMS_DAILY_CAP ?? 2000),
    revealPerHour: Number(env.LINLI_REVEAL_PER_HOUR ?? 30),
    webDist: path.resolve(env.LINLI_WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')),
    trustProxy: listOf(env.LINLI_TRUST_PROXY),
    publicUrl: publicUrlOf(env.LINLI_PUBLIC_URL),
    loginRateLimit: Math.max(0, Number(env.LINLI_LOGIN_RATE_LIMIT ?? 20)),
    shutdownDeadlineMs: Math.max(0, Number(env.LINLI_SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_DEADLINE_MS)),
    exportImmediateRows: Math.max(0, Number(env.LINLI_EXPORT_IMMEDIATE_ROWS ?? EXPORT_IMMEDIATE_ROWS)),
    exportKeepHours: Math.max(1, Number(env.LINLI_EXPORT_KEEP_HOURS ?? EXPORT_KEEP_HOURS)),
    metricsToken: metricsTokenOf(env.LINLI_METRICS_TOKEN),
    logRequests: env.LINLI_LOG === '1',
  };
}
