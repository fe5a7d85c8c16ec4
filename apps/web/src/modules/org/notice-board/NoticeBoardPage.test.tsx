import type { NoticeBoard } from '@linli/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, route } from '../../../test/fake-api';
import { renderPage } from '../../../test/page-helpers';
import { NoticeBoardPage } from './NoticeBoardPage';
import { reportLinkOf } from './report-link';

const card = (id: string, name: string, leads: NoticeBoard['cards'][number]['leads']) => ({
  buildingId: id,
  buildingName: name,
  complexName: '清泉花园',
  gridId: 'g-1',
  gridName: '清泉社区第一网格',
  communityName: '清泉社区',
  streetName: '临城街道',
  leads,
  gridWorkers: [{ name: '赵磊', title: '专职网格员', phoneMasked: '137****4444' }],
});

const board: NoticeBoard = {
  node: { id: 'g-1', name: '清泉社区第一网格', kind: 'grid' },
  truncated: false,
  cards: [card('b-1', '清泉花园1号楼', [{ name: '钱楼长', title: null, phoneMasked: '139****2222' }]), card('b-2', '清泉花园2号楼', [])],
};

describe('楼宇公示牌', { timeout: 60_000 }, () => {
  it('prints one sheet per building with masked phones and a QR code of the report link, and says which cards lack a lead', async () => {
    fakeApi(route('GET', '/api/org/nodes/g-1/notice-board', board));
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
    fakeApi(route('GET', '/api/org/nodes/g-1/notice-board', { ...board, cards: [] }));
    renderPage('/org/:nodeId/notice-board', '/org/g-1/notice-board', <NoticeBoardPage />);
    expect(await screen.findByText(/该区域下还没有登记楼栋/)).toBeTruthy();
  });

  it('links the report page with the building chosen', () => {
    expect(reportLinkOf('https://linli.example.cn', 'b-1')).toBe('https://linli.example.cn/h5/report?building=b-1');
  });
});
