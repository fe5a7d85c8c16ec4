import type { ServerResponse } from 'node:http';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createEventStreams, openStreamsOf } from '../http/event-streams';
import { startScheduler } from '../jobs/scheduler';
import { enqueue } from '../outbox/outbox';
import { createMetrics, type Metrics } from './metrics';

const TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one series in Prometheus text (`name{labels} value`), or undefined when absent. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let t: TestApp;
  let bare: TestApp;
  let metrics: Metrics;
  const scrape = async () => {
    const res = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return res.body;
  };

  beforeAll(async () => {
    bare = await createTestApp();
    t = await createTestApp();
    await t.app.close(); // rebuilt below with metrics fed by this database's pool, as main.ts wires them
    metrics = createMetrics({ db: t.database.db, engine: t.database.kind, poolStats: t.database.poolStats, dataDir: process.cwd() });
    const { buildApp } = await import('../../app');
    t.app = await buildApp({ ...t.deps, metricsToken: TOKEN, metrics });
  });
  afterAll(async () => {
    await bare.close();
    await t.close();
  });

  it('does not exist without LINLI_METRICS_TOKEN, and asks the token of everyone else', async () => {
    expect((await bare.app.inject({ url: '/metrics' })).statusCode).toBe(404);
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await t.app.inject({ url: '/metrics', headers: authorization ? { authorization } : {} });
      expect(res.statusCode, authorization).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
      expect(res.body).not.toContain('linli_');
    }
  });

  it('counts requests by route pattern and status class, and the figures move with each request', async () => {
    const series = 'linli_http_request_duration_seconds_count{method="GET",route="/api/health",status_class="2xx"}';
    const before = valueOf(await scrape(), series) ?? 0;
    for (let i = 0; i < 3; i++) expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    await t.app.inject({ url: '/api/cases/0190a8f0-0000-7000-8000-000000000001' });
    await t.app.inject({ url: '/no/such/page/4711' });
    const after = await scrape();
    expect(valueOf(after, series)).toBe(before + 3);
    // The pattern, never the record's id or a scanner's path.
    expect(valueOf(after, 'linli_http_request_duration_seconds_count{method="GET",route="/api/cases/:id",status_class="4xx"}')).toBe(1);
    expect(valueOf(after, 'linli_http_request_duration_seconds_count{method="GET",route="unmatched",status_class="4xx"}')).toBe(1);
    expect(after).not.toContain('0190a8f0');
    expect(after).not.toContain('4711');
  });

  it('reports the outbox backlog and its oldest age, the pool, readiness, disk and the process', async () => {
    await enqueue(t.database.db, 'test.nobody-handles', {});
    const waiting = await scrape();
    expect(valueOf(waiting, 'linli_outbox_pending_messages')).toBeGreaterThanOrEqual(1);
    expect(valueOf(waiting, 'linli_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(valueOf(waiting, 'linli_outbox_scrape_ok')).toBe(1);
    await t.drainOutbox();
    expect(valueOf(await scrape(), 'linli_outbox_pending_messages')).toBe(0);

    const text = await scrape();
    expect(valueOf(text, `linli_db_pool_connections{engine="${t.database.kind}",state="total"}`)).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, `linli_db_pool_connections{engine="${t.database.kind}",state="waiting"}`)).toBe(0);
    expect(valueOf(text, 'linli_ready')).toBe(1);
    expect(valueOf(text, 'linli_sse_open_streams')).toBe(0);
    expect(valueOf(text, 'linli_data_dir_filesystem_bytes{kind="available"}')).toBeGreaterThan(0);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts job runs and failures per job', async () => {
    let calls = 0;
    const stop = startScheduler(
      t.database.db,
      [
        { name: 'test-ok', everyMs: 20, run: async () => void calls++ },
        {
          name: 'test-broken',
          everyMs: 20,
          run: async () => {
            throw new Error('job broke');
          },
        },
      ],
      () => undefined,
      metrics.observeJob,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stop();
    const text = await scrape();
    expect(valueOf(text, 'linli_job_runs_total{job="test-ok",outcome="ran"}')).toBe(calls);
    expect(valueOf(text, 'linli_job_runs_total{job="test-broken",outcome="failed"}')).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'linli_job_last_success_timestamp_seconds{job="test-ok"}')).toBeGreaterThan(Date.now() / 1000 - 60);
  });
});

describe('open SSE streams', () => {
  it('are counted per app, whichever module opened them, until they end', async () => {
    const app = Fastify();
    const streams = createEventStreams(app);
    const forget = streams.add({ writableEnded: false, end: () => undefined } as unknown as ServerResponse);
    createEventStreams(app).add({ writableEnded: false, end: () => undefined } as unknown as ServerResponse);
    expect(openStreamsOf(app)).toBe(2);
    forget();
    expect(openStreamsOf(app)).toBe(1);
    expect(openStreamsOf(Fastify())).toBe(0);
  });
});
