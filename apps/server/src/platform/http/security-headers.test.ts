import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app';

const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join(';');

describe('security headers', () => {
  let t: TestApp;
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-web-headers-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>邻里</title>');
    t = await createTestApp({ deps: { trustProxy: ['127.0.0.1'], webDist } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('puts the CSP, nosniff, frame denial and referrer policy on pages, API answers and errors alike', async () => {
    for (const url of ['/', '/h5/points', '/api/health', '/api/nope', '/api/me']) {
      const res = await t.app.inject({ url });
      expect(res.headers['content-security-policy'], url).toBe(CSP);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    }
  });

  it('sends HSTS only when the request came over https (here: through the trusted proxy)', async () => {
    expect((await t.app.inject({ url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const https = await t.app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('lets partner sites embed Open311 answers and signed photo links, and keeps the rest same-origin', async () => {
    expect((await t.app.inject({ url: '/open311/v2/discovery.json' })).headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect((await t.app.inject({ url: '/api/health' })).headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('still serves the API documentation', async () => {
    const page = await t.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/docs/json' })).json()).toMatchObject({ openapi: expect.any(String) });
  });
});
