import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** True for the phone pages, answered by the light entry h5.html (no antd in its first download). */
function isH5Path(url: string): boolean {
  return url === '/h5' || url.startsWith('/h5/');
}

/** Vite names built assets `name-<hash>.ext`: a new build gives a new name, so one download can be kept for good. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.[a-z0-9]+(?:\.(?:br|gz))?$/;

/** Cache-Control for a served file: hashed assets are immutable for a year; anything else is revalidated every time. */
export function cacheControlFor(filePath: string): string {
  return HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web app; any other non-API path answers an HTML entry so client-side routes
 * (e.g. /org/123) survive a reload: h5.html for /h5 and /h5/* when it was built, index.html
 * otherwise. Files are sent precompressed when the client accepts it. Returns false when the web app has not been built.
 */
export async function registerStaticWeb(app: FastifyInstance, webDist: string): Promise<boolean> {
  const index = path.join(webDist, 'index.html');
  const h5 = path.join(webDist, 'h5.html');
  if (!fs.existsSync(index)) return false;
  // preCompressed: the build wrote .br/.gz beside each asset (apps/web/build/precompress.ts); the server never compresses per request.
  await app.register(fastifyStatic, {
    root: webDist,
    // One wildcard route below serves every file: a route per file (≈ 600 with the .br and .gz copies) cost ~30 MB of RSS.
    serve: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlFor(filePath));
      // The same URL answers brotli, gzip or plain bytes: shared caches must key on the encoding asked for.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  app.get('/*', (request, reply) => {
    const url = request.url.split('?')[0];
    const file = path.join(webDist, url);
    // Every asset comes through here now: a sibling folder (`dist-old/`) must not pass as inside `dist`.
    const inside = file.startsWith(path.join(webDist, path.sep));
    if (url !== '/' && inside && fs.existsSync(file) && fs.statSync(file).isFile()) return reply.sendFile(url.slice(1));
    if (url.startsWith('/api/') || url.startsWith('/open311/')) {
      return reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${url}` });
    }
    // Read per request: a rebuilt web app (new asset names) is picked up without a restart.
    const page = isH5Path(url) && fs.existsSync(h5) ? h5 : index;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.readFileSync(page));
  });
  return true;
}
