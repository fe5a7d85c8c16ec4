import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';

// A neighbour dispute from screening to a signed agreement (DOMAIN §6, issue 17): 清泉社区's committee registers a
// leak between two flats that its screening round 排查 found, accepts it, records a session, reaches a written
// agreement, prints the 人民调解协议书 (its text holds the parties and terms in Chinese), follows the performance to
// its end and visits the parties. The community's success rate 调解成功率 moves by exactly this one agreement.

const APPLICANT = '张桂芳';
const RESPONDENT = '李建国';
/** The performance deadline: two weeks from today, Beijing time, as `YYYY-MM-DD`. */
const DUE = new Date(Date.now() + 8 * 3_600_000 + 14 * 86_400_000).toISOString().slice(0, 10);
const [dueY, dueM, dueD] = DUE.split('-').map(Number);
const TERMS = `李建国于${dueY}年${dueM}月${dueD}日前请施工队修复卫生间防水层，并一次性赔偿张桂芳天花板修缮费捌佰元（800元）；双方今后互相体谅，不再因此事争执。`;

/** A button by its Chinese label, whether or not antd put a space between two characters. */
const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

/** 调解成功率 as the figures page shows it: the percentage and the counts beneath it. */
async function successRate(page: Page, baseUrl: string): Promise<{ shown: string; numerator: number; denominator: number }> {
  await page.goto(`${baseUrl}/mediation/figures`);
  const tile = page.locator('.ant-card', { has: page.locator('.ant-statistic-title', { hasText: '调解成功率' }) }).first();
  await tile.locator('.ant-statistic-content').waitFor();
  const shown = (await tile.locator('.ant-statistic-content').innerText()).trim();
  const counts = /(\d+)\s*\/\s*(\d+)\s*件/.exec(await tile.innerText());
  if (!counts) throw new Error(`e2e: no counts under 调解成功率: ${await tile.innerText()}`);
  return { shown, numerator: Number(counts[1]), denominator: Number(counts[2]) };
}

/** The page's way of writing a rate (mediation-format.ts `percent`). */
const percentText = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '—');

/** Takes one workflow action from the dispute page: its button, its form filled by `fill`, its confirm button. */
async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>, { submittedByFill = false } = {}): Promise<void> {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.locator('.ant-modal').filter({ has: page.locator('.ant-modal-title', { hasText: action }) });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  if (!submittedByFill) await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  try {
    await page.locator('.ant-message').getByText(`已${action}`).waitFor();
  } catch (err) {
    const shown = await page.locator('.ant-message, .ant-form-item-explain-error').allInnerTexts();
    await screenshot(page, `mediation-failed-${action}`);
    throw new Error(`e2e: ${action} was not confirmed; the page shows: ${shown.join(' | ') || 'nothing'}`, { cause: err });
  }
  await dialog.waitFor({ state: 'hidden' });
}

const stateTag = (page: Page) => page.locator('.ant-card').first().locator('.ant-tag').first();

