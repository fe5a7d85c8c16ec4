import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';

/** Header the proxy adds to every answer: the index of the backend that gave it. */
export const BACKEND_HEADER = 'x-bench-backend';

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Picks backends in turn: 0, 1, …, n-1, 0, … */
export function roundRobin(n: number): () => number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`round robin needs at least one backend, got ${n}`);
  let next = 0;
  return () => {
    const picked = next;
    next = (next + 1) % n;
    return picked;
  };
}

/**
 * The headers to send on: drops hop-by-hop headers (and those named in `Connection`), keeps the
 * rest, and appends the client address to `X-Forwarded-For` as a load balancer would.
 */
export function forwardHeaders(headers: http.IncomingHttpHeaders, clientAddress: string | undefined): http.OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    out[name] = value;
  }
  if (clientAddress) out['x-forwarded-for'] = headers['x-forwarded-for'] ? `${String(headers['x-forwarded-for'])}, ${clientAddress}` : clientAddress;
  return out;
}

/** A running loopback reverse proxy. */
export interface BenchProxy {
  base: string;
  /** Answers each backend gave through the proxy so far, by backend index. */
  answered(): number[];
  close(): Promise<void>;
}

/**
 * Starts a plain round-robin reverse proxy on 127.0.0.1 in front of `backends` (base URLs like
 * `http://127.0.0.1:3001`): bodies are streamed both ways and each backend is reached over a
 * keep-alive agent, as a production load balancer would. No sticky sessions, on purpose: every
 * instance must accept every session.
 */
export async function startProxy(backends: readonly string[]): Promise<BenchProxy> {
  const targets = backends.map((b) => new URL(b));
  const pick = roundRobin(targets.length);
  const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: 64 }));
  const answered = targets.map(() => 0);
  const server = http.createServer((req, res) => {
    const index = pick();
    const target = targets[index];
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: forwardHeaders(req.headers, req.socket.remoteAddress),
        agent: agents[index],
      },
      (answer) => {
        answered[index]++;
        const headers = forwardHeaders(answer.headers, undefined);
        headers[BACKEND_HEADER] = String(index);
        res.writeHead(answer.statusCode ?? 502, headers);
        pipeline(answer, res, () => undefined);
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) return res.destroy(err);
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`proxy: backend ${index} failed: ${err.message}`);
    });
    pipeline(req, upstream, () => undefined);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    answered: () => [...answered],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agents.forEach((a) => a.destroy());
      }),
  };
}
