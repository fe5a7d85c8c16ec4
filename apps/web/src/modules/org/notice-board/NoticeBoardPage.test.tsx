import type { NoticeBoardCard } from '@linli/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, route } from '../../../test/fake-api';
import { renderPage } from '../../../test/page-helpers';
import { NoticeBoardPage } from './NoticeBoardPage';
import { reportLinkOf } from './report-link';

const ref = (id: string, name: string) => ({ id, name, code: id });
const card = (id: string, name: string, leads: NoticeBoardCard['leads']): NoticeBoardCard => ({
  building: { ...ref(id, name), complexName: '清泉花园' },
  grid: ref('g-1', '清泉社区第一网格'),
  community: ref('c-1', '清泉社区'),
  street: ref('s-1', '临城街道'),
  point: null,
  leads,
  gridWorkers: [{ name: '赵磊', phoneMasked: '137****4444' }],
  reportPath: `/h5/report?building=${id}`,
});

const cards = [card('b-1', '清泉花园1号楼', [{ name: '钱楼长', phoneMasked: '139****2222' }]), card('b-2', '清泉花园2号楼', [])];
const gridNode = {
  id: 'g-1',
  parentId: 'c-1',
  kind: 'grid',
  code: 'g-1',
  name: '清泉社区第一网格',
  path: '/1/2/3/4/',
  depth: 3,
  gridType: 'community',
  complexId: null,
  childCount: 2,
  householdCount: 40,
  ancestors: [],
  complexName: null,
  posts: [],
};

describe('楼宇公示牌', { timeout: 60_000 }, () => {
  it('prints one sheet per building with masked phones and a QR code of the report link, and says which cards lack a lead', async () => {
    fakeApi(route('GET', '/api/org/nodes/g-1', gridNode), route('GET', '/api/geo/grids/g-1/notice-boards', { items: cards }));
    renderPage('/org/:nodeId/notice-board', '/org/g-1/notice-board', <NoticeBoardPage />);
    expect(await screen.findByText('楼宇公示牌 · 清泉社区第一网格')).toBeTruthy();
    expect(screen.getByText('1 栋楼还没有楼长，印出来显示「待补充」。')).toBeTruthy();
    // The print copy sits in body outside the page: one A4 sheet per building.
    const print = document.querySelector('[data-testid="notice-print"]')!;
    const sheets = print.querySelectorAll('section.nb-sheet');
    expect([...sheets].map((s) => s.getAttribute('aria-label'))).toEqual(['清泉花园1号楼公示牌', '清泉花园2号楼公示牌']);
    expect(sheets[0].textContent).toContain('钱楼长139****2222');
    expect(sheets[0].textContent).toContain('赵磊137****4444');
    expect(sheets[1].textContent).toContain('楼　长待补充');
    await waitFor(() => expect(print.querySelectorAll('img[src^="data:image/svg+xml"]')).toHaveLength(2));
    expect(screen.getByRole('button', { name: /打印全部（2 张）/ })).toHaveProperty('disabled', false);
  });

  it('tells the worker how to register buildings when the node has none', async () => {
    fakeApi(route('GET', '/api/org/nodes/g-1', gridNode), route('GET', '/api/geo/grids/g-1/notice-boards', { items: [] }));
    renderPage('/org/:nodeId/notice-board', '/org/g-1/notice-board', <NoticeBoardPage />);
    expect(await screen.findByText(/该区域下还没有登记楼栋/)).toBeTruthy();
  });

  it('prints one building alone from its own page', async () => {
    fakeApi(
      route('GET', '/api/org/nodes/b-2', { ...gridNode, id: 'b-2', kind: 'building', name: '清泉花园2号楼' }),
      route('GET', '/api/geo/buildings/b-2/notice-board', cards[1]),
    );
    renderPage('/org/:nodeId/notice-board', '/org/b-2/notice-board', <NoticeBoardPage />);
    expect(await screen.findByText('楼宇公示牌 · 清泉花园2号楼')).toBeTruthy();
    expect(document.querySelectorAll('[data-testid="notice-print"] section.nb-sheet')).toHaveLength(1);
  });

  it('asks for a grid or a building when opened at a community', async () => {
    fakeApi(route('GET', '/api/org/nodes/c-1', { ...gridNode, id: 'c-1', kind: 'community', name: '清泉社区', gridType: null }));
    renderPage('/org/:nodeId/notice-board', '/org/c-1/notice-board', <NoticeBoardPage />);
    expect(await screen.findByText('公示牌按网格或楼栋打印')).toBeTruthy();
  });

  it('links the report page with the building chosen on this site', () => {
    expect(reportLinkOf('https://linli.example.cn', '/h5/report?building=b-1')).toBe('https://linli.example.cn/h5/report?building=b-1');
  });
});
