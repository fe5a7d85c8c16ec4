import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheControlFor, registerStaticWeb } from './static-web';

const apps: FastifyInstance[] = [];

async function serve(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-web-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const app = Fastify();
  apps.push(app);
  const registered = await registerStaticWeb(app, dir);
  return { app, registered, dir };
}

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

describe('static web app', () => {
  it('answers h5.html for /h5 pages and index.html for the console', async () => {
    const { app } = await serve({ 'index.html': 'CONSOLE', 'h5.html': 'PHONE', 'assets/a.js': 'js' });
    const body = async (url: string) => (await app.inject({ url })).body;
    expect(await body('/h5')).toBe('PHONE');
    expect(await body('/h5/wishes/123?x=1')).toBe('PHONE');
    expect(await body('/')).toBe('CONSOLE');
    expect(await body('/login?next=%2Fh5')).toBe('CONSOLE');
    expect(await body('/h5x')).toBe('CONSOLE');
    expect(await body('/claims/wishes')).toBe('CONSOLE');
    expect(await body('/assets/a.js')).toBe('js');
    expect((await app.inject({ url: '/api/nope' })).statusCode).toBe(404);
  });

  it('falls back to index.html for /h5 when no h5.html was built', async () => {
    const { app } = await serve({ 'index.html': 'CONSOLE' });
    expect((await app.inject({ url: '/h5/points' })).body).toBe('CONSOLE');
  });

  it('registers nothing without a built index.html', async () => {
    const { registered } = await serve({ 'h5.html': 'PHONE' });
    expect(registered).toBe(false);
  });
});

describe('compression and caching of the built web app', () => {
  const js = 'console.log("邻里");\n'.repeat(100);
  const files = {
    'index.html': 'CONSOLE',
    'assets/index-CFA47vsO.js': js,
    'assets/index-CFA47vsO.js.br': 'BROTLI-BYTES',
    'assets/index-CFA47vsO.js.gz': 'GZIP-BYTES',
  };

  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip, and the plain file otherwise', async () => {
    const { app } = await serve(files);
    const get = (encoding: string) => app.inject({ url: '/assets/index-CFA47vsO.js', headers: { 'accept-encoding': encoding } });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toBe('BROTLI-BYTES');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers.vary).toContain('accept-encoding');
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toBe('GZIP-BYTES');
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it('serves nothing from outside the build, not even a sibling folder whose name starts the same', async () => {
    const { app, dir } = await serve(files);
    fs.writeFileSync(`${dir}-secret.txt`, 'SECRET');
    for (const url of [
      '/../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      `/../${path.basename(dir)}-secret.txt`,
      `/..${path.sep}${path.basename(dir)}-secret.txt`,
    ]) {
      const res = await app.inject({ url });
      expect(res.body).not.toContain('SECRET');
      expect(res.body).not.toContain('root:');
    }
  });

  it('marks hashed assets immutable for a year and the HTML entries no-cache', async () => {
    const { app } = await serve(files);
    const asset = await app.inject({ url: '/assets/index-CFA47vsO.js', headers: { 'accept-encoding': 'br' } });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/index.html' })).headers['cache-control']).toBe('no-cache');
    expect(cacheControlFor('/dist/favicon.svg')).toBe('no-cache');
  });
});
