import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { AppError } from '../errors';

/**
 * Caps the attempts one client address (as seen through trusted proxies) may make per minute,
 * summed over the routes whose URL starts with one of `prefixes`: the account lockout alone lets
 * one address lock out every account. `perMinute` 0 turns it off. Other routes are untouched (the
 * intake path stays as fast as it was).
 */
export async function registerLoginThrottle(app: FastifyInstance, options: { prefixes: string[]; perMinute: number }): Promise<void> {
  if (options.perMinute <= 0) return;
  await app.register(fastifyRateLimit, { global: false });
  const limit = app.rateLimit({
    max: options.perMinute,
    timeWindow: 60_000,
    // Thrown into the one error handler, which answers the ErrorBody shape with status 429.
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', `登录尝试过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`),
  }) as onRequestHookHandler;
  app.addHook('onRoute', (route) => {
    if (!options.prefixes.some((prefix) => route.url.startsWith(prefix))) return;
    const existing = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [limit, ...existing];
  });
}
