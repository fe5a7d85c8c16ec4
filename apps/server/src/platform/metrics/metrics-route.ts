import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorBody } from '@linli/shared';
import type { Metrics } from './metrics';

/** The path Prometheus scrapes; outside /api (no session, no capability table: its guard is the bearer token). */
export const METRICS_PATH = '/metrics';

/** True when the request's `Authorization: Bearer …` is the token, compared in constant time (hashes of equal length). */
export function bearerMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const given = createHash('sha256')
    .update(match?.[1]?.trim() ?? '')
    .digest();
  const wanted = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, wanted) && match !== null;
}

/** Counts every answer in `metrics`: route pattern, method, status class, time. Register it before the routes. */
export function countRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    // The pattern (`/api/cases/:id`), never the URL: one series per route, not per record or scanner probe.
    metrics.observeRequest(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
}

/**
 * Serves `GET /metrics` in Prometheus' text format to a scraper that sends `Authorization: Bearer
 * <LINLI_METRICS_TOKEN>`; anyone else, signed in or not, gets 401. Without a token configured the
 * route does not exist (404), so a deployment that never set one publishes nothing.
 */
export function registerMetricsRoute(app: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  if (!token) return;
  app.get(METRICS_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!bearerMatches(request, token)) {
      reply.header('www-authenticate', 'Bearer realm="linli-metrics"');
      return reply.status(401).send({ code: 'UNAUTHENTICATED', message: '需要监控令牌（LINLI_METRICS_TOKEN）' } satisfies ErrorBody);
    }
    reply.header('content-type', metrics.registry.contentType);
    reply.header('cache-control', 'no-store');
    return metrics.registry.metrics();
  });
}
