import { describe, expect, it } from 'vitest';
import { newPage, screenshot, startPlatformAndBrowser } from './harness';

describe('a freshly started platform', () => {
  const running = startPlatformAndBrowser();

  it('answers its health check in the browser', async () => {
    const page = await newPage(running.browser, running.server.baseUrl);
    const response = await page.goto(`${running.server.baseUrl}/api/health`);
    expect(response?.status()).toBe(200);
    expect(await response?.json()).toMatchObject({ status: 'ok' });
  });

  it('serves the web app, titled 邻里, at the root', async () => {
    const page = await newPage(running.browser, running.server.baseUrl);
    const response = await page.goto(running.server.baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('邻里');
    await screenshot(page, 'health-root');
  });

  it('sends the security headers and opens the API documentation under them', async () => {
    const page = await newPage(running.browser, running.server.baseUrl);
    const response = await page.goto(`${running.server.baseUrl}/api/docs`);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.getByText('Linli 邻里 API').first().waitFor({ timeout: 30_000 });
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'health-api-docs');
  });
});
