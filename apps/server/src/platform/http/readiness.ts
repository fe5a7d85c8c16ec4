import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { healthEndpoints } from '@linli/shared';
import type { AppDeps } from '../app-deps';
import { serve } from './serve-endpoint';

/** How long the readiness probe waits for `select 1` before calling the database unready. */
export const READINESS_TIMEOUT_MS = 2000;

/** Why the instance cannot serve now (database unanswered or erring, LISTEN down, shutting down), or null when it can. */
export async function unreadyReason(deps: Pick<AppDeps, 'db' | 'listening'>, closing: boolean, timeoutMs = READINESS_TIMEOUT_MS): Promise<string | null> {
  if (closing) return 'shutting down';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`database did not answer within ${timeoutMs} ms`), timeoutMs);
  });
  const probe = deps.db.execute(sql`select 1`).then(
    () => null,
    (err: unknown) => `database: ${err instanceof Error ? err.message : String(err)}`,
  );
  try {
    const failed = await Promise.race([probe, timeout]);
    if (failed) return failed;
  } finally {
    clearTimeout(timer);
  }
  if (deps.listening && !deps.listening()) return 'LISTEN connection down (live pushes and cache notices would be missed)';
  return null;
}

/**
 * `GET /api/ready`, the readiness probe for a load balancer: 200 when the database answers and the
 * LISTEN connection is up, else 503 with the reason. `GET /api/health` stays the cheap liveness
 * probe (no database): a supervisor restarts on failed liveness, a balancer only stops routing on
 * failed readiness (docs/operations.md).
 */
export function registerReadinessRoute(app: FastifyInstance, deps: Pick<AppDeps, 'db' | 'listening'>): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  serve(app, healthEndpoints.ready, async (_req, reply) => {
    const reason = await unreadyReason(deps, closing);
    if (reason) reply.status(503);
    return reason ? { status: 'unready' as const, reason } : { status: 'ready' as const };
  });
}
