import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';
import { tinyPng } from './tiny-png';

// The closed loop of one case (DOMAIN §2, workflows/cases.md) as the people involved click it: a
// resident reports a broken street lamp with a photo on a phone, the grid worker takes it in and
// files it, the community and the street escalate it, the street whistles 城管局 (街道吹哨、部门报到),
// the department reports and handles it, the grid worker checks it, the resident rates it on the
// phone and the community closes it with the handling limit met.

/** The state tag: the first tag of the first card (the summary card on the staff page, the header card on the phone). */
function stateTag(page: Page): Locator {
  return page.locator('.ant-card').first().locator('.ant-tag').first();
}

/** Takes one action from the case page's action bar: opens its form, lets `fill` fill it, confirms. */
async function act(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await page.locator('[role="toolbar"][aria-label="案件操作"]').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: `${label} · ` });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  // The fields load lazily with the first form: confirm once they are there, as a person would.
  await dialog.locator('.ant-skeleton').waitFor({ state: 'detached' });
  await dialog.getByRole('button', { name: `确认${label}`, exact: true }).click();
  try {
    await page.locator('.ant-message').getByText(`已${label}`).waitFor();
  } catch (err) {
    // Say what the page answered instead (a conflict warning, an error), so a failure explains itself.
    const shown = await page.locator('.ant-message, .ant-form-item-explain-error').allInnerTexts();
    await screenshot(page, `cases-failed-${label}`);
    throw new Error(`e2e: ${label} was not confirmed; the page shows: ${shown.join(' | ') || 'nothing'}`, { cause: err });
  }
  await dialog.waitFor({ state: 'hidden' });
}

/** 清泉社区's closed and closed-on-time counts for this month, as the dashboard reads them, in the page's session. */
async function closureCounts(page: Page, baseUrl: string): Promise<{ closed: number; closedOnTime: number }> {
  const res = await page.request.get(`${baseUrl}/api/cases/stats`);
  expect(res.status()).toBe(200);
  const { counts } = (await res.json()) as { counts: { closed: number; closedOnTime: number } };
  return { closed: counts.closed, closedOnTime: counts.closedOnTime };
}

