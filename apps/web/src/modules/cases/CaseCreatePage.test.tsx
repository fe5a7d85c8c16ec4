import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildCaseDetail } from './case-factories';

// jsdom has no canvas: the area map is replaced (its option is tested in ui/map); a click on it drops the pin there.
vi.mock('../../ui/map/GeoMap', () => ({
  GeoMap: ({ label, onMapClick }: { label: string; onMapClick?: (at: [number, number]) => void }) => (
    <button type="button" aria-label={label} onClick={() => onMapClick?.([117.2101, 34.8101])} />
  ),
}));

const staff = buildMe(['communityStaff']);
const ref = (id: string, name: string) => ({ id, name, code: id });
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [117.2, 34.8],
      [117.22, 34.8],
      [117.22, 34.82],
      [117.2, 34.82],
      [117.2, 34.8],
    ],
  ],
};
const communityMap = {
  node: { id: 'node-qq', name: '青秋社区', level: 'community', code: 'qq', outline: null },
  children: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'g-2',
        geometry: square,
        properties: { id: 'g-2', name: '青秋社区第二网格', level: 'grid', code: 'g2', openCases: 0, casesLast30Days: 0 },
      },
    ],
  },
  withoutOutline: [],
  bbox: [117.2, 34.8, 117.22, 34.82],
  zoom: 15,
};

function describeProblem(text: string) {
  // antd's auto-size keeps a hidden measuring textarea in body: target the form field by its id.
  fireEvent.change(document.querySelector('textarea#description')!, { target: { value: text } });
}

function button(name: string): HTMLButtonElement {
  const hit = [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('staff intake (登记案件) with a pin', { timeout: 120_000 }, () => {
  it("opens the map of the staff member's area; a click drops the pin, names its grid and building, fills 所属网格 and sends the point", async () => {
    const bodies: unknown[] = [];
    const locates: string[] = [];
    const api = fakeApi(
      route('GET', '/api/me', staff),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases/suggest', { categories: [], similarCases: [] }),
      route('GET', '/api/geo/nodes/node-qq/map', communityMap),
      (url) => {
        if (url.pathname !== '/api/geo/locate') return undefined;
        locates.push(`${url.searchParams.get('lng')},${url.searchParams.get('lat')}`);
        return {
          body: {
            inside: true,
            street: ref('s-1', '临城街道'),
            community: ref('node-qq', '青秋社区'),
            grid: ref('g-2', '青秋社区第二网格'),
            gridOutline: square,
            building: { ...ref('b-5', '青秋小区5号楼'), distanceMetres: 8.2, lng: 117.2102, lat: 34.8102 },
          },
        };
      },
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        bodies.push(JSON.parse(String(init.body)));
        return { status: 201, body: buildCaseDetail({ id: 'c-desk', caseNo: '20261207000001', state: 'submitted' }) };
      },
    );
    renderApp('/cases/new');
    const map = await screen.findByRole('button', { name: /辖区地图/ }, { timeout: 60_000 });
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname === '/api/geo/nodes/node-qq/map')).toBe(true));
    fireEvent.click(map);
    await waitFor(() => expect(locates).toEqual(['117.2101,34.8101']));
    expect(await screen.findByText('最近的楼栋：青秋小区5号楼（约 8 米）')).toBeTruthy();
    // 所属网格 now holds the pin's grid (shown in the picker and in the answer).
    await waitFor(() => expect(screen.getAllByText('青秋社区第二网格').length).toBeGreaterThanOrEqual(2));
    describeProblem('小区5号楼东侧井盖松动，夜间有人踩空');
    fireEvent.click(button('登记'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ description: '小区5号楼东侧井盖松动，夜间有人踩空', channel: 'patrol', gridId: 'g-2', lng: 117.2101, lat: 34.8101 });
  });

  it('without a pin sends the grid picked by hand and no coordinate', async () => {
    const bodies: unknown[] = [];
    const worker = buildMe(['gridWorker'], {
      posts: [{ id: 'p-1', role: 'gridWorker', nodeId: 'g-1', nodeName: '青秋社区第一网格', nodePath: '/370403/370403001/370403001001/g1/', title: null }],
    });
    fakeApi(
      route('GET', '/api/me', worker),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases/suggest', { categories: [], similarCases: [] }),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases') return undefined;
        bodies.push(JSON.parse(String(init.body)));
        return { status: 201, body: buildCaseDetail({ id: 'c-desk2', caseNo: '20261207000002', state: 'submitted' }) };
      },
    );
    renderApp('/cases/new');
    await screen.findByRole('button', { name: /辖区地图/ }, { timeout: 60_000 });
    expect(screen.getByText(/点地图上问题所在的地方放置定位点/)).toBeTruthy();
    describeProblem('网格内路灯连续三晚不亮，居民反映');
    fireEvent.click(button('登记'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ gridId: 'g-1' });
    expect(bodies[0]).not.toHaveProperty('lat');
  });
});
