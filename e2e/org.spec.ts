import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';

// Journeys through the area tree (DOMAIN §1: 提房知户、提户知人) and the household ledger (一张表),
// as a community worker of 清泉社区 clicks them in the web app against a freshly seeded district.

const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;
const MASKED_ID = /^\d{6}\*{8}[\dX]{4}$/;

/** An 18-digit ID number with a correct check digit (GB 11643) for the 17 digits given. */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Flips the check digit so the number is well-formed but invalid. */
function withWrongCheckDigit(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

async function clickRow(page: Page, name: string | RegExp): Promise<void> {
  await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: name }).first().click();
}

async function expectNodeHeader(page: Page, kindLabel: string): Promise<string> {
  const card = page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-tag', { hasText: new RegExp(`^${kindLabel}$`) }) })
    .first();
  await card.waitFor();
  return (await card.locator('h4').first().innerText()).trim();
}

async function statistic(page: Page, title: string): Promise<string> {
  const stat = page.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) });
  return (await stat.locator('.ant-statistic-content-value').innerText()).trim();
}

describe('org browsing and the household ledger', () => {
  const running = startPlatformAndBrowser();

  it('a community worker logs in and drills down from the district to a household and its residents', async () => {
    const { baseUrl } = running.server;

    // From the district: the district officer opens 薛城区 and reaches 清泉社区 through its street.
    const district = await newPage(running.browser, baseUrl);
    await login(district, baseUrl, 'district');
    await district.getByRole('navigation', { name: '主菜单' }).getByText('区域与网格').click();
    await clickRow(district, '薛城区');
    expect(await expectNodeHeader(district, '区县')).toBe('薛城区');
    await clickRow(district, '临城街道');
    expect(await expectNodeHeader(district, '街道/镇')).toBe('临城街道');
    await clickRow(district, '清泉社区');
    expect(await expectNodeHeader(district, '社区')).toBe('清泉社区');
    await expect.poll(() => district.locator('.ant-breadcrumb').innerText()).toMatch(/薛城区\s*\/\s*临城街道\s*\/\s*清泉社区/);
    await screenshot(district, 'org-district-to-community');

    // The community worker starts at her community and goes on down to the people.
    const page = await newPage(running.browser, baseUrl);
    await login(page, baseUrl, 'community-qq');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('navigation', { name: '主菜单' }).getByText('区域与网格').click();
    await page.waitForURL('**/org');
    await clickRow(page, '清泉社区');
    expect(await expectNodeHeader(page, '社区')).toBe('清泉社区');
    await clickRow(page, '清泉社区第一网格');
    expect(await expectNodeHeader(page, '网格')).toBe('清泉社区第一网格');
    await clickRow(page, /号楼/);
    const building = await expectNodeHeader(page, '楼栋');
    await clickRow(page, /单元/);
    const unit = await expectNodeHeader(page, '单元');
    await clickRow(page, /室/);
    const house = await expectNodeHeader(page, '房屋');
    await expect
      .poll(() => page.locator('.ant-breadcrumb').innerText())
      .toMatch(new RegExp(`清泉社区\\s*/\\s*清泉社区第一网格\\s*/\\s*${building}\\s*/\\s*${unit}\\s*/\\s*${house}`));

    // At the house: its household and the household's residents, phone and ID number masked.
    const household = page.locator('.ant-card', { hasText: '户号' }).first();
    await household.waitFor();
    const firstResident = household.locator('.ant-table-tbody tr.ant-table-row').first();
    await firstResident.waitFor();
    const cells = await firstResident.locator('td').allInnerTexts();
    expect(cells.some((c) => MASKED_ID.test(c.trim()))).toBe(true);
    expect(cells.some((c) => MASKED_PHONE.test(c.trim()) || c.trim() === '未登记')).toBe(true);
    await screenshot(page, 'org-house-household-residents');

    // From a person to her record, with the other members of the household.
    const name = (await firstResident.locator('td').first().innerText()).trim();
    await firstResident.locator('a').first().click();
    await page.waitForURL('**/residents/**');
    await page.getByText('家庭成员').waitFor();
    await expect.poll(() => page.locator('h4').first().innerText()).toContain(name);
    expect(await page.getByRole('button', { name: /查看完整身份证号/ }).count()).toBe(1);
    await screenshot(page, 'org-resident-detail');
  });

  it('a community worker imports a household ledger and sees the per-row report', async () => {
    const { baseUrl } = running.server;
    const page = await newPage(running.browser, baseUrl);
    await login(page, baseUrl, 'community-qq');

    // The grid code comes from the API as the worker sees it (the same session cookie).
    const top = (await (await page.request.get(`${baseUrl}/api/org/nodes`)).json()) as { items: { id: string; name: string }[] };
    const community = top.items.find((n) => n.name === '清泉社区');
    expect(community).toBeTruthy();
    const grids = (await (await page.request.get(`${baseUrl}/api/org/nodes?parentId=${community!.id}`)).json()) as {
      items: { code: string; name: string }[];
    };
    const gridCode = grids.items.find((g) => g.name === '清泉社区第一网格')!.code;

    const good1 = idNumber('37040319790315231');
    const good2 = idNumber('37040319810722242');
    const bad = withWrongCheckDigit(idNumber('37040319650101335'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['网格编码', '小区', '楼栋', '单元', '房号', '姓名', '性别', '身份证号', '手机号', '与户主关系', '特殊人群']);
    sheet.addRow([gridCode, '清泉花园', '18号楼', '2单元', '601', '导入户主', '', good1, '13912345678', '户主', '低保']);
    sheet.addRow([gridCode, '清泉花园', '18号楼', '2单元', '601', '导入配偶', '', good2, '', '配偶', '']);
    sheet.addRow([gridCode, '清泉花园', '18号楼', '2单元', '602', '错号居民', '', bad, '', '户主', '']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByRole('navigation', { name: '主菜单' }).getByText('一张表导入').click();
    await page.waitForURL('**/import');
    await page.getByRole('button', { name: '下载模板' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: '清泉社区台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await page.getByText('逐行结果').waitFor({ timeout: 60_000 });

    expect(await statistic(page, '总行数')).toBe('3');
    expect(await statistic(page, '新增')).toBe('2');
    expect(await statistic(page, '未导入')).toBe('1');
    // The report opens on the rejected rows: the bad ID number, with its reason.
    const report = page.locator('.ant-card', { hasText: '逐行结果' }).last();
    const rejectedRow = report.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rejectedRow.count()).toBe(1);
    const rejectedText = await rejectedRow.innerText();
    expect(rejectedText).toContain('错号居民');
    expect(rejectedText).toContain('未导入');
    expect(rejectedText).toContain('身份证号');
    await screenshot(page, 'import-report-rejected');

    await report.getByText(/^全部/).click();
    await expect.poll(() => report.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(3);
    expect(await report.locator('.ant-table-tbody').innerText()).toContain('导入户主');

    // The imported people are findable at once; the rejected one is not.
    await page.goto(`${baseUrl}/residents?q=${encodeURIComponent('导入户主')}`);
    await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '导入户主' }).waitFor();
    await page.goto(`${baseUrl}/residents?q=${encodeURIComponent('错号居民')}`);
    await page.getByText('没有找到符合条件的居民').waitFor();
  });

  it('a community worker of 清泉社区 does not see 龙潭社区', async () => {
    const { baseUrl } = running.server;
    const admin = await newPage(running.browser, baseUrl);
    await login(admin, baseUrl, 'admin');
    const hits = (await (await admin.request.get(`${baseUrl}/api/org/search?q=${encodeURIComponent('龙潭社区')}`)).json()) as {
      items: { type: string; title: string; nodeId: string | null }[];
    };
    const longtan = hits.items.find((h) => h.type === 'node' && h.title === '龙潭社区');
    expect(longtan?.nodeId).toBeTruthy();

    const page = await newPage(running.browser, baseUrl);
    await login(page, baseUrl, 'community-qq');
    await page.goto(`${baseUrl}/org`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    const names = await rows.allInnerTexts();
    expect(names.join('\n')).toContain('清泉社区');
    expect(names.join('\n')).not.toContain('龙潭社区');

    await page.getByPlaceholder('搜索街道、社区、网格、小区、楼栋或居民').fill('龙潭');
    await page.getByText('没有找到，换个名称、编码、地址或手机号试试').waitFor();

    await page.goto(`${baseUrl}/org/${longtan!.nodeId}`);
    await page.getByText('没有找到这个区域').waitFor();
    await screenshot(page, 'org-other-community-hidden');
  });
});
