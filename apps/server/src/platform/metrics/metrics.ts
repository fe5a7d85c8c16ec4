import { statfs } from 'node:fs/promises';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db, PoolStats } from '../db/database';
import type { JobObserver } from '../jobs/scheduler';
import { outboxBacklog, type OutboxObserver } from '../outbox/outbox';

/** How long a scrape waits for a database figure before leaving it out (a scrape must not hang on a dead database). */
const DATABASE_FIGURE_TIMEOUT_MS = 2000;

/** Where the figures read at scrape time come from. */
export interface MetricSources {
  db: Db;
  /** `pglite` or `postgres`, a label of the pool figures. */
  engine?: string;
  poolStats?: () => PoolStats;
  /** The data directory whose file system's free space is reported (PGlite's data, uploads, secret). */
  dataDir?: string;
}

/** The Prometheus figures of one server process (docs/alerts.md says what to alert on). */
export interface Metrics {
  registry: Registry;
  /** Counts one answered request by route pattern (never the raw URL), method and status class. */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** Scheduler observer: runs, skips and failures per job. */
  observeJob: JobObserver;
  /** Outbox worker observer: messages handled and failed, steps failed. */
  outbox: OutboxObserver;
  /** Counts an unhandled promise rejection (main.ts logs it). */
  unhandledRejection(): void;
  /** Adds gauges read from one app at scrape time: open SSE streams, readiness. */
  addAppGauges(gauges: { openStreams: () => number; unready: () => Promise<string | null> }): void;
}

/** Resolves to `promise`'s value, or undefined after `ms` or on error. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `2xx`, `4xx`, `5xx`…: status classes keep the label set small and are what alerts are written on. */
function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/**
 * Creates a registry of its own (not prom-client's global one: tests build many apps in one
 * process) with the process metrics (`process_*`, `nodejs_*`) and Linli's `linli_*` figures.
 */
export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'linli_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status class (its _count is the request rate)',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const jobRuns = new Counter({
    name: 'linli_job_runs_total',
    help: 'Job ticks by outcome: ran (this instance held the lock), skipped (another instance did), failed',
    labelNames: ['job', 'outcome'] as const,
    registers,
  });
  const jobSeconds = new Histogram({
    name: 'linli_job_duration_seconds',
    help: 'Time a job tick took (runs and failures)',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.25, 1, 5, 30, 120],
    registers,
  });
  const jobLastSuccess = new Gauge({
    name: 'linli_job_last_success_timestamp_seconds',
    help: 'Unix time of the last tick this instance ran without failing, per job',
    labelNames: ['job'] as const,
    registers,
  });
  const outboxHandled = new Counter({ name: 'linli_outbox_messages_handled_total', help: 'Outbox messages claimed and handled', registers });
  const outboxFailed = new Counter({
    name: 'linli_outbox_message_failures_total',
    help: 'Outbox handler failures (the message is retried up to 5 times, then left dead)',
    labelNames: ['topic'] as const,
    registers,
  });
  const outboxSteps = new Counter({
    name: 'linli_outbox_step_failures_total',
    help: 'Outbox worker steps that failed as a whole (database unavailable)',
    registers,
  });
  const rejections = new Counter({
    name: 'linli_unhandled_rejections_total',
    help: 'Promise rejections nothing handled (each is logged with its stack)',
    registers,
  });

  // One query per scrape for the three outbox figures, run by the first gauge's collect: prom-client
  // collects in registration order, so the other two are set by then. Left out (reset) when the
  // database did not answer within 2 s; linli_outbox_scrape_ok says so.
  let outboxRead = false;
  const oldest = new Gauge({ name: 'linli_outbox_oldest_pending_age_seconds', help: 'Age of the oldest outbox message waiting (0: none)', registers: [] });
  const dead = new Gauge({ name: 'linli_outbox_dead_messages', help: 'Outbox messages given up after 5 failed attempts', registers: [] });
  new Gauge({
    name: 'linli_outbox_pending_messages',
    help: 'Outbox messages waiting to be handled',
    registers,
    async collect() {
      const figures = await within(outboxBacklog(sources.db), DATABASE_FIGURE_TIMEOUT_MS);
      outboxRead = figures !== undefined;
      if (!figures) {
        [this, oldest, dead].forEach((g) => g.reset());
        return;
      }
      this.set(figures.pending);
      oldest.set(figures.oldestSeconds);
      dead.set(figures.dead);
    },
  });
  registry.registerMetric(oldest);
  registry.registerMetric(dead);
  new Gauge({
    name: 'linli_outbox_scrape_ok',
    help: '1 when the outbox figures were read at this scrape, 0 when the database did not answer within 2 s',
    registers,
    collect() {
      this.set(outboxRead ? 1 : 0);
    },
  });

  if (sources.poolStats) {
    const poolStats = sources.poolStats;
    new Gauge({
      name: 'linli_db_pool_connections',
      help: 'Database pool connections by state (total, idle) and queries waiting for one (waiting; with PGlite: its queue)',
      labelNames: ['engine', 'state'] as const,
      registers,
      collect() {
        const stats = poolStats();
        const engine = sources.engine ?? 'postgres';
        for (const state of ['total', 'idle', 'waiting'] as const) this.set({ engine, state }, stats[state]);
      },
    });
    new Gauge({
      name: 'linli_db_pool_max',
      help: 'Most connections the pool opens',
      registers,
      collect() {
        this.set(poolStats().max);
      },
    });
  }
  if (sources.dataDir) {
    const dataDir = sources.dataDir;
    new Gauge({
      name: 'linli_data_dir_filesystem_bytes',
      help: 'Size and free space (available to the server) of the file system holding LINLI_DATA_DIR',
      labelNames: ['kind'] as const,
      registers,
      async collect() {
        const fs = await statfs(dataDir).catch(() => undefined);
        if (!fs) return this.reset();
        this.set({ kind: 'size' }, fs.blocks * fs.bsize);
        this.set({ kind: 'available' }, fs.bavail * fs.bsize);
      },
    });
  }

  return {
    registry,
    observeRequest(method, route, status, seconds) {
      requests.observe({ method, route, status_class: statusClass(status) }, seconds);
    },
    observeJob(job, outcome, seconds) {
      jobRuns.inc({ job, outcome });
      if (outcome !== 'skipped') jobSeconds.observe({ job }, seconds);
      if (outcome === 'ran') jobLastSuccess.set({ job }, Date.now() / 1000);
    },
    outbox: {
      handled: (count) => outboxHandled.inc(count),
      messageFailed: (topic) => outboxFailed.inc({ topic }),
      stepFailed: () => outboxSteps.inc(),
    },
    unhandledRejection: () => rejections.inc(),
    addAppGauges({ openStreams, unready }) {
      new Gauge({
        name: 'linli_sse_open_streams',
        help: 'Server-Sent Events streams open now (the notification bell of each console page)',
        registers,
        collect() {
          this.set(openStreams());
        },
      });
      new Gauge({
        name: 'linli_ready',
        help: '1 when /api/ready would answer 200 (database answers, LISTEN connection up), else 0',
        registers,
        async collect() {
          this.set((await unready()) ? 0 : 1);
        },
      });
    },
  };
}
