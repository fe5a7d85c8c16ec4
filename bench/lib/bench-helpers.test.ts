import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { initialScripts } from './bundle';
import { markdownTable, meets, verdict, type Figure } from './figures';
import { percentile, summarize } from './percentiles';
import { BACKEND_HEADER, forwardHeaders, roundRobin, startProxy } from './proxy';
import { tally } from './spread';
import { twoInstanceFigures, type TwoInstanceResults } from './two-instances';

describe('percentiles', () => {
  it('takes the nearest rank, whatever the input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });

  it('summarises count, mean and the tail', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ count: 100, mean: 50.5, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});

describe('figures table', () => {
  const figures: Figure[] = [
    { key: 'a', label: 'list p95', value: 12.345, unit: 'ms', target: { op: '<=', value: 20 } },
    {
      key: 'b',
      label: 'intake',
      value: 650,
      unit: 'cases/s',
      target: { op: '>=', value: 800 },
      ratio: { value: 0.7, of: 'raw pg rate', target: { op: '>=', value: 0.5 } },
    },
    { key: 'c', label: 'raw', value: 1200, unit: 'cases/s' },
  ];

  it('judges each figure by its target and its ratio target', () => {
    expect(meets(12, { op: '<=', value: 20 })).toBe(true);
    expect(meets(Number.NaN, { op: '<=', value: 20 })).toBe(false);
    expect(meets(5, undefined)).toBeUndefined();
    expect(figures.map(verdict)).toEqual(['pass', 'fail', '']);
  });

  it('prints one markdown row per figure with value, target, ratio and verdict', () => {
    expect(markdownTable(figures).split('\n')).toEqual([
      '| figure | value | target | ratio | pass/fail |',
      '| --- | ---: | --- | --- | --- |',
      '| list p95 | 12.35 ms | ≤ 20 ms |  | pass |',
      '| intake | 650 cases/s | ≥ 800 cases/s | 0.7 of raw pg rate (≥ 0.5) | fail |',
      '| raw | 1,200 cases/s |  |  |  |',
    ]);
  });
});

describe('initial scripts of a built page', () => {
  it('lists module scripts and modulepreloads once each, in order, skipping css and other hosts', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" href="/assets/index-123.css">
      <link rel="modulepreload" href="/assets/index-abc.js">
      <script src="https://example.cn/analytics.js"></script>
    </head>`;
    expect(initialScripts(html)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js']);
  });
});

describe('loopback proxy', () => {
  it('picks backends in turn and refuses to balance over none', () => {
    const pick = roundRobin(3);
    expect(Array.from({ length: 7 }, pick)).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(() => roundRobin(0)).toThrow();
  });

  it('drops hop-by-hop headers and those the Connection header names, and appends X-Forwarded-For', () => {
    const headers = {
      host: 'a',
      cookie: 'linli_session=x',
      connection: 'keep-alive, x-secret-hop',
      'keep-alive': 'timeout=5',
      'x-secret-hop': '1',
      'transfer-encoding': 'chunked',
      'content-type': 'application/json',
    };
    expect(forwardHeaders(headers, '127.0.0.1')).toEqual({
      host: 'a',
      cookie: 'linli_session=x',
      'content-type': 'application/json',
      'x-forwarded-for': '127.0.0.1',
    });
    expect(forwardHeaders({ 'x-forwarded-for': '10.0.0.1' }, '127.0.0.1')).toEqual({ 'x-forwarded-for': '10.0.0.1, 127.0.0.1' });
    expect(forwardHeaders({ 'set-cookie': ['a=1', 'b=2'] }, undefined)).toEqual({ 'set-cookie': ['a=1', 'b=2'] });
  });

  it('counts successful answers per backend and the rest as failed', () => {
    const answers = [
      { backend: 0, ok: true },
      { backend: 1, ok: true },
      { backend: 1, ok: false },
      { backend: undefined, ok: true },
      { backend: 5, ok: true },
      { backend: 0, ok: true },
    ];
    expect(tally(answers, 2)).toEqual({ ok: [2, 1], failed: 3 });
  });

  it('alternates requests over its backends, passing bodies, statuses and cookies through', async () => {
    const backend = (name: string) =>
      http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain', 'set-cookie': [`from=${name}`, 'b=2'] });
          res.end(`${name} ${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`);
        });
      });
    const servers = [backend('A'), backend('B')];
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
    const proxy = await startProxy(servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`));
    try {
      const answers = [];
      for (const [method, path, body] of [
        ['POST', '/x?y=1', '邻里'],
        ['GET', '/a', undefined],
        ['GET', '/missing', undefined],
      ] as const) {
        const res = await fetch(`${proxy.base}${path}`, { method, body });
        answers.push({ status: res.status, backend: res.headers.get(BACKEND_HEADER), cookies: res.headers.getSetCookie(), text: await res.text() });
      }
      expect(answers).toEqual([
        { status: 200, backend: '0', cookies: ['from=A', 'b=2'], text: 'A POST /x?y=1 邻里' },
        { status: 200, backend: '1', cookies: ['from=B', 'b=2'], text: 'B GET /a ' },
        { status: 404, backend: '0', cookies: ['from=A', 'b=2'], text: 'A GET /missing ' },
      ]);
      expect(proxy.answered()).toEqual([2, 1]);
    } finally {
      await proxy.close();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    }
  });

  it('answers 502 naming the backend when it cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const proxy = await startProxy([`http://127.0.0.1:${port}`]);
    try {
      const res = await fetch(`${proxy.base}/api/health`);
      expect(res.status).toBe(502);
      expect(await res.text()).toContain('backend 0 failed');
    } finally {
      await proxy.close();
    }
  });
});

