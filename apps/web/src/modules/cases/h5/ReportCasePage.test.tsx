import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { buildCaseDetail } from '../case-factories';

// jsdom has no canvas: the pin map is replaced (its option is tested in ui/map); a tap on it moves the pin.
vi.mock('../../../ui/map/GeoMap', () => ({
  GeoMap: ({ label, onMapClick }: { label: string; onMapClick?: (at: [number, number]) => void }) => (
    <button type="button" aria-label={label} onClick={() => onMapClick?.([117.3001, 34.7001])} />
  ),
}));

/** A browser that answers the position request with `at`, or refuses it. */
function stubGeolocation(at: [number, number] | 'denied') {
  const getCurrentPosition = (ok: PositionCallback, fail: PositionErrorCallback) =>
    at === 'denied'
      ? fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError)
      : ok({ coords: { longitude: at[0], latitude: at[1], accuracy: 10 } } as GeolocationPosition);
  // jsdom has no geolocation: the page finds this one where the browser keeps it.
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
}

const resident = buildMe(['resident']);
const neighbourCase = buildCaseDetail({
  id: 'c-9',
  caseNo: '20261123000009',
  title: '路灯不亮好几天了',
  state: 'accepted',
  version: 3,
  gridId: 'grid-7',
  supporters: 2,
  allowedActions: [{ action: 'support', required: [], optional: [] }],
});

function describeProblem(text: string) {
  // antd's auto-size keeps a hidden measuring textarea in body: target the form field by its id.
  const box = document.querySelector('textarea#description')!;
  fireEvent.change(box, { target: { value: text } });
}

