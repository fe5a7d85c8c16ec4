import Fastify, { type FastifyInstance } from 'fastify';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The Content-Security-Policy the console and the H5 pages work under (the e2e journeys fail on any
 * violation): scripts only from our origin, inline styles allowed because antd writes them, images
 * also as data: and blob: (icons, photo previews), no framing by anyone.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Security headers on every answer (helmet): the CSP above, nosniff, X-Frame-Options DENY,
 * Referrer-Policy strict-origin-when-cross-origin, and HSTS only on requests that came over https
 * (directly or through a trusted proxy). Paths under `crossOriginPaths` may be embedded by other
 * sites (Cross-Origin-Resource-Policy: cross-origin); everything else is same-origin.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { crossOriginPaths: string[] }): Promise<void> {
  const headers = await helmetHeaders({
    // No upgrade-insecure-requests: a plain-http intranet deployment would lose every asset.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Not no-referrer (helmet's default): under it browsers send `Origin: null` on same-origin
    // POSTs, which the cross-site guard would refuse.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    // Sent below, only over https: over plain http it is ignored and only misleads.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    if (request.protocol === 'https') reply.header('strict-transport-security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`);
    if (options.crossOriginPaths.some((prefix) => request.url.startsWith(prefix))) reply.header('cross-origin-resource-policy', 'cross-origin');
  });
}

/**
 * The headers helmet sets with `options`, read once from a throwaway instance. @fastify/helmet
 * builds helmet's middleware anew on every request (parsing the CSP directives each time: ≈ 4 % of
 * the server's time under case intake); our headers depend on nothing in the request, so they are
 * computed at start-up and copied onto each answer.
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  let headers: Record<string, string> = {};
  try {
    await probe.register(fastifyHelmet, options);
    probe.get('/', async (_request, reply) => {
      // Only helmet has written to the raw answer by now; Fastify adds its own headers when it sends.
      headers = Object.fromEntries(Object.entries(reply.raw.getHeaders()).map(([name, value]) => [name, String(value)]));
      return '';
    });
    await probe.inject({ url: '/' });
  } finally {
    await probe.close();
  }
  if (!headers['content-security-policy']) throw new Error('helmet set no Content-Security-Policy');
  return headers;
}