async function openCase(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/cases/${id}`);
  await page.locator('[role="toolbar"][aria-label="案件操作"]').waitFor();
}

describe('the case loop', () => {
  const running = startPlatformAndBrowser();

  it(
    'a street lamp reported on a phone goes through grid, community, street and 城管局 and is closed after the resident rates it',
    { timeout: 400_000 },
    async () => {
      const { baseUrl } = running.server;

      // The grid worker is at his work list when the report comes in.
      const grid = await newPage(running.browser, baseUrl);
      await login(grid, baseUrl, 'grid-qq1');
      await grid.goto(`${baseUrl}/cases/todo`);
      await grid.getByRole('heading', { name: '我的待办' }).waitFor();

      // 1. The resident reports on her phone, with a photo.
      const phone = await newPage(running.browser, baseUrl, { mobile: true });
      await login(phone, baseUrl, 'resident1');
      expect(new URL(phone.url()).pathname).toBe('/h5');
      await phone.getByText('我要反映').first().click();
      await phone.locator('textarea#description').fill('小区东门的路灯坏了，晚上一片漆黑，老人出门很不安全');
      await phone.locator('.ant-upload input[type=file]').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: tinyPng() });
      await phone.locator('.ant-upload-list-item-done').waitFor({ timeout: 30_000 });
      // The category is suggested while typing; the resident confirms 路灯.
      await phone.getByRole('group', { name: '推荐类别' }).getByText('路灯', { exact: true }).click();
      await screenshot(phone, 'cases-1-resident-report');
      await phone.getByRole('button', { name: '提交', exact: true }).click();
      await phone.getByText('反映成功').waitFor();
      const caseNo = (await phone.locator('.ant-result-subtitle strong').first().innerText()).trim();
      expect(caseNo).toMatch(/^\d{14}$/);
      await screenshot(phone, 'cases-2-resident-submitted');
      await phone.getByRole('button', { name: '查看办理进度' }).click();
      await phone.waitForURL(/\/h5\/cases\/[0-9a-f-]{36}$/);
      const caseId = new URL(phone.url()).pathname.split('/').pop()!;
      // The photo is on the case (and on its 上报 step), served back as a real image.
      const photo = phone.locator('img[alt="照片1"]').first();
      await photo.waitFor();
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

      // 2. The grid worker is told at once (SSE) and finds it in his work list.
      await grid.locator('.ant-notification').getByText(`新案件 ${caseNo}`).waitFor({ timeout: 30_000 });
      await grid.locator('.ant-table-tbody').getByText(caseNo).waitFor();
      await screenshot(grid, 'cases-3-grid-todo-notified');

      // 3. Grid: accept, verify on site, file it at grid tier as 路灯 (the handling limit starts), then escalate.
      await openCase(grid, baseUrl, caseId);
      await act(grid, '受理');
      // 路灯 is a 部件 category: the verification needs a note and a site photo.
      await act(grid, '核实', async (d) => {
        await d.locator('textarea#note').fill('现场核实：东门两盏路灯不亮，属实');
        await d.locator('.ant-upload input[type=file]').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: tinyPng() });
        await d.locator('.ant-upload-list-item-done').waitFor({ timeout: 30_000 });
      });
      await act(grid, '立案', async (d) => {
        // Type into the tree select's own search box (the keyboard alone can race the dropdown's focus).
        const category = d.locator('.ant-select').first();
        await category.click();
        await category.locator('input').pressSequentially('路灯');
        await grid.locator('.ant-select-tree-node-content-wrapper', { hasText: '路灯（' }).first().click();
        expect(await d.getByRole('radio', { name: /网格/ }).isChecked()).toBe(true);
      });
      await expect.poll(() => stateTag(grid).innerText()).toBe('待派遣');
      await act(grid, '上报上级', (d) => d.locator('textarea#reason').fill('线路老化，需社区协调维修'));
      await screenshot(grid, 'cases-4-grid-escalated');

      // 4. Community escalates to the street.
      const community = await newPage(running.browser, baseUrl);
      await login(community, baseUrl, 'community-qq');
      // 清泉社区's closure figures before this case closes (the dashboard's numbers, read through the API it uses).
      const before = await closureCounts(community, baseUrl);
      await openCase(community, baseUrl, caseId);
      expect(await community.getByText('社区层级').count()).toBe(1);
      await act(community, '上报上级', (d) => d.locator('textarea#reason').fill('需城管部门更换线路，请街道协调'));

      // 5. The street whistles 城管局 as lead department.
      const street = await newPage(running.browser, baseUrl);
      await login(street, baseUrl, 'street-lc');
      await openCase(street, baseUrl, caseId);
      expect(await street.getByText('街道层级').count()).toBe(1);
      const cg = { name: '城管局' };
      await act(street, '吹哨', async (d) => {
        await d.locator('.ant-select:has(#leadDepartmentId)').click();
        await street.locator('.ant-select-item-option', { hasText: cg.name }).click();
        await screenshot(street, 'cases-5-street-whistle');
      });
      await street.getByText(cg.name).first().waitFor();
      expect(await street.getByText('未报到').count()).toBe(1);

      // 6. 城管局 reports (签收报到) and handles it.
      const dept = await newPage(running.browser, baseUrl);
      await login(dept, baseUrl, 'dept-cg');
      await dept.goto(`${baseUrl}/cases/todo`);
      await dept.locator('.ant-table-row', { hasText: caseNo }).locator('a').first().click();
      await dept.locator('[role="toolbar"][aria-label="案件操作"]').waitFor();
      await act(dept, '签收报到');
      await dept.getByText(/^已报到/).waitFor();
      await act(dept, '办结', (d) => d.locator('textarea#note').fill('已更换老化线路和灯泡，恢复照明'));
      await expect.poll(() => stateTag(dept).innerText()).toBe('待核查');
      await screenshot(dept, 'cases-6-department-handled');

      // 7. The grid worker checks on site.
      await openCase(grid, baseUrl, caseId);
      await act(grid, '核查通过', (d) => d.locator('textarea#note').fill('现场查看，路灯已亮'));

      // 8. The resident rates it on her phone.
      await phone.goto(`${baseUrl}/h5/cases/${caseId}`);
      await phone.getByText('请您评价办理结果').waitFor();
      await phone.getByText('是', { exact: true }).click();
      await phone.getByText('满意', { exact: true }).click();
      await phone.locator('textarea#note').fill('修得很快，谢谢');
      await screenshot(phone, 'cases-7-resident-rates');
      await phone.getByRole('button', { name: '提交评价' }).click();
      await phone.getByText('评价：已解决 · 满意').waitFor();

      // 9. The community closes it: 已结案, the handling limit met.
      await openCase(community, baseUrl, caseId);
      await act(community, '结案');
      await expect.poll(() => stateTag(community).innerText()).toBe('已结案');
      const handling = community.locator('.ant-table-row', { hasText: '处置时限' });
      await expect.poll(() => handling.innerText()).toContain('已满足');
      expect(await community.getByText('回访结果').count()).toBe(1);
      await screenshot(community, 'cases-8-community-closed');
      // The escalated, whistled case counts as closed on time in 清泉社区's figures (ADR 0009).
      expect(await closureCounts(community, baseUrl)).toEqual({ closed: before.closed + 1, closedOnTime: before.closedOnTime + 1 });

      // The resident sees it closed, with the public steps only.
      await phone.goto(`${baseUrl}/h5/cases/${caseId}`);
      await phone.getByText('办理进度').first().waitFor();
      await expect.poll(() => stateTag(phone).innerText()).toBe('已结案');
      expect(await phone.getByText('签收报到').count()).toBe(0);
      await screenshot(phone, 'cases-9-resident-closed');

      // Her notices tell each step in her words, once each, and none is about her own rating.
      await phone.goto(`${baseUrl}/h5`);
      await phone.getByRole('button', { name: /^消息/ }).click();
      const drawer = phone.locator('.ant-drawer-body');
      await drawer
        .getByText(/已结案/)
        .first()
        .waitFor();
      const notices = (await drawer.locator('button').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      await screenshot(phone, 'cases-10-resident-notices');
      for (const step of [/已受理/, /已上报社区/, /已上报街道/, /已派给.*城管局处理/, /已办结，请您评价/, /已结案/]) {
        expect(
          notices.filter((t) => step.test(t)),
          String(step),
        ).toHaveLength(1);
      }
      expect(new Set(notices).size).toBe(notices.length);
    },
  );
});
