import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, smsCodes, takeCspViolations, waitForSmsCode } from './harness';

// The harness itself, without the server: chromium starts, pages get the asked-for viewport and
// locale, screenshots land in e2e/screenshots, SMS codes are read from server output.
describe('the e2e harness', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens desktop pages at 1366×768 in zh-CN and saves screenshots', async () => {
    const page = await newPage(browser!, 'http://127.0.0.1');
    await page.goto('data:text/html;charset=utf-8,<title>邻里</title><h1>邻里 社区治理</h1>');
    expect(await page.title()).toBe('邻里');
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
    const path = await screenshot(page, 'harness-desktop');
    expect(existsSync(path)).toBe(true);
  });

  it('opens mobile pages at 390×844 with touch', async () => {
    const page = await newPage(browser!, 'http://127.0.0.1', { mobile: true });
    await page.goto('data:text/html;charset=utf-8,<title>邻里</title>');
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    expect(await page.evaluate(() => 'ontouchstart' in window)).toBe(true);
  });

  it('records a Content-Security-Policy violation a page raises', async () => {
    const page = await newPage(browser!, 'http://127.0.0.1');
    const html = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'"><script>document.title = 'ran'</script>`;
    await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const seen: string[] = [];
    const collect = () => {
      seen.push(...takeCspViolations());
      return seen.join('\n');
    };
    await expect.poll(collect, { timeout: 5_000 }).toMatch(/script-src/);
    expect(await page.title()).not.toBe('ran');
    // Both reports of it (the event and chromium's console line) are taken, so csp-guard passes.
    await page.close();
    takeCspViolations();
  });

  it('reads SMS codes per phone, newest last', async () => {
    const logs = [
      '\u001b[32m[sms → 13800000001]\u001b[39m 【邻里】您的验证码为 111111，5分钟内有效',
      '{"level":30,"msg":"other"}',
      '[sms → 13800000002] 【邻里】您的验证码为 222222，5分钟内有效',
      '[sms → 13800000001] 【邻里】您的验证码为 333333，5分钟内有效',
    ].join('\n');
    expect(smsCodes(logs, '13800000001')).toEqual(['111111', '333333']);
    expect(smsCodes(logs)).toEqual(['111111', '222222', '333333']);
    await expect(waitForSmsCode({ logs: () => logs }, '13800000002')).resolves.toBe('222222');
    await expect(waitForSmsCode({ logs: () => logs }, '13800000002', { after: 1, timeoutMs: 300 })).rejects.toThrow(/no SMS code/);
  });
});
