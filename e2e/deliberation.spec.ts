import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';

// A resident's suggestion becomes a tracked case (DOMAIN §5, issue 17): she writes it on her phone (居民建议), the
// community's staff bring it to this month's joint meeting 联席会 and record its outcome there as 定期追踪, which opens
// a linked case; the grid worker and the community handle the case in the cases module to its close; the resident
// follows it on her phone (我的建议): tracked, the case's progress, then done.

const TITLE = '楼道电动车充电太危险，建议北门建充电棚';
const CONTENT = '3号楼有人把电动车推进楼道充电，晚上电线拖到楼梯口，老人孩子进出很不安全，建议在北门空地建一个集中充电棚。';

/** Takes one action from the case page's action bar (as e2e/cases.spec.ts does): opens its form, lets `fill` fill it, confirms. */
async function act(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await page.locator('[role="toolbar"][aria-label="案件操作"]').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: `${label} · ` });
  await dialog.waitFor();
  await dialog.locator('.ant-skeleton').waitFor({ state: 'detached' });
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: `确认${label}`, exact: true }).click();
  try {
    await page.locator('.ant-message').getByText(`已${label}`).waitFor();
  } catch (err) {
    const shown = await page.locator('.ant-message, .ant-form-item-explain-error').allInnerTexts();
    await screenshot(page, `deliberation-failed-${label}`);
    throw new Error(`e2e: ${label} was not confirmed; the page shows: ${shown.join(' | ') || 'nothing'}`, { cause: err });
  }
  await dialog.waitFor({ state: 'hidden' });
}

