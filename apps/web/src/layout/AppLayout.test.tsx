import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../test/fake-api';
import { renderApp } from '../test/render-app';

async function menu() {
  const nav = (await screen.findAllByRole('navigation', { name: '主菜单' }))[0];
  return within(nav);
}

describe('console layout', () => {
  it('gives a system admin the admin pages and the import', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['systemAdmin'])));
    renderApp('/');
    const m = await menu();
    expect(m.getByText('用户与岗位')).toBeTruthy();
    expect(m.getByText('审计日志')).toBeTruthy();
    expect(m.getByText('一张表导入')).toBeTruthy();
  });

  it('hides the admin pages and the import from a building lead, and shows name and post in the header', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['buildingLead'])));
    renderApp('/');
    const m = await menu();
    expect(m.getByText('居民信息')).toBeTruthy();
    expect(m.queryByText('用户与岗位')).toBeNull();
    expect(m.queryByText('一张表导入')).toBeNull();
    expect(screen.getAllByText('王小梅').length).toBeGreaterThan(0);
    expect(screen.getAllByText('楼长 @ 青秋社区').length).toBeGreaterThan(0);
  });

  it('keeps the side menu in view with a scroll of its own while the page scrolls', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['systemAdmin'])));
    renderApp('/');
    const nav = (await screen.findAllByRole('navigation', { name: '主菜单' }))[0];
    const sider = nav.closest('aside');
    expect(sider).not.toBeNull();
    expect(sider!.style.position).toBe('sticky');
    expect(sider!.style.top).toBe('0px');
    expect(sider!.style.height).toBe('100vh');
    expect(sider!.style.overflowY).toBe('auto');
  });

  it('refuses an admin page to a community worker who types its address', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])));
    renderApp('/admin/users');
    expect(await screen.findByText('没有权限')).toBeTruthy();
  });

  it('sends a visitor without a session to the login page', async () => {
    fakeApi(route('GET', '/api/me', { code: 'UNAUTHENTICATED', message: '请先登录' }, 401));
    const { router } = renderApp('/org');
    expect(await screen.findByPlaceholderText('用户名')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('sends a resident-only user from the console to the H5 page', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['resident'], { hasPassword: false })));
    const { router } = renderApp('/');
    expect(await screen.findByRole('button', { name: /绑定密码/ })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/h5');
    expect(screen.getAllByText('我要反映').length).toBeGreaterThan(0);
  });
});