function button(name: string): HTMLButtonElement {
  const hit = [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('resident report (我要反映)', { timeout: 60_000 }, () => {
  it('suggests a category and the open look-alike case in my grid, and 我也遇到 supports it instead of reporting again', async () => {
    const api = fakeApi(
      // /api/me names the resident's home grid; the suggestions are looked up there.
      route('GET', '/api/me', { ...resident, homeGridId: 'grid-7' }),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      // 我也遇到 reads the case's current version first.
      route('GET', '/api/cases/c-9', neighbourCase),
      (url) =>
        url.pathname === '/api/cases/suggest' && url.searchParams.get('gridId') === 'grid-7'
          ? {
              body: {
                categories: [{ id: 'cat-lamp', name: '路灯', score: 12 }],
                similarCases: [
                  {
                    id: 'c-9',
                    caseNo: '20261123000009',
                    title: '路灯不亮好几天了',
                    state: 'accepted',
                    supporters: 2,
                    submittedAt: '2026-11-23T01:00:00.000Z',
                    score: 0.3,
                  },
                ],
              },
            }
          : undefined,
      route('POST', '/api/cases/c-9/actions', { ...neighbourCase, supporters: 3, version: 4, supportedByMe: true, allowedActions: [] }),
    );
    renderApp('/h5/report');
    await screen.findByText('遇到了什么问题？', {}, { timeout: 30_000 });
    describeProblem('小区东门的路灯不亮了，晚上很黑');

    expect(await screen.findByText('附近已有人反映')).toBeTruthy();
    expect(screen.getByText('路灯不亮好几天了')).toBeTruthy();
    expect(screen.getByText(/2人也遇到/)).toBeTruthy();
    expect(screen.getByText('路灯')).toBeTruthy();

    fireEvent.click(button('我也遇到'));
    expect(await screen.findByText('已记录，您也遇到了这个问题')).toBeTruthy();
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/cases/c-9/actions');
    expect(post?.body).toEqual({ action: 'support', expectedVersion: 3 });
    expect(api.calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/cases')).toBe(false);
    expect(screen.getByText(/已有 3 位邻居反映/)).toBeTruthy();
  });

  it('submits with the chosen category and one Idempotency-Key, reused when the first answer is lost, and shows the case number', async () => {
    const keys: string[] = [];
    const bodies: unknown[] = [];
    fakeApi(
      route('GET', '/api/me', resident),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases', { items: [], nextCursor: null }),
      route('GET', '/api/cases/suggest', { categories: [{ id: '0196a3e4-0000-7000-8000-000000000001', name: '暴露垃圾', score: 5 }], similarCases: [] }),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        keys.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
        bodies.push(JSON.parse(String(init.body)));
        // The first attempt's answer is lost (the server failed after taking it in); the retry gets the case.
        return keys.length === 1
          ? { status: 502, body: { code: 'INTERNAL', message: '网关超时，请重试' } }
          : { status: 201, body: buildCaseDetail({ id: 'c-new', caseNo: '20261123000777', state: 'submitted' }) };
      },
    );
    renderApp('/h5/report');
    await screen.findByText('遇到了什么问题？', {}, { timeout: 30_000 });
    describeProblem('单元门口垃圾堆了三天没人清理');
    fireEvent.click(await screen.findByText('暴露垃圾'));
    fireEvent.click(screen.getByRole('switch', { name: '匿名反映' }));

    fireEvent.click(button('提交'));
    expect(await screen.findByText('网关超时，请重试')).toBeTruthy();
    fireEvent.click(button('提交'));
    expect(await screen.findByText('反映成功')).toBeTruthy();
    expect(screen.getByText('20261123000777')).toBeTruthy();

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{16,}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(bodies[1]).toEqual({ description: '单元门口垃圾堆了三天没人清理', categoryId: '0196a3e4-0000-7000-8000-000000000001', photos: [], anonymous: true });
  });

  it('reports at the building a notice board QR code names, into its grid, and 不是这里 lets the resident report elsewhere', async () => {
    const bodies: unknown[] = [];
    const building = '0196a3e4-0000-7000-8000-0000000000b1';
    const grid = '0196a3e4-0000-7000-8000-0000000000a2';
    fakeApi(
      route('GET', '/api/me', { ...resident, homeGridId: 'grid-7' }),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', `/api/geo/buildings/${building}/place`, {
        building: { id: building, name: '清泉花园3号楼', code: '370403001001002001', complexName: '清泉花园' },
        grid: { id: grid, name: '清泉社区第二网格', code: '370403001001002' },
        community: { id: 'c-1', name: '清泉社区', code: '370403001001' },
        street: { id: 's-1', name: '临城街道', code: '370403001' },
        point: null,
      }),
      // Similar cases are looked up in the building's grid, not the resident's home grid.
      (url) => (url.pathname === '/api/cases/suggest' && url.searchParams.get('gridId') === grid ? { body: { categories: [], similarCases: [] } } : undefined),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        bodies.push(JSON.parse(String(init.body)));
        return { status: 201, body: buildCaseDetail({ id: 'c-qr', caseNo: '20261123000888', state: 'submitted' }) };
      },
    );
    renderApp(`/h5/report?building=${building}`);
    expect(await screen.findByText('清泉花园3号楼', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('清泉社区 · 清泉社区第二网格')).toBeTruthy();
    describeProblem('三单元楼道灯坏了一个星期');
    fireEvent.click(button('提交'));
    expect(await screen.findByText('反映成功')).toBeTruthy();
    expect(bodies[0]).toEqual({ description: '三单元楼道灯坏了一个星期', gridId: grid, locationNodeId: building, photos: [], anonymous: false });

    fireEvent.click(button('再反映一件'));
    fireEvent.click(await screen.findByText('不是这里'));
    await waitFor(() => expect(screen.queryByText('清泉花园3号楼')).toBeNull());
  });

  it('使用我的位置 shows the grid and nearest building of the pin, a tap moves the pin, and the case is sent with the coordinate', async () => {
    const bodies: unknown[] = [];
    const locates: string[] = [];
    stubGeolocation([117.3, 34.7]);
    fakeApi(
      route('GET', '/api/me', { ...resident, homeGridId: 'grid-7' }),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases/suggest', { categories: [], similarCases: [] }),
      (url) => {
        if (url.pathname !== '/api/geo/locate') return undefined;
        locates.push(`${url.searchParams.get('lng')},${url.searchParams.get('lat')}`);
        const ref = (id: string, name: string) => ({ id, name, code: id });
        return {
          body: {
            inside: true,
            street: ref('s-1', '临城街道'),
            community: ref('c-2', '龙潭社区'),
            grid: ref('g-9', '龙潭社区第一网格'),
            gridOutline: {
              type: 'Polygon',
              coordinates: [
                [
                  [117.29, 34.69],
                  [117.31, 34.69],
                  [117.31, 34.71],
                  [117.29, 34.69],
                ],
              ],
            },
            building: { ...ref('b-9', '龙潭小区1号楼'), distanceMetres: 12.4, lng: 117.3001, lat: 34.7001 },
          },
        };
      },
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        bodies.push(JSON.parse(String(init.body)));
        return { status: 201, body: buildCaseDetail({ id: 'c-pin', caseNo: '20261123000999', state: 'submitted' }) };
      },
    );
    renderApp('/h5/report');
    await screen.findByText('遇到了什么问题？', {}, { timeout: 30_000 });
    describeProblem('路边井盖松动了，晚上容易踩空');
    fireEvent.click(button('使用我的位置'));
    expect(await screen.findByText('龙潭社区第一网格')).toBeTruthy();
    expect(screen.getByText('最近的楼栋：龙潭小区1号楼（约 12 米）')).toBeTruthy();
    expect(screen.getByText(/红线是定位点所在的网格/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /定位点地图/ }));
    await waitFor(() => expect(locates).toEqual(['117.3,34.7', '117.3001,34.7001']));
    fireEvent.click(button('提交'));
    expect(await screen.findByText('反映成功')).toBeTruthy();
    expect(bodies[0]).toEqual({ description: '路边井盖松动了，晚上容易踩空', lng: 117.3001, lat: 34.7001, photos: [], anonymous: false });
  });

  it('says why without location permission and keeps the grid picker for a pending resident', async () => {
    stubGeolocation('denied');
    const communities = [
      { id: 'node-qq', name: '清泉社区', streetName: '临城街道', grids: [{ id: '0196a3e4-0000-7000-8000-0000000000a1', name: '清泉社区第一网格' }] },
    ];
    fakeApi(
      route('GET', '/api/me', buildMe([])),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/me/residence-claim', { claim: null, communities }),
    );
    renderApp('/h5/report');
    await screen.findByText('遇到了什么问题？', {}, { timeout: 30_000 });
    fireEvent.click(button('使用我的位置'));
    expect(await screen.findByText('没有定位权限。可在浏览器设置中允许定位，或直接选择所在位置。')).toBeTruthy();
    expect(screen.getByText('问题所在网格')).toBeTruthy();
  });

  it('does not send a report shorter than five characters', async () => {
    const api = fakeApi(
      route('GET', '/api/me', resident),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases', { items: [], nextCursor: null }),
    );
    renderApp('/h5/report');
    await screen.findByText('遇到了什么问题？', {}, { timeout: 30_000 });
    describeProblem('路灯');
    fireEvent.click(button('提交'));
    expect(await screen.findByText('请至少用5个字描述问题')).toBeTruthy();
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(false));
  });

  it('asks a pending resident which grid the problem is in and sends that grid', async () => {
    const bodies: unknown[] = [];
    const communities = [
      { id: 'node-qq', name: '清泉社区', streetName: '临城街道', grids: [{ id: '0196a3e4-0000-7000-8000-0000000000a1', name: '清泉社区第一网格' }] },
    ];
    fakeApi(
      route('GET', '/api/me', buildMe([])),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/me/residence-claim', { claim: null, communities }),
      route('GET', '/api/cases/suggest', { categories: [], similarCases: [] }),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        bodies.push(JSON.parse(String(init.body)));
        return { status: 201, body: buildCaseDetail({ id: 'c-new', caseNo: '20261123000778', state: 'submitted' }) };
      },
    );
    renderApp('/h5/report');
    await screen.findByText('问题所在网格', {}, { timeout: 30_000 });
    describeProblem('楼道灯坏了很久没人修');
    fireEvent.mouseDown(document.querySelector('#gridId')!);
    fireEvent.click(await screen.findByText('清泉社区第一网格'));
    fireEvent.click(button('提交'));
    expect(await screen.findByText('反映成功')).toBeTruthy();
    expect(bodies[0]).toMatchObject({ description: '楼道灯坏了很久没人修', gridId: '0196a3e4-0000-7000-8000-0000000000a1' });
  });

  it('asks a party member without a home grid which grid of their community, and sends that grid', async () => {
    const bodies: unknown[] = [];
    const grid = {
      id: '0196a3e4-0000-7000-8000-0000000000b2',
      parentId: 'node-qq',
      kind: 'grid',
      code: '370403001001002',
      name: '清泉社区第二网格',
      path: '/370403/370403001/370403001001/370403001001002/',
      depth: 3,
      gridType: null,
      complexId: null,
      childCount: 0,
      householdCount: null,
    };
    fakeApi(
      route('GET', '/api/me', buildMe(['partyMember'])),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      (url) => (url.pathname === '/api/org/nodes' && url.searchParams.get('parentId') === 'node-qq' ? { body: { items: [grid] } } : undefined),
      route('GET', '/api/cases/suggest', { categories: [], similarCases: [] }),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        bodies.push(JSON.parse(String(init.body)));
        return { status: 201, body: buildCaseDetail({ id: 'c-new', caseNo: '20261123000779', state: 'submitted' }) };
      },
    );
    renderApp('/h5/report');
    await screen.findByText('问题所在网格', {}, { timeout: 30_000 });
    describeProblem('小区门口井盖松动了');
    fireEvent.mouseDown(document.querySelector('#gridId')!);
    fireEvent.click(await screen.findByText('清泉社区第二网格'));
    fireEvent.click(button('提交'));
    expect(await screen.findByText('反映成功')).toBeTruthy();
    expect(bodies[0]).toMatchObject({ description: '小区门口井盖松动了', gridId: grid.id });
  });
});
