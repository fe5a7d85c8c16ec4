import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, startServer, type Server } from './harness';

describe('a freshly started platform', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('answers its health check in the browser', async () => {
    const page = await newPage(browser!, server!.baseUrl);
    const response = await page.goto(`${server!.baseUrl}/api/health`);
    expect(response?.status()).toBe(200);
    expect(await response?.json()).toMatchObject({ status: 'ok' });
  });

  it('serves the web app, titled 邻里, at the root', async () => {
    const page = await newPage(browser!, server!.baseUrl);
    const response = await page.goto(server!.baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('邻里');
    await screenshot(page, 'health-root');
  });

  it('sends the security headers and opens the API documentation under them', async () => {
    const page = await newPage(browser!, server!.baseUrl);
    const response = await page.goto(`${server!.baseUrl}/api/docs`);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.getByText('Linli 邻里 API').first().waitFor({ timeout: 30_000 });
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'health-api-docs');
  });
});