async function openCase(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/cases/${id}`);
  await page.locator('[role="toolbar"][aria-label="案件操作"]').waitFor();
}

describe('a suggestion becomes a tracked case', () => {
  const running = startPlatformAndBrowser();

  it('a resident suggests on her phone, the joint meeting tracks it as a case, the case is handled and closed, and she sees each step', async () => {
    const { baseUrl } = running.server;

    // 1. The resident writes her suggestion on the phone: 我的建议 → 提建议.
    const phone = await newPage(running.browser, baseUrl, { mobile: true });
    await login(phone, baseUrl, 'resident1');
    await phone.getByText('我的建议').first().click();
    await phone.waitForURL(/\/h5\/suggestions$/);
    await phone.locator('input#title').fill(TITLE);
    await phone.locator('textarea#content').fill(CONTENT);
    await phone.getByRole('button', { name: '提交建议' }).click();
    await phone.getByText('建议已提交，社区研判后会告诉您怎么办').waitFor();
    const mine = phone.locator('.ant-list-item', { hasText: TITLE });
    await expect.poll(() => mine.locator('.ant-tag').innerText()).toBe('待研判');
    await screenshot(phone, 'deliberation-1-resident-suggests');

    // 2. The community's staff find it among the suggestions (居民建议) and bring it to this month's joint meeting.
    const staff = await newPage(running.browser, baseUrl);
    await login(staff, baseUrl, 'community-qq');
    await staff.goto(`${baseUrl}/deliberation/suggestions`);
    const row = staff.locator('.ant-table-row', { hasText: TITLE });
    await expect.poll(() => row.innerText()).toContain('居民建议');
    expect(await row.innerText()).toContain('待研判');
    await row.getByRole('link', { name: TITLE }).click();
    await staff.waitForURL(/\/deliberation\/suggestions\/[0-9a-f-]{36}$/);
    const suggestionId = new URL(staff.url()).pathname.split('/').pop()!;

    // 3. The joint meeting decides: 定期追踪. A case opens through the cases module, linked to the suggestion.
    await staff.getByRole('button', { name: '定期追踪（转案件）' }).click();
    const dialog = staff.getByRole('dialog').filter({ hasText: '定期追踪（转案件）' });
    await dialog.locator('textarea#note').fill('12月小区联席会议定：由第一网格牵头，物业配合，先清理楼道充电，再选址建棚');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staff.locator('.ant-message').getByText('已定期追踪（转案件），已通知建议人').waitFor();
    const caseLink = staff.locator('.ant-descriptions-item', { hasText: '转办案件' }).getByRole('link');
    await caseLink.waitFor();
    const caseNo = (await caseLink.innerText()).trim();
    expect(caseNo).toMatch(/^\d{14}$/);
    await screenshot(staff, 'deliberation-2-staff-tracks');
    await caseLink.click();
    await staff.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = new URL(staff.url()).pathname.split('/').pop()!;
    await staff.locator('[role="toolbar"][aria-label="案件操作"]').waitFor();
    expect(await staff.getByText('议事会').count()).toBeGreaterThan(0);

    // The resident sees on her phone that it became a tracked case, and where the case stands.
    await phone.reload();
    await expect.poll(() => mine.locator('.ant-tag').innerText()).toBe('定期追踪');
    await mine.getByRole('link', { name: TITLE }).click();
    await phone.getByText(`已转为案件 ${caseNo}，案件进度：待受理`).waitFor();
    await screenshot(phone, 'deliberation-3-resident-sees-case');

    // 4. The grid worker handles the case in the cases module: 受理, 核实, 立案 at grid tier, solves it himself.
    const grid = await newPage(running.browser, baseUrl);
    await login(grid, baseUrl, 'grid-qq1');
    await openCase(grid, baseUrl, caseId);
    await act(grid, '受理');
    await act(grid, '核实', (d) => d.locator('textarea#note').fill('现场核实：3号楼一、二单元楼道各有两辆电动车充电，属实'));
    await act(grid, '立案', async (d) => {
      const category = d.locator('.ant-select').first();
      await category.click();
      await category.locator('input').pressSequentially('物业服务');
      await grid.locator('.ant-select-tree-node-content-wrapper', { hasText: '物业服务（' }).first().click();
    });
    await act(grid, '派遣', (d) => d.getByRole('button', { name: '指派给我' }).click());
    await act(grid, '签收报到');
    await act(grid, '办结', (d) => d.locator('textarea#note').fill('已联合物业清理楼道充电车辆，北门临时充电棚已搭建，可同时充20辆'));
    await screenshot(grid, 'deliberation-4-grid-handled');

    // Meanwhile the phone shows the case's progress.
    await phone.reload();
    await phone.getByText(`已转为案件 ${caseNo}，案件进度：待核查`).waitFor();

    // 5. The community checks, visits and closes it.
    await openCase(staff, baseUrl, caseId);
    await act(staff, '核查通过', (d) => d.locator('textarea#note').fill('现场查看，楼道已无充电车辆，充电棚已启用'));
    await act(staff, '回访', async (d) => {
      await d.getByText('是', { exact: true }).click();
      await d.getByText('满意', { exact: true }).click();
    });
    await act(staff, '结案');
    await screenshot(staff, 'deliberation-5-case-closed');

    // 6. The case's close reaches the suggestion (case.closed through the outbox): done, and the resident is told.
    await expect
      .poll(
        async () => {
          const res = await phone.request.get(`${baseUrl}/api/suggestions/${suggestionId}`);
          return ((await res.json()) as { state: string }).state;
        },
        { timeout: 30_000 },
      )
      .toBe('done');
    await phone.reload();
    await phone.getByText(`已转为案件 ${caseNo}，案件进度：已结案`).waitFor();
    const card = phone.locator('.ant-card').first();
    expect(await card.locator('.ant-tag').allInnerTexts()).toEqual(['已办结', '定期追踪']);
    const steps = await phone.locator('.ant-timeline').innerText();
    for (const step of ['提交建议', '定期追踪（转案件）', '案件结案', '转办案件已结案，建议办结']) expect(steps).toContain(step);
    await screenshot(phone, 'deliberation-6-resident-done');
    await phone.goto(`${baseUrl}/h5/suggestions`);
    await expect.poll(() => mine.locator('.ant-tag').innerText()).toBe('已办结');
  });

  it('a registrant checks in at the door by scanning the station QR on her phone, once; the station counts her', async () => {
    const { baseUrl } = running.server;
    const staff = await newPage(running.browser, baseUrl);
    await login(staff, baseUrl, 'community-qq');
    // A building talk starting in half an hour (check-in opens an hour before), set up as the console's form would.
    const start = new Date(Date.now() + 30 * 60_000);
    const created = await staff.evaluate(
      async (body) => {
        const res = await fetch('/api/meetings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return { status: res.status, json: (await res.json()) as { id: string } };
      },
      {
        kind: 'buildingTalk',
        title: '3号楼楼门说事',
        place: '3号楼一单元门口',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 60 * 60_000).toISOString(),
      },
    );
    expect(created.status).toBe(201);
    const meetingId = created.json.id;

    // The resident signs up on her phone and gets her door code.
    const phone = await newPage(running.browser, baseUrl, { mobile: true });
    await login(phone, baseUrl, 'resident1');
    await phone.goto(`${baseUrl}/h5/meetings`);
    const item = phone.locator('.ant-list-item', { hasText: '3号楼楼门说事' });
    await item.getByRole('button', { name: /报\s*名/ }).click();
    await phone.getByText('报名成功，凭报名码签到').waitFor();
    await phone.locator('.ant-card', { hasText: '3号楼楼门说事' }).locator('svg[aria-label="报名码二维码"]').waitFor();

    // The station at the door: full-screen QR, nobody checked in yet.
    await staff.goto(`${baseUrl}/deliberation/meetings/${meetingId}`);
    await staff.getByRole('link', { name: '打开签到屏（扫码签到）' }).click();
    await staff.waitForURL(new RegExp(`/deliberation/meetings/${meetingId}/checkin$`));
    await staff.locator('svg[aria-label="签到二维码"]').waitFor();
    const count = staff.locator('.ant-statistic', { hasText: '已签到 / 已报名' });
    await expect.poll(() => count.innerText()).toMatch(/0\s*\/\s*1$/);
    await screenshot(staff, 'deliberation-7-door-station', { fullPage: false });

    // Her phone opens what the QR holds: the H5 check-in page with a token the station issues (read as the station does).
    const token = await staff.evaluate(async (id) => ((await (await fetch(`/api/meetings/${id}/checkin-token`)).json()) as { token: string }).token, meetingId);
    const url = `${baseUrl}/h5/meeting-checkin?t=${encodeURIComponent(token)}`;
    await phone.goto(url);
    await phone.getByText('签到成功').waitFor();
    await phone.getByText('「3号楼楼门说事」已签到，欢迎参会。').waitFor();
    await screenshot(phone, 'deliberation-8-phone-checked-in');
    // Once: the same code again is refused and says why.
    await phone.goto(url);
    await phone.getByText('签到未成功').waitFor();
    await phone.getByText('您已签到，不用重复扫码').waitFor();

    // The station counts her (it rereads itself), and the meeting's attendance reflects the check-in.
    await expect.poll(() => count.innerText(), { timeout: 20_000 }).toMatch(/1\s*\/\s*1$/);
    const me = await phone.evaluate(async () => ((await (await fetch('/api/me')).json()) as { displayName: string }).displayName);
    expect(await staff.getByRole('list', { name: '最近签到' }).innerText()).toContain(me);
    await staff.goto(`${baseUrl}/deliberation/meetings/${meetingId}`);
    await staff.locator('.ant-table-row', { hasText: me }).getByText('已签到').waitFor();
  });
});
