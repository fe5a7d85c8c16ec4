import type { FastifyInstance } from 'fastify';

/** Default time in-flight requests get to finish after SIGTERM (LINLI_SHUTDOWN_TIMEOUT_MS). */
export const DEFAULT_SHUTDOWN_DEADLINE_MS = 10_000;
/** Beyond the deadline, how long closing the database and the rest may take before the process exits anyway (with 1). */
const FORCE_EXIT_GRACE_MS = 5_000;

/** What a shutdown stops, in order: the HTTP app, background work, then the database. */
export interface ShutdownPlan {
  app: FastifyInstance;
  /** Stops background work (jobs, the outbox worker): each resolves once its step under way has finished. */
  stopWork: Array<() => void | Promise<void>>;
  /** Closes the database (and releases the data-dir lock); idempotent. */
  closeDatabase: () => Promise<void>;
  /** How long in-flight requests may take before their connections are cut. */
  deadlineMs: number;
  log: (line: string) => void;
  exit: (code: number) => void;
}

/**
 * Returns the shutdown to run on SIGTERM/SIGINT: stop accepting (Fastify answers 503 to requests
 * arriving meanwhile), end SSE streams with a reconnect hint (event-streams.ts), let in-flight
 * requests finish until the deadline and then cut their connections, finish the outbox step and
 * job runs under way, close the database, exit 0. Idempotent: a second signal (an impatient
 * operator, a supervisor repeating SIGTERM) is logged and waits for the first shutdown; it used to
 * end the pool twice and crash, leaving the lock file behind.
 */
export function gracefulShutdown(plan: ShutdownPlan): (signal: string) => Promise<void> {
  let running: Promise<void> | undefined;
  const run = async (signal: string) => {
    const started = Date.now();
    plan.log(`[linli] 收到 ${signal}，正在停止（请求最多再等 ${plan.deadlineMs} 毫秒）/ ${signal}: shutting down`);
    const force = setTimeout(() => {
      plan.log('[linli] 停止超时，强制退出 / shutdown overran its deadline, exiting');
      plan.exit(1);
    }, plan.deadlineMs + FORCE_EXIT_GRACE_MS);
    force.unref();
    let code = 0;
    try {
      const work = plan.stopWork.map((stop) => stop()); // no new ticks from here; steps under way go on
      await closeWithin(plan.app, plan.deadlineMs, plan.log);
      await Promise.all(work);
    } catch (err) {
      code = 1;
      plan.log(`[linli] 停止出错 / shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
      await plan.closeDatabase();
    } catch (err) {
      code = 1;
      plan.log(`[linli] 关闭数据库出错 / closing the database failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    clearTimeout(force);
    plan.log(`[linli] 已停止（${Date.now() - started} 毫秒）/ stopped`);
    plan.exit(code);
  };
  return (signal) => {
    if (running) {
      plan.log(`[linli] 收到 ${signal}，已在停止中 / ${signal}: already shutting down`);
      return running;
    }
    running = run(signal);
    return running;
  };
}

/** Closes the app; connections still busy at the deadline are cut so the close can finish. */
async function closeWithin(app: FastifyInstance, deadlineMs: number, log: (line: string) => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = app.close();
  const overran = new Promise<true>((resolve) => {
    timer = setTimeout(() => resolve(true), deadlineMs);
  });
  if ((await Promise.race([closed.then(() => false), overran])) === true) {
    log(`[linli] ${deadlineMs} 毫秒内仍有请求未完成，断开其连接 / requests still running at the deadline: closing their connections`);
    app.server.closeAllConnections();
  }
  clearTimeout(timer);
  await closed;
}

/** Installs the shutdown on SIGTERM and SIGINT; returns it, for a signal that arrived before it was installed. */
export function shutdownOnSignals(plan: ShutdownPlan): (signal: string) => Promise<void> {
  const shutdown = gracefulShutdown(plan);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
  return shutdown;
}
