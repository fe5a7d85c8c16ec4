import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { requestOrigin } from './public-origin';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `scheme://host[:port]` with default ports dropped, or null for an opaque or malformed origin. */
function normalOrigin(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a browser sent this request from another site: `Sec-Fetch-Site: cross-site`, or an
 * `Origin` that is none of `ownOrigins`. Requests with neither header (curl, servers) are not.
 */
export function isCrossSite(headers: IncomingHttpHeaders, ownOrigins: string[]): boolean {
  if (headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  const given = normalOrigin(origin);
  return given === null || !ownOrigins.some((own) => normalOrigin(own) === given);
}

/**
 * Refuses (403) a POST/PUT/PATCH/DELETE under `prefix` that a browser sent from another site, so a
 * page elsewhere cannot act with a signed-in user's cookie. Our own origin is the request's (host
 * as seen through trusted proxies) or the configured public URL.
 */
export function registerCrossSiteGuard(app: FastifyInstance, options: { prefix: string; publicUrl?: string }): void {
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith(options.prefix)) return;
    const own = options.publicUrl ? [requestOrigin(request), options.publicUrl] : [requestOrigin(request)];
    if (isCrossSite(request.headers, own)) throw new AppError('FORBIDDEN', '跨站请求已被拒绝');
  });
}
