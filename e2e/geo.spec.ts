import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, screenshot, startPlatformAndBrowser } from './harness';

// Geography as people use it (docs/geography.md): a resident on a 390 px phone reports with a pin dropped by the
// browser's geolocation; the case lands in the grid the pin falls in — not her home grid — and is on the command
// centre's map. Then the grid's 楼宇公示牌 prints, and its QR link opens the report page with the building chosen.

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

interface NodeRow {
  id: string;
  kind: string;
  name: string;
}

describe('geography', () => {
  const running = startPlatformAndBrowser();

  it('a resident reports with a pin in another grid, the case lands there and shows on the command-centre map', { timeout: 400_000 }, async () => {
    const { baseUrl } = running.server;
    const desk = await newPage(running.browser, baseUrl);
    await login(desk, baseUrl, 'district');

    // A building of 龙潭社区 (not the resident's 清泉社区) gives a coordinate inside one of its grids.
    const [community] = (
      await getJson<{ items: { type: string; id: string; title: string }[] }>(desk, `${baseUrl}/api/org/search?q=${encodeURIComponent('龙潭社区')}`)
    ).items.filter((h) => h.type === 'node' && h.title === '龙潭社区');
    const grids = (await getJson<{ items: NodeRow[] }>(desk, `${baseUrl}/api/org/nodes?parentId=${community.id}`)).items.filter((n) => n.kind === 'grid');
    const grid = grids[0];
    const places = (
      await getJson<{ items: { id: string; name: string; lng: number; lat: number }[] }>(desk, `${baseUrl}/api/geo/nodes/${grid.id}/places?kinds=building`)
    ).items;
    expect(places.length).toBeGreaterThan(0);
    const building = places[0];

    // The phone shares its position: a few metres from that building.
    const phone = await newPage(running.browser, baseUrl, { mobile: true });
    await phone.context().grantPermissions(['geolocation'], { origin: baseUrl });
    await phone.context().setGeolocation({ longitude: building.lng + 0.00003, latitude: building.lat + 0.00002, accuracy: 10 });
    await login(phone, baseUrl, 'resident1');
    const me = await getJson<{ homeGridId: string }>(phone, `${baseUrl}/api/me`);
    expect(me.homeGridId).not.toBe(grid.id);

    await phone.goto(`${baseUrl}/h5/report`);
    await phone.locator('textarea#description').fill('路边的井盖松动了，车一过就响，晚上走路容易踩空');
    await phone.getByRole('button', { name: '使用我的位置' }).click();
    const answer = phone.getByLabel('定位结果');
    await answer.getByText(grid.name).waitFor({ timeout: 30_000 });
    await phone
      .getByRole('img', { name: /定位点地图/ })
      .locator('canvas')
      .first()
      .waitFor();
    await screenshot(phone, 'geo-1-resident-pin');
    await phone.getByRole('button', { name: '提交', exact: true }).click();
    await phone.getByText('反映成功').waitFor();
    const caseNo = (await phone.locator('.ant-result-subtitle strong').first().innerText()).trim();

    // The case is in the pinned grid at the nearest building, and is one of the grid's points on the map.
    const points = (await getJson<{ items: { caseNo: string; gridId: string }[] }>(desk, `${baseUrl}/api/geo/nodes/${grid.id}/case-points`)).items;
    expect(points.find((p) => p.caseNo === caseNo)?.gridId).toBe(grid.id);

    // The command centre draws the district's streets with the figures and the open cases as points.
    await desk.goto(`${baseUrl}/dashboard`);
    const map = desk.getByRole('img', { name: /案件分布地图/ });
    await map.locator('canvas').first().waitFor({ timeout: 60_000 });
    await desk.getByText(/在办 \d+ 件有位置/).waitFor();
    await map.scrollIntoViewIfNeeded();
    await screenshot(desk, 'geo-2-command-centre-map');
  });

  it("prints a grid's notice boards and the QR link opens the report page with the building chosen", { timeout: 300_000 }, async () => {
    const { baseUrl } = running.server;
    const desk = await newPage(running.browser, baseUrl);
    await login(desk, baseUrl, 'grid-qq1');
    const me = await getJson<{ posts: { nodeId: string }[] }>(desk, `${baseUrl}/api/me`);
    await desk.goto(`${baseUrl}/org/${me.posts[0].nodeId}`);
    await desk.getByRole('button', { name: '打印楼宇公示牌' }).click();
    await desk.getByRole('button', { name: /打印全部（\d+ 张）/ }).waitFor();
    await desk.locator('[data-testid="notice-print"] img').first().waitFor({ state: 'attached' });
    await screenshot(desk, 'geo-3-notice-boards');
    const sheets = await desk.locator('[data-testid="notice-print"] section.nb-sheet').count();
    expect(sheets).toBeGreaterThan(0);
    // Printed, each card is one A4 page.
    await desk.emulateMedia({ media: 'print' });
    const pdf = await desk.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(sheets);
    await desk.emulateMedia({ media: 'screen' });

    // The QR code holds the report link of its building: the phone opens it with the building chosen.
    const buildingName = (await desk.locator('[data-testid="notice-print"] h1.nb-title').first().innerText()).trim();
    const cards = await getJson<{
      items: { building: { id: string; name: string }; reportPath: string; leads: { name: string; phoneMasked: string | null }[] }[];
    }>(desk, `${baseUrl}/api/geo/grids/${me.posts[0].nodeId}/notice-boards`);
    const card = cards.items.find((c) => c.building.name === buildingName)!;
    // The demo gives buildings leads from their residents: the card names one with a masked phone, never the number.
    const withLead = cards.items.filter((c) => c.leads.length > 0);
    expect(withLead.length).toBeGreaterThan(cards.items.length / 2);
    expect(withLead[0].leads[0].phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    await desk.locator('[data-testid="notice-print"]').getByText(withLead[0].leads[0].name).first().waitFor({ state: 'attached' });
    const phone = await newPage(running.browser, baseUrl, { mobile: true });
    await login(phone, baseUrl, 'resident1');
    await phone.goto(`${baseUrl}${card.reportPath}`);
    await phone.getByLabel('反映位置').getByText(buildingName).waitFor();
    await screenshot(phone, 'geo-4-report-from-qr');
  });

  it('a grid worker at the desk registers a case by clicking the map: it lands in the grid with the point', { timeout: 300_000 }, async () => {
    const { baseUrl } = running.server;
    const desk = await newPage(running.browser, baseUrl);
    await login(desk, baseUrl, 'grid-qq1');
    const me = await getJson<{ posts: { nodeId: string; nodeName: string }[] }>(desk, `${baseUrl}/api/me`);
    await desk.goto(`${baseUrl}/cases/new`);
    const map = desk.getByRole('img', { name: /辖区地图/ });
    const canvas = map.locator('canvas').first();
    await canvas.waitFor({ timeout: 60_000 });
    // The middle of the worker's own grid (a relaxed Voronoi cell holds its centre).
    const box = (await map.boundingBox())!;
    await desk.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const answer = desk.getByLabel('定位结果');
    await answer.getByText(me.posts[0].nodeName).waitFor({ timeout: 30_000 });
    await desk.locator('textarea#description').fill('网格内小区东门的井盖松动，车一过就响，夜里行人容易踩空');
    await screenshot(desk, 'geo-5-staff-intake-pin');
    await desk
      .getByRole('button', { name: '登 记' })
      .or(desk.getByRole('button', { name: '登记', exact: true }))
      .first()
      .click();
    await desk.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const id = desk.url().split('/').pop()!;
    const points = (await getJson<{ items: { id: string; gridId: string }[] }>(desk, `${baseUrl}/api/geo/nodes/${me.posts[0].nodeId}/case-points`)).items;
    expect(points.find((p) => p.id === id)?.gridId).toBe(me.posts[0].nodeId);
  });
});
