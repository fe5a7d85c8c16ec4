import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './percentiles';

/** One load run: what to call, how hard and for how long. */
export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
}

/** What a load run measured: every response's latency (autocannon's histogram has no p95). */
export interface LoadResult extends LatencySummary {
  ok: number;
  errors: number;
  non2xx: number;
  /** Successful responses per second. */
  rate: number;
}

/** Runs autocannon and summarises per-response latencies taken from its `response` event. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: spec.method ?? 'GET',
        headers: spec.headers,
        body: spec.body,
        connections: spec.connections,
        duration: spec.seconds,
        timeout: 60,
      },
      (err: unknown, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 200 && statusCode < 300) ok++;
      else non2xx++;
    });
  });
  return { ...summarize(latencies), ok, non2xx, errors: result.errors + result.timeouts, rate: Math.round((ok / spec.seconds) * 10) / 10 };
}

/** Calls `url` a few times so caches, JIT and connections are warm before measuring. */
export async function warmUp(url: string, headers: Record<string, string>, times = 3): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`warm-up ${url} answered ${res.status}: check the role and the world`);
  }
}
