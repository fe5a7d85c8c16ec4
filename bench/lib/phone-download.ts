import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** What a phone downloads, compressed as sent (bodies and headers), from a cold cache. */
export interface PhoneDownload {
  /** /h5 → its login page → signed in → the H5 home with its tiles. */
  toHomeBytes: number;
  /** The same, then the report page (我要反映) ready to fill in. */
  toReportBytes: number;
  requests: number;
}

/** How long the page is left to finish late requests (the bell's count, fonts) once what the user sees is there. */
const SETTLE_MS = 1500;

/**
 * Drives Debian's chromium as a 390×844 phone with an empty cache through the resident's first visit: open /h5, sign
 * in on the phone's login page, wait for the home, open 我要反映. Counts every response's encoded body and headers
 * (what crossed the network). Returns null when there is no chromium to drive.
 */
export async function measurePhoneDownload(base: string, username: string, password: string): Promise<PhoneDownload | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const pending = new Set<Promise<void>>();
    page.on('requestfinished', (request) => {
      const counted = request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
        requests++;
      });
      pending.add(counted);
      void counted.finally(() => pending.delete(counted));
    });
    const settle = async () => {
      await page.waitForTimeout(SETTLE_MS);
      await Promise.all(pending);
    };
    await page.goto(`${base}/h5`);
    await page.getByRole('tab', { name: '账号登录' }).click();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('我要反映').first().waitFor({ timeout: 60_000 });
    await settle();
    const toHomeBytes = bytes;
    await page.getByText('我要反映').first().click();
    await page.waitForURL(/\/h5\/report/, { timeout: 60_000 });
    await page.getByRole('button', { name: /提交/ }).first().waitFor({ timeout: 60_000 });
    await settle();
    return { toHomeBytes, toReportBytes: bytes, requests };
  } finally {
    await browser.close();
  }
}
