import path from 'node:path';

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
  };
}
