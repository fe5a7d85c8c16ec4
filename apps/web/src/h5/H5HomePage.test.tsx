import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../test/fake-api';
import { renderApp } from '../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('H5 home tiles', { timeout: 60_000 }, () => {
  it('shows a party member their tiles and 我要反映 / 我的反映 (everyone living here may report), no other resident ones', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['partyMember'])), notifications);
    renderApp('/h5');
    expect(await screen.findByText('党员服务', {}, { timeout: 30_000 })).toBeTruthy();
    for (const label of ['微心愿', '我的认领', '我的积分', '积分兑换', '我要反映', '我的反映']) expect(screen.getByText(label)).toBeTruthy();
    expect(screen.queryByText('服务清单')).toBeNull();
    // A party member is not staff: no console prompt.
    expect(screen.queryByText('进入工作台')).toBeNull();
  });

  it('shows both sets of tiles to a resident who is also a party member', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['resident', 'partyMember'])), notifications);
    renderApp('/h5');
    expect(await screen.findByText('党员服务', {}, { timeout: 30_000 })).toBeTruthy();
    for (const label of ['我要反映', '我的反映', '服务清单', '我的心愿', '微心愿', '我的积分']) expect(screen.getByText(label)).toBeTruthy();
    expect(screen.getByText('我要反映').closest('a')?.getAttribute('href')).toBe('/h5/report');
  });

  it("shows a pending resident the card to claim an address, its claim's state, and the tiles to report", async () => {
    const claim = {
      id: 'claim-1',
      userId: 'user-1',
      userDisplayName: '王小梅',
      communityId: 'node-qq',
      communityName: '清泉社区',
      address: '1号楼101',
      state: 'rejected',
      houseId: null,
      reason: '经核实无此住址',
      createdAt: '2026-12-01T08:00:00Z',
      decidedAt: '2026-12-02T08:00:00Z',
    };
    fakeApi(route('GET', '/api/me', buildMe([])), notifications, route('GET', '/api/me/residence-claim', { claim, communities: [] }));
    renderApp('/h5');
    expect(await screen.findByText('您的账号尚未绑定住址', {}, { timeout: 30_000 })).toBeTruthy();
    expect(await screen.findByText(/经核实无此住址/)).toBeTruthy();
    expect(screen.getByText('申请绑定住址').closest('a')?.getAttribute('href')).toBe('/h5/residence-claim');
    expect(screen.getByText('我要反映')).toBeTruthy();
    expect(screen.queryByText('服务清单')).toBeNull();
  });
});