describe('two-instance figures', () => {
  const load = (p50: number, p95: number, rate: number, non2xx = 0) => ({ count: 1, mean: p50, p50, p95, p99: p95, max: p95, ok: 1, errors: 0, non2xx, rate });
  const results = (session: TwoInstanceResults['session']): TwoInstanceResults => ({
    username: 'community-qq',
    connections: 4,
    session,
    direct: load(10, 20, 200),
    oneProxied: load(12, 25, 160),
    twoProxied: load(11, 22, 240, 3),
    answered: [130, 130],
  });

  it('passes the session check only when both instances accepted the session', () => {
    const [both] = twoInstanceFigures(results({ ok: [10, 10], failed: 0 }));
    const [one] = twoInstanceFigures(results({ ok: [10, 0], failed: 10 }));
    expect([verdict(both), both.value, both.label]).toEqual([
      'pass',
      2,
      'two instances behind proxy: instances accepting a session logged in through it (10 + 10 of 20 answers)',
    ]);
    expect([verdict(one), one.value]).toEqual(['fail', 1]);
  });

  it('reports p50, p95 and rate of each run without targets, the pair as a ratio of one instance behind the proxy', () => {
    const figures = twoInstanceFigures(results({ ok: [10, 10], failed: 0 })).slice(1);
    expect(figures.map((f) => [f.key, f.value, f.target])).toEqual([
      ['pg.oneInstance.direct.list.p50', 10, undefined],
      ['pg.oneInstance.direct.list.p95', 20, undefined],
      ['pg.oneInstance.direct.list.rate', 200, undefined],
      ['pg.oneInstance.proxied.list.p50', 12, undefined],
      ['pg.oneInstance.proxied.list.p95', 25, undefined],
      ['pg.oneInstance.proxied.list.rate', 160, undefined],
      ['pg.twoInstances.proxied.list.p50', 11, undefined],
      ['pg.twoInstances.proxied.list.p95', 22, undefined],
      ['pg.twoInstances.proxied.list.rate', 240, undefined],
    ]);
    expect(figures.map(verdict).every((v) => v === '')).toBe(true);
    expect(figures[8].ratio).toEqual({ value: 1.5, of: 'one instance behind proxy' });
    expect(figures.filter((f) => f.ratio)).toHaveLength(1);
    expect(figures[7].note).toBe('3 non-2xx, 0 errors');
  });
});
