import type { OrderDetail } from '@linli/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { buttonIn, openDialog, renderPage, toolbarButtons } from './claims-test-support';
import { OrderDetailPage } from './OrderDetailPage';
import { OrderListPage } from './OrderListPage';

const ORDER_ID = '0192a000-0000-7000-8000-0000000000c1';
const me = route('GET', '/api/me', buildMe(['communityStaff']));

function buildOrder(overrides: Partial<OrderDetail> = {}): OrderDetail {
  return {
    id: ORDER_ID,
    serviceId: 's-1',
    serviceTitle: '家电维修',
    communityId: 'c-qq',
    communityName: '清泉社区',
    state: 'ordered',
    ordererName: '王秀英',
    note: '冰箱不制冷，周六上午在家',
    takerName: null,
    takerUnitName: null,
    orderedAt: '2026-11-20T02:00:00.000Z',
    rating: null,
    version: 2,
    takenAt: null,
    doneAt: null,
    ratedAt: null,
    proofNote: null,
    proofPhotos: [],
    rateNote: null,
    timeline: [],
    allowedActions: [],
    ...overrides,
  };
}

const unit = {
  id: '0192a000-0000-7000-8000-0000000000u1',
  name: '国网薛城供电中心',
  kind: 'enterprise',
  partyOrgName: null,
  liaisonName: '王小梅',
  registrations: [],
};

describe('社区派单 (staff)', { timeout: 90_000 }, () => {
  it('lists the orders of the area with a link to each, filtered by state from the address', async () => {
    const api = fakeApi(
      me,
      route('GET', '/api/orders', {
        items: [buildOrder({ state: 'rated', rating: 5, takerUnitName: '国网薛城供电中心', takerName: '王小梅' })],
        nextCursor: null,
      }),
    );
    renderPage('/claims/orders', '/claims/orders?state=rated', <OrderListPage />);
    const link = await screen.findByRole('link', { name: '家电维修' });
    expect(link.getAttribute('href')).toBe(`/claims/orders/${ORDER_ID}`);
    expect(screen.getByText('国网薛城供电中心')).toBeTruthy();
    expect(api.calls.find((c) => c.url.pathname === '/api/orders')?.url.searchParams.get('state')).toBe('rated');
  });

  it('dispatches an open order to a unit registered with its community, sent with the version', async () => {
    const api = fakeApi(
      me,
      route(
        'GET',
        `/api/orders/${ORDER_ID}`,
        buildOrder({
          allowedActions: [
            { action: 'cancel', required: [], optional: ['reason'] },
            { action: 'dispatch', required: ['unitId'], optional: ['note'] },
          ],
        }),
      ),
      route('GET', '/api/partner-units', { items: [unit], nextCursor: null }),
      route('POST', `/api/orders/${ORDER_ID}/actions`, buildOrder({ state: 'taken', version: 3, takerUnitName: unit.name, takerName: '王小梅' })),
    );
    renderPage('/claims/orders/:id', `/claims/orders/${ORDER_ID}`, <OrderDetailPage />);

    expect(await toolbarButtons('订单操作')).toEqual(['社区派单', '取消订单']);
    await waitFor(() => expect(api.calls.find((c) => c.url.pathname === '/api/partner-units')?.url.searchParams.get('communityId')).toBe('c-qq'));
    fireEvent.click(buttonIn(document, '社区派单'));
    const dialog = await openDialog();
    fireEvent.click(buttonIn(dialog, '确认社区派单'));
    expect(await within(dialog).findByText('请选择服务单位')).toBeTruthy();

    fireEvent.mouseDown(dialog.querySelector('.ant-select-selector')!);
    fireEvent.click(
      await waitFor(() => {
        const hit = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.textContent === '国网薛城供电中心（联络员 王小梅）');
        if (!hit) throw new Error('no unit option');
        return hit;
      }),
    );
    fireEvent.click(buttonIn(dialog, '确认社区派单'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'dispatch', expectedVersion: 2, unitId: unit.id });
  });
});
