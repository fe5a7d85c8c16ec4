import type { OrderDetail } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });
const SERVICE_ID = '0193a8f2-0000-7000-8000-000000000001';

function buildOrder(overrides: Partial<OrderDetail> = {}): OrderDetail {
  return {
    id: 'o-1',
    serviceId: SERVICE_ID,
    serviceTitle: '家电维修',
    communityId: 'node-qq',
    communityName: '清泉社区',
    state: 'ordered',
    ordererName: '王小梅',
    note: '洗衣机不转了',
    takerName: null,
    takerUnitName: null,
    orderedAt: '2026-11-23T02:00:00.000Z',
    rating: null,
    version: 1,
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

function button(name: string): HTMLButtonElement {
  const hit = [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('service orders on the phone', { timeout: 60_000 }, () => {
  it('orders from the service menu with what the resident needs, then shows the order', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['resident'])),
      notifications,
      route('GET', '/api/services', {
        items: [
          {
            id: SERVICE_ID,
            communityId: 'node-qq',
            communityName: '清泉社区',
            title: '家电维修',
            description: '每月第一个周六上午',
            provider: '清泉社区志愿服务队',
            active: true,
          },
        ],
        nextCursor: null,
      }),
      route('POST', '/api/orders', buildOrder(), 201),
      route('GET', '/api/orders/o-1', buildOrder({ allowedActions: [{ action: 'cancel', required: [], optional: ['reason'] }] })),
    );
    renderApp('/h5/services');
    await screen.findByText('家电维修', {}, { timeout: 30_000 });
    fireEvent.click(button('预约'));
    fireEvent.click(button('提交预约'));
    expect(await screen.findByText('请简单说明您的需要')).toBeTruthy();
    fireEvent.change(document.querySelector('textarea#note')!, { target: { value: '洗衣机不转了' } });
    fireEvent.click(button('提交预约'));
    await waitFor(() => expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ serviceId: SERVICE_ID, note: '洗衣机不转了' }));
    expect(await screen.findByText('订单详情')).toBeTruthy();
    expect(await screen.findByText('取消订单')).toBeTruthy();
  });

  it('lets the resident rate a done order only with a rating; nothing else is offered', async () => {
    const done = buildOrder({
      state: 'done',
      version: 3,
      takerName: '周红梅',
      allowedActions: [
        { action: 'rate', required: ['rating'], optional: ['note'] },
        { action: 'sendBack', required: ['reason'], optional: [] },
      ],
    });
    const rated = { ...done, state: 'rated' as const, rating: 5, version: 4, allowedActions: [] };
    let current = done;
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['resident'])),
      notifications,
      (url, init) => ((init?.method ?? 'GET') === 'GET' && url.pathname === '/api/orders/o-1' ? { body: current } : undefined),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/orders/o-1/actions') return undefined;
        current = rated;
        return { body: rated };
      },
    );
    renderApp('/h5/orders/o-1');
    await screen.findByText('洗衣机不转了', {}, { timeout: 30_000 });
    const names = [...document.querySelectorAll('[role="toolbar"][aria-label="订单操作"] button')].map((b) => b.textContent?.replace(/\s/g, ''));
    expect(names).toEqual(['确认评价', '退回重做']);

    fireEvent.click(button('确认评价'));
    fireEvent.click(button('确认并评价'));
    expect(await screen.findByText('请先打分再确认')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(document.querySelectorAll('.ant-rate-star > div')[4]);
    fireEvent.click(button('确认并评价'));
    await waitFor(() => expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'rate', expectedVersion: 3, rating: 5 }));
    expect(await screen.findByText('感谢您的评价')).toBeTruthy();
    expect(await screen.findByLabelText('评分5星')).toBeTruthy();
  });
});
