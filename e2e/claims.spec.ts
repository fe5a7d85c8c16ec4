import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';
import { tinyPng } from './tiny-png';

// A micro-wish end to end (DOMAIN §3 微心愿, issue 4): a resident raises a wish on her phone, the
// community publishes it from the console, a party member claims it on his phone and fulfils it
// with a photo, the resident confirms and rates it, the member's points ledger shows the credit,
// and the community's figures (GET /api/claims-stats/communities) count it.

/** GET a JSON API path with the page's session cookie. */
async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

type Counts = { wishesRaised: number; wishesClaimed: number; wishesFulfilled: number; pointsIssued: number };
type Figures = { rows: (Counts & { communityName: string })[] };

/** 清泉社区's row of the community figures (where resident1 and member1 live). */
function qingquan(figures: Figures): Counts {
  const row = figures.rows.find((r) => r.communityName === '清泉社区');
  expect(row, 'the figures have a row for 清泉社区').toBeTruthy();
  return row!;
}

/** The state tag of the header card of a wish or order on the phone. */
function wishState(page: Page) {
  return page.locator('.ant-card').first().locator('.ant-tag').first();
}

describe('the micro-wish loop', () => {
  const running = startPlatformAndBrowser();

  it(
    'a resident’s wish is published, claimed and fulfilled by a party member on a phone, confirmed and rated, and the points are credited',
    { timeout: 400_000 },
    async () => {
      const { baseUrl } = running.server;
      const title = '想请人帮忙修一下晾衣架';

      // The community's figures for this month before the wish.
      const staff = await newPage(running.browser, baseUrl);
      await login(staff, baseUrl, 'community-qq');
      const figuresBefore = qingquan(await getJson<Figures>(staff, '/api/claims-stats/communities'));

      // 1. The resident raises a wish on her phone; it waits for review.
      const resident = await newPage(running.browser, baseUrl, { mobile: true });
      await login(resident, baseUrl, 'resident1');
      expect(new URL(resident.url()).pathname).toBe('/h5');
      await resident.getByText('我的心愿', { exact: true }).click();
      await resident.getByRole('button', { name: /许个心愿/ }).click();
      await resident.locator('input#title').fill(title);
      await resident.locator('textarea#content').fill('阳台晾衣架的绳子断了，腿脚不便自己修不了');
      await resident.getByText(/我同意社区审核后/).click();
      await screenshot(resident, 'claims-1-resident-raises');
      await resident.getByRole('button', { name: /提交审核/ }).click();
      await resident.waitForURL(/\/h5\/wishes\/[0-9a-f-]{36}$/);
      const wishId = new URL(resident.url()).pathname.split('/').pop()!;
      await expect.poll(() => wishState(resident).innerText()).toBe('待审核');

      // 2. The community publishes it from the console.
      await staff.goto(`${baseUrl}/claims/wishes/${wishId}`);
      const toolbar = staff.locator('[role="toolbar"][aria-label="心愿操作"]');
      await toolbar.getByRole('button', { name: '审核发布' }).click();
      await staff.getByRole('dialog').getByRole('button', { name: '确认审核发布' }).click();
      await staff.locator('.ant-message').getByText('已审核发布').waitFor();

      // 3. A party member finds it on his phone and claims it.
      const member = await newPage(running.browser, baseUrl, { mobile: true });
      await login(member, baseUrl, 'member1');
      expect(new URL(member.url()).pathname).toBe('/h5');
      const before = await getJson<{ balance: number }>(member, '/api/points/me');
      await screenshot(member, 'claims-2-member-home');
      await member.getByText('微心愿', { exact: true }).click();
      await member.getByRole('list', { name: '心愿列表' }).getByText(title).click();
      // The public sees the wisher by surname only.
      await member
        .getByText(/心愿人 .\*+/)
        .first()
        .waitFor();
      await screenshot(member, 'claims-3-member-wish');
      await member.getByRole('button', { name: /^\s*认\s*领\s*$/ }).click();
      await member.locator('.ant-message').getByText('认领成功，请尽快联系社区').waitFor();
      await expect.poll(() => wishState(member).innerText()).toBe('已认领');

      // 4. He fulfils it with a photo, from 我的认领.
      await member.goto(`${baseUrl}/h5/claims`);
      await member.getByRole('list', { name: '心愿列表' }).getByText(title).click();
      await member.getByRole('button', { name: '圆梦上传' }).click();
      await member.locator('.ant-upload input[type=file]').setInputFiles({ name: 'rack.png', mimeType: 'image/png', buffer: tinyPng([60, 140, 220]) });
      await member.locator('.ant-upload-list-item-done').waitFor({ timeout: 30_000 });
      await member.locator('textarea#note').fill('换了新绳子，已经能用了');
      await screenshot(member, 'claims-4-member-fulfils');
      await member.getByRole('button', { name: '提交圆梦' }).click();
      await member.locator('.ant-message').getByText('已提交圆梦照片，等待心愿人确认').waitFor();
      await expect.poll(() => wishState(member).innerText()).toBe('已圆梦');

      // 5. The resident confirms and rates it; the proof photo is there to see.
      await resident.goto(`${baseUrl}/h5/my-wishes`);
      await resident.getByRole('list', { name: '心愿列表' }).getByText(title).click();
      const proof = resident.locator('img[alt="照片1"]').first();
      await proof.waitFor();
      await expect.poll(() => proof.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await resident.getByRole('button', { name: '确认评价' }).click();
      // The rating is required: confirming without one is refused on the page.
      await resident.getByRole('button', { name: '确认并评价' }).click();
      await resident.getByText('请先打分再确认').waitFor();
      await resident.locator('.ant-rate-star').nth(4).locator('div').first().click();
      await screenshot(resident, 'claims-5-resident-rates');
      await resident.getByRole('button', { name: '确认并评价' }).click();
      await resident.locator('.ant-message').getByText('感谢您的评价').waitFor();
      await expect.poll(() => wishState(resident).innerText()).toBe('已确认');
      await resident.getByLabel('评分5星').waitFor();

      // 6. The member's ledger shows the credit for the confirmed wish.
      await member.goto(`${baseUrl}/h5/points`);
      await expect.poll(() => member.getByLabel('积分余额').innerText()).toBe(String(before.balance + 10));
      await member.getByRole('list', { name: '积分明细' }).getByText('完成微心愿（经确认）').first().waitFor();
      await screenshot(member, 'claims-6-member-points');

      // 7. The community's figures count it: raised, claimed and fulfilled, and the points issued.
      const figuresAfter = qingquan(await getJson<Figures>(staff, '/api/claims-stats/communities'));
      expect({
        wishesRaised: figuresAfter.wishesRaised - figuresBefore.wishesRaised,
        wishesClaimed: figuresAfter.wishesClaimed - figuresBefore.wishesClaimed,
        wishesFulfilled: figuresAfter.wishesFulfilled - figuresBefore.wishesFulfilled,
        pointsIssued: figuresAfter.pointsIssued - figuresBefore.pointsIssued,
      }).toEqual({ wishesRaised: 1, wishesClaimed: 1, wishesFulfilled: 1, pointsIssued: 10 });
      const wish = await getJson<{ state: string }>(staff, `/api/wishes/${wishId}`);
      expect(wish.state).toBe('confirmed');
    },
  );
  it(
    'a resident orders from the service menu, a party member takes and completes it with a photo, and the resident rates it',
    { timeout: 300_000 },
    async () => {
      const { baseUrl } = running.server;
      const resident = await newPage(running.browser, baseUrl, { mobile: true });
      await login(resident, baseUrl, 'resident1');
      await resident.getByText('服务清单', { exact: true }).click();
      const menu = resident.getByRole('list', { name: '服务清单' });
      const repair = menu.getByRole('listitem').filter({ hasText: '家电维修' });
      await repair.getByRole('button', { name: /预\s*约/ }).click();
      await repair.locator('textarea#note').fill('洗衣机不转了，想约周六上午上门看看');
      await screenshot(resident, 'claims-7-resident-orders');
      await repair.getByRole('button', { name: '提交预约' }).click();
      await resident.waitForURL(/\/h5\/orders\/[0-9a-f-]{36}$/);
      const orderId = new URL(resident.url()).pathname.split('/').pop()!;
      await expect.poll(() => wishState(resident).innerText()).toBe('待接单');

      const member = await newPage(running.browser, baseUrl, { mobile: true });
      await login(member, baseUrl, 'member1');
      await member.getByText('服务接单', { exact: true }).click();
      await member.getByRole('list', { name: '订单列表' }).locator(`a[href="/h5/orders/${orderId}"]`).click();
      await member.getByRole('button', { name: /^\s*接\s*单\s*$/ }).click();
      await member.locator('.ant-message').getByText('接单成功，请尽快联系居民').waitFor();
      await member.getByRole('button', { name: '服务完成' }).click();
      await member.locator('textarea#note').fill('更换了排水泵，洗衣机已正常');
      await member.locator('.ant-upload input[type=file]').setInputFiles({ name: 'washer.png', mimeType: 'image/png', buffer: tinyPng([90, 180, 90]) });
      await member.locator('.ant-upload-list-item-done').waitFor({ timeout: 30_000 });
      await member.getByRole('button', { name: '提交完成' }).click();
      await member.locator('.ant-message').getByText('已提交，等待居民确认').waitFor();

      await resident.goto(`${baseUrl}/h5/orders`);
      await resident.getByRole('list', { name: '订单列表' }).locator(`a[href="/h5/orders/${orderId}"]`).click();
      await expect.poll(() => wishState(resident).innerText()).toBe('待评价');
      await resident.getByRole('button', { name: '确认评价' }).click();
      await resident.locator('.ant-rate-star').nth(3).locator('div').first().click();
      await resident.locator('textarea#note').fill('师傅很耐心');
      await resident.getByRole('button', { name: '确认并评价' }).click();
      await resident.locator('.ant-message').getByText('感谢您的评价').waitFor();
      await expect.poll(() => wishState(resident).innerText()).toBe('已评价');
      await resident.getByLabel('评分4星').waitFor();
      await screenshot(resident, 'claims-8-resident-rated-order');
    },
  );
});
