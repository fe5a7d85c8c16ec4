import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const reward = (id: string, name: string, cost: number, stock: number) => ({ id, communityId: 'node-qq', communityName: '清泉社区', name, cost, stock });

function buttonIn(item: Element, name: string): HTMLButtonElement {
  const hit = [...item.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('积分兑换 on the phone', { timeout: 60_000 }, () => {
  it('offers 兑换 only with stock and enough points; a reward that ran out meanwhile says so and stock reloads', async () => {
    let bagStock = 3;
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['partyMember'])),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/points/me', { balance: 20, items: [] }),
      (url, init) =>
        (init?.method ?? 'GET') === 'GET' && url.pathname === '/api/rewards'
          ? { body: { items: [reward('r-bag', '环保购物袋', 10, bagStock), reward('r-towel', '毛巾', 5, 0), reward('r-clean', '家政服务一次', 50, 5)] } }
          : undefined,
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/rewards/r-bag/redeem') return undefined;
        bagStock = 0;
        return { status: 409, body: { code: 'CONFLICT', message: '该奖品已兑完' } };
      },
    );
    renderApp('/h5/rewards');
    await screen.findByText('环保购物袋', {}, { timeout: 30_000 });
    const items = () => [...document.querySelectorAll('[role="list"][aria-label="奖品"] [role="listitem"]')];
    expect(buttonIn(items()[1], '已兑完').disabled).toBe(true);
    expect(buttonIn(items()[2], '积分不足').disabled).toBe(true);

    fireEvent.click(buttonIn(items()[0], '兑换'));
    const confirm = await screen.findByText('用 10 积分兑换「环保购物袋」？');
    fireEvent.click(buttonIn(confirm.closest('.ant-popover')!, '兑换'));
    expect(await screen.findByText('该奖品已兑完', {}, { timeout: 20_000 })).toBeTruthy();
    await waitFor(() => expect(buttonIn(items()[0], '已兑完').disabled).toBe(true), { timeout: 20_000 });
    expect(api.calls.filter((c) => c.url.pathname === '/api/rewards').length).toBeGreaterThanOrEqual(2);
  });
});
