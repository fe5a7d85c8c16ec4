import type { Figure } from './figures';
import { runLoad, warmUp, type LoadResult } from './load';
import { startProxy } from './proxy';
import { startServer, type BenchServer } from './server';
import { login } from './session';
import { answersPerBackend } from './spread';

/** Proxied answers for the session check: an even number, so round robin sends half to each instance. */
export const SESSION_CHECKS = 20;

/** What the two-instance step measured. */
export interface TwoInstanceResults {
  username: string;
  connections: number;
  /** Successful `/api/me` answers per instance for a session logged in through the proxy. */
  session: { ok: number[]; failed: number };
  direct: LoadResult;
  oneProxied: LoadResult;
  twoProxied: LoadResult;
  /** Answers per instance the two-instance proxy gave over the whole step. */
  answered: number[];
}

/**
 * Issue 5: starts a second server with `env` (same database as `first`), puts both behind a
 * loopback round-robin proxy and measures the case list as `username` straight to one instance,
 * through the proxy to that one instance (the proxy's own cost) and through the proxy to both; and
 * checks that a session logged in through the proxy is accepted by both. Stops what it started.
 */
export async function measureTwoInstances(opts: {
  first: BenchServer;
  env: NodeJS.ProcessEnv;
  username: string;
  password: string;
  connections: number;
  seconds: number;
}): Promise<TwoInstanceResults> {
  const second = await startServer(opts.env, 'pg-2');
  const single = await startProxy([opts.first.base]);
  const pair = await startProxy([opts.first.base, second.base]);
  try {
    const cookie = await login(pair.base, opts.username, opts.password);
    const session = await answersPerBackend(pair.base, '/api/me', cookie, SESSION_CHECKS, 2);
    const headers = { cookie };
    const list = '/api/cases?limit=50';
    for (const base of [opts.first.base, second.base]) await warmUp(`${base}${list}`, headers);
    const load = (base: string) => runLoad({ url: `${base}${list}`, headers, connections: opts.connections, seconds: opts.seconds });
    const direct = await load(opts.first.base);
    const oneProxied = await load(single.base);
    const twoProxied = await load(pair.base);
    return { username: opts.username, connections: opts.connections, session, direct, oneProxied, twoProxied, answered: pair.answered() };
  } finally {
    await pair.close();
    await single.close();
    await second.stop();
  }
}

/**
 * The step's figures: p50, p95 and rate of each run (informational, no target; the two-instance
 * rate as a ratio of the one-instance-through-proxy rate), and the instances that accepted the
 * proxied session, which must be both.
 */
export function twoInstanceFigures(r: TwoInstanceResults): Figure[] {
  const checks = r.session.ok.reduce((a, b) => a + b, 0) + r.session.failed;
  const figures: Figure[] = [
    {
      key: 'pg.twoInstances.session',
      label: `two instances behind proxy: instances accepting a session logged in through it (${r.session.ok.join(' + ')} of ${checks} answers)`,
      value: r.session.ok.filter((n) => n > 0).length,
      unit: 'instances',
      target: { op: '>=', value: 2 },
    },
  ];
  const runs = [
    { prefix: 'pg.oneInstance.direct.list', label: 'one instance, direct', result: r.direct },
    { prefix: 'pg.oneInstance.proxied.list', label: 'one instance behind proxy', result: r.oneProxied },
    { prefix: 'pg.twoInstances.proxied.list', label: 'two instances behind proxy', result: r.twoProxied },
  ];
  for (const { prefix, label, result } of runs) {
    const what = `${label}: case list, community (${r.username}), ${r.connections} connections`;
    const note = result.non2xx + result.errors > 0 ? `${result.non2xx} non-2xx, ${result.errors} errors` : undefined;
    const ratio =
      result === r.twoProxied
        ? { value: Math.round((result.rate / Math.max(r.oneProxied.rate, 0.1)) * 100) / 100, of: 'one instance behind proxy' }
        : undefined;
    figures.push(
      { key: `${prefix}.p50`, label: `${what}, p50`, value: result.p50, unit: 'ms' },
      { key: `${prefix}.p95`, label: `${what}, p95`, value: result.p95, unit: 'ms', note },
      { key: `${prefix}.rate`, label: `${what}, rate`, value: result.rate, unit: 'req/s', ratio },
    );
  }
  return figures;
}
