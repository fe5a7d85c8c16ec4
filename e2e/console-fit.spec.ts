import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';

// Every console menu page of every staff demo role at 1366×768 (issue 14, items 6, 7 and 9): no table wider than the
// content area or cutting off its last column, no tag spilling out of its cell, no red load error, and the side menu
// stays in view however far the page scrolls. A page several roles share is checked once, by the first role that has it.

// A community worker first: pages that ask a district-wide role to pick a community first (轮值日历) show her community's data.
const ROLES = ['community-qq', 'admin', 'district', 'street-lc', 'grid-qq1', 'dept-cg', 'liaison1'];

/** What a page measured, as strings naming the offending element (empty when the page fits). */
interface Fit {
  tables: number;
  problems: string[];
}

/** Waits until no skeleton or spinning table is left, then a little for late layout (fonts, column widths). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton-active, .ant-spin-spinning'), undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(200);
}

/** Measures the page in the browser: tables against the content area, last header cells, tags against their cells. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const content = document.querySelector('main.ant-layout-content');
    if (!content) return { tables: 0, problems: ['no content area'] };
    const area = content.getBoundingClientRect();
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways (${pageWidth} px wide)`);
    const tables = [...document.querySelectorAll<HTMLElement>('.ant-table')].filter((t) => t.offsetParent !== null);
    for (const [i, table] of tables.entries()) {
      const box = table.getBoundingClientRect();
      const name = `table ${i + 1} (${[...table.querySelectorAll('thead th')]
        .map((th) => th.textContent?.trim())
        .filter(Boolean)
        .slice(0, 3)
        .join('/')}…)`;
      if (box.right > area.right + 1) problems.push(`${name} is ${Math.round(box.right - area.right)} px wider than the content area`);
      // The table's own viewport: an inner horizontal scroll hides the last columns until one scrolls.
      const scroller = table.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
      if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
        problems.push(`${name} hides ${scroller.scrollWidth - scroller.clientWidth} px of columns behind a scroll`);
      }
      const heads = [...table.querySelectorAll<HTMLElement>('thead tr:first-child th')].filter((th) => th.offsetWidth > 0);
      const last = heads.at(-1);
      if (last && last.getBoundingClientRect().right > box.right + 1) problems.push(`${name}: the last column ${last.textContent} is cut off`);
      for (const th of heads) {
        const text = th.querySelector<HTMLElement>('.ant-table-column-title') ?? th;
        if (text.scrollWidth > text.clientWidth + 1 && getComputedStyle(text).whiteSpace === 'nowrap')
          problems.push(`${name}: title ${th.textContent} is clipped`);
      }
    }
    for (const tag of document.querySelectorAll<HTMLElement>('main .ant-tag')) {
      if (tag.offsetParent === null) continue;
      const cell = tag.closest<HTMLElement>('td, th, .ant-picker-cell, .ant-descriptions-item-content, .ant-list-item, .ant-card-body');
      if (!cell) continue;
      const t = tag.getBoundingClientRect();
      const c = cell.getBoundingClientRect();
      if (t.right > c.right + 1 || t.left < c.left - 1 || t.bottom > c.bottom + 1)
        problems.push(`tag ${tag.textContent} spills out of its ${cell.tagName.toLowerCase()}`);
    }
    const errors = [...document.querySelectorAll<HTMLElement>('main .ant-alert-error')].map((a) => a.innerText.replace(/\s+/g, ' '));
    for (const e of errors) problems.push(`load error shown: ${e}`);
    return { tables: tables.length, problems };
  });
}

/** Item 9: a liaison who reaches a building (search, an old link) is told calmly that its houses are not theirs to see. */
async function houseListRefusedCalmly(page: Page): Promise<void> {
  const hits = await page.evaluate(async () => {
    const res = await fetch('/api/org/search?q=' + encodeURIComponent('1号楼'));
    return ((await res.json()) as { items: { nodeId: string; subtitle: string }[] }).items;
  });
  const building = hits.find((h) => h.subtitle.startsWith('楼栋'));
  expect(building, 'a building the liaison can find').toBeDefined();
  await page.goto(`/org/${building!.nodeId}`);
  await page.getByText('无权查看').waitFor();
  expect(await page.getByRole('button', { name: /重\s*试/ }).count()).toBe(0);
  expect(await page.locator('main .ant-alert-error').count()).toBe(0);
  await screenshot(page, 'fit-liaison1-building-no-access', { fullPage: false });
}

describe('the console at 1366×768', () => {
  const running = startPlatformAndBrowser();

  it('fits every menu page of every staff role without losing a column, and keeps the menu in view', async () => {
    const { baseUrl } = running.server;
    const seen = new Set<string>();
    const report: string[] = [];
    let checked = 0;
    let scrolledRoles = 0;
    for (const user of ROLES) {
      const page = await newPage(running.browser, baseUrl);
      await login(page, baseUrl, user);
      const nav = page.getByRole('navigation', { name: '主菜单' }).first();
      await nav.waitFor();
      // Each entry's path is the end of antd's data-menu-id; a path seen under an earlier role is not opened again.
      const entries = await nav
        .locator('li.ant-menu-item')
        .evaluateAll((items) =>
          items.map((li) => ({ path: /-(\/.*)$/.exec(li.getAttribute('data-menu-id') ?? '')?.[1] ?? '', label: li.textContent?.trim() ?? '' })),
        );
      for (const { path, label } of entries) {
        if (!path || seen.has(path)) continue;
        seen.add(path);
        checked++;
        // The old page is marked so the check waits until the new one has replaced it (lazy chunks render late).
        await page.evaluate(() => document.querySelector('main.ant-layout-content')?.firstElementChild?.setAttribute('data-fit-old', ''));
        if (new URL(page.url()).pathname !== path) await nav.locator(`li.ant-menu-item[data-menu-id$="-${path}"]`).click();
        else await page.evaluate(() => document.querySelector('[data-fit-old]')?.removeAttribute('data-fit-old'));
        await page.waitForURL((url) => url.pathname === path);
        await page.waitForFunction(() => !document.querySelector('[data-fit-old]'), undefined, { timeout: 10_000 }).catch(() => undefined);
        await settled(page);
        const fit = await measure(page);
        // What a 1366×768 window shows, as a person would see it (a 300-row table's full page is too tall to shoot).
        await screenshot(page, `fit-${user}${path.replace(/\//g, '-')}`, { fullPage: false });
        if (fit.problems.length) {
          report.push(`${user} ${label} ${path}: ${fit.problems.join('; ')}`);
          console.log(report.at(-1));
        }
      }
      // Item 6: scrolled to the bottom of 工作台 (long for a role with many shortcuts), the menu still starts at the top.
      await nav.locator('.ant-menu-item', { hasText: '工作台' }).first().click();
      await settled(page);
      const scrolled = await page.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight);
        return window.scrollY;
      });
      if (scrolled > 0) scrolledRoles++;
      const top = await nav.evaluate((el) => el.closest('aside')?.getBoundingClientRect().top ?? NaN);
      expect(Math.abs(top), `${user}: the side menu scrolled away (top ${top})`).toBeLessThan(1);
      if (user === 'liaison1') await houseListRefusedCalmly(page);
      await page.context().close();
    }
    console.log(`console-fit: ${checked} pages checked\n${report.join('\n')}`);
    expect(checked).toBeGreaterThan(30);
    expect(scrolledRoles, 'no 工作台 was long enough to scroll').toBeGreaterThan(0);
    expect(report).toEqual([]);
  }, 600_000);
});
