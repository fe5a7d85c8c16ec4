import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const noSession = route('GET', '/api/me', { code: 'UNAUTHENTICATED', message: '请先登录' }, 401);

async function fillAndSubmit(username: string, password: string) {
  fireEvent.change(await screen.findByPlaceholderText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByPlaceholderText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('login page', () => {
  it('asks whether someone is signed in without an error: GET /api/session, never a 401 from /api/me', async () => {
    const api = fakeApi(route('GET', '/api/session', { me: null }));
    renderApp('/');
    expect(await screen.findByPlaceholderText('用户名')).toBeTruthy();
    expect(api.calls.some((c) => c.url.pathname === '/api/session')).toBe(true);
    expect(api.calls.some((c) => c.url.pathname === '/api/me')).toBe(false);
  });

  it("shows the server's message when the password is wrong", async () => {
    const api = fakeApi(noSession, route('POST', '/api/auth/login', { code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确' }, 401));
    renderApp('/login');
    await fillAndSubmit('community-qq', 'wrong-password');
    expect(await screen.findByText('用户名或密码不正确')).toBeTruthy();
    expect(api.calls.find((c) => c.url.pathname === '/api/auth/login')?.body).toEqual({ username: 'community-qq', password: 'wrong-password' });
  });

  it('shows the lock message of a locked account', async () => {
    fakeApi(noSession, route('POST', '/api/auth/login', { code: 'ACCOUNT_LOCKED', message: '登录失败次数过多，账号已锁定15分钟' }, 423));
    renderApp('/login');
    await fillAndSubmit('grid-qq1', 'x');
    expect(await screen.findByText('登录失败次数过多，账号已锁定15分钟')).toBeTruthy();
  });

  it('does not call the server when the fields are empty', async () => {
    const api = fakeApi(noSession);
    renderApp('/login');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(api.calls.some((c) => c.url.pathname === '/api/auth/login')).toBe(false);
  });

  it('takes staff to the console and a resident to /h5 after login', async () => {
    fakeApi(noSession, route('POST', '/api/auth/login', buildMe(['communityStaff'])));
    const staff = renderApp('/login');
    await fillAndSubmit('community-qq', 'linli-demo');
    await waitFor(() => expect(staff.router.state.location.pathname).toBe('/'));
    staff.unmount();

    fakeApi(noSession, route('POST', '/api/auth/login', buildMe(['resident'])));
    const resident = renderApp('/login');
    await fillAndSubmit('resident1', 'linli-demo');
    await waitFor(() => expect(resident.router.state.location.pathname).toBe('/h5'));
  });
});