describe('a neighbour dispute is mediated to a signed agreement', () => {
  const running = startPlatformAndBrowser();

  it('registered from screening, accepted, mediated, agreed in writing with a printable 协议书, performed and visited; the success rate moves', async () => {
    const { baseUrl } = running.server;
    const staff = await newPage(running.browser, baseUrl);
    await login(staff, baseUrl, 'community-qq');
    const before = await successRate(staff, baseUrl);
    expect(before.shown).toBe(percentText(before.numerator, before.denominator));

    // 1. Registered from the screening round: 排查发现, 邻里纠纷, both sides.
    await staff.goto(`${baseUrl}/mediation/disputes`);
    await staff.getByRole('button', { name: /登记纠纷/ }).click();
    const form = staff.locator('.ant-modal').filter({ hasText: '登记矛盾纠纷' });
    await form.waitFor();
    const pick = async (field: string, option: string) => {
      await form.locator(`.ant-select:has(#${field})`).click();
      await staff.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
    };
    await pick('communityId', '清泉社区');
    await pick('source', '排查发现');
    expect(await form.locator('.ant-select:has(#kind)').innerText()).toContain('邻里纠纷');
    await form.locator('textarea#summary').fill('12月排查发现：3号楼502卫生间漏水，渗到402天花板，两家多次争吵，402要求赔偿。');
    await form.locator('input#applicant').fill(APPLICANT);
    await form.locator('input#applicantPhone').fill('13905460402');
    await form.locator('input#respondent').fill(RESPONDENT);
    await form.locator('input#respondentPhone').fill('13905460502');
    await form.getByRole('button', { name: label('登记') }).click();
    await staff.waitForURL(/\/mediation\/disputes\/[0-9a-f-]{36}$/);
    const disputeId = new URL(staff.url()).pathname.split('/').pop()!;
    await expect.poll(() => stateTag(staff).innerText()).toBe('待受理');
    expect(await staff.getByText('排查发现').count()).toBeGreaterThan(0);

    // 2. Accepted with a mediator of the committee; the rights notice goes into the dossier before mediation starts.
    await act(staff, '受理', async (d) => {
      await d.locator('.ant-select').first().click();
      await staff.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await d.locator('.ant-modal-title').click(); // closes the dropdown
    });
    await expect.poll(() => stateTag(staff).innerText()).toBe('已受理');
    // The checklist follows the server: the box shows ticked once the dossier has the notice.
    const rightsNotice = staff.getByRole('checkbox', { name: /当事人权利义务告知书/ });
    await rightsNotice.click();
    await expect.poll(() => rightsNotice.isChecked()).toBe(true);
    await act(staff, '开始调解');
    await expect.poll(() => stateTag(staff).innerText()).toBe('调解中');

    // 3. A session recorded, then a written agreement.
    await act(staff, '记录调解', (d) =>
      d.locator('textarea#record').fill('双方到场。调解员现场查看了402天花板水渍和502卫生间地面，释明相邻关系中的修缮义务，双方同意修复加赔偿的方案。'),
    );
    await staff.getByText('调解记录（1次）').waitFor();
    // The date typed into its picker is taken with Enter, which also submits the form, as it would for a person.
    await act(
      staff,
      '达成协议',
      async (d) => {
        await d.locator('textarea#terms').fill(TERMS);
        await d.locator('input#performanceDueOn').fill(DUE);
        await d.locator('input#performanceDueOn').press('Enter');
      },
      { submittedByFill: true },
    );
    await expect.poll(() => stateTag(staff).innerText()).toBe('达成协议');
    await screenshot(staff, 'mediation-1-agreed');

    // 4. The agreement prints: a real PDF whose text names both parties and the terms in Chinese.
    const pdfButton = staff.getByRole('link', { name: /调解协议书/ });
    const href = await pdfButton.getAttribute('href');
    expect(href).toBeTruthy();
    const pdf = await staff.request.get(new URL(href!, baseUrl).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'linli-e2e-pdf-'));
    try {
      const file = join(dir, 'agreement.pdf');
      writeFileSync(file, await pdf.body());
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('人民调解协议书');
      expect(text).toContain(APPLICANT);
      expect(text).toContain(RESPONDENT);
      expect(text).toContain(TERMS.replace(/\s+/g, ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // 5. Performance followed to its end, then the follow-up visit.
    await act(staff, '开始履行');
    await expect.poll(() => stateTag(staff).innerText()).toBe('履行中');
    await act(staff, '履行完毕', (d) => d.locator('textarea#note').fill('防水层已修复，修缮费已当面付清，张桂芳出具收条'));
    await expect.poll(() => stateTag(staff).innerText()).toBe('履行完毕');
    await act(staff, '回访', (d) => d.locator('textarea#note').fill('回访402、502两户，楼下不再渗水，两家关系已缓和'));
    const outcome = staff.locator('.ant-card', { hasText: '调解结果与履行' });
    await expect.poll(() => outcome.innerText()).toContain('满意：回访402、502两户');
    expect(await outcome.innerText()).toMatch(new RegExp(`履行期限\\s*[:：]?\\s*${DUE}`));
    // Nothing left but archiving, which waits for the papers still missing from the dossier.
    await staff.getByText(/^卷宗齐全后即可归档，还缺：.*当事人身份证明/).waitFor();
    await screenshot(staff, 'mediation-2-performed-visited');

    // 6. 调解成功率: one more agreement over one more agreed-or-failed dispute, and the page's number is that ratio.
    const after = await successRate(staff, baseUrl);
    expect({ numerator: after.numerator, denominator: after.denominator }).toEqual({
      numerator: before.numerator + 1,
      denominator: before.denominator + 1,
    });
    expect(after.shown).toBe(percentText(after.numerator, after.denominator));
    await screenshot(staff, 'mediation-3-figures');
    expect(disputeId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
