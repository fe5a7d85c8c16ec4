import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { h5EntryRoutes } from '../app/h5-entry-routes';
import { createQueryClient } from '../app/query-client';
import { buildMe, fakeApi, route } from '../test/fake-api';
import { afterH5Login } from './H5LoginPage';
import { leaveFor } from './shell-api';

vi.mock('./shell-api', async (original) => ({ ...(await original<typeof import('./shell-api')>()), leaveFor: vi.fn() }));

function renderLogin(next: string) {
  const router = createMemoryRouter(h5EntryRoutes, { initialEntries: [`/h5/login?next=${encodeURIComponent(next)}`] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the phone login page (h5.html, no antd)', { timeout: 60_000 }, () => {
  it('signs a resident in with a texted code and returns to the page it came from', async () => {
    const resident = buildMe(['resident']);
    let signedIn = false;
    const api = fakeApi(
      (url, init) => (url.pathname === '/api/session' ? { body: { me: signedIn ? resident : null } } : init?.method === 'POST' ? undefined : undefined),
      route('POST', '/api/auth/otp/send', { ok: true }),
      (url, init) => (init?.method === 'POST' && url.pathname === '/api/auth/otp/login' ? ((signedIn = true), { body: resident }) : undefined),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
    );
    const router = renderLogin('/h5');
    await screen.findByLabelText('手机号', {}, { timeout: 30_000 });
    type('手机号', '13800000001');
    fireEvent.click(await screen.findByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('验证码已发送，请注意查收短信')).toBeTruthy();
    expect(screen.getByRole('button', { name: /秒后重发/ })).toHaveProperty('disabled', true);
    type('验证码', '123456');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/h5'));
    expect(await screen.findByText('我要反映', {}, { timeout: 30_000 })).toBeTruthy();
    const posts = api.calls.filter((c) => c.method === 'POST').map((c) => [c.url.pathname, c.body]);
    expect(posts).toEqual([
      ['/api/auth/otp/send', { phone: '13800000001' }],
      ['/api/auth/otp/login', { phone: '13800000001', code: '123456' }],
    ]);
  });

  it('names a bad field before asking the server, and shows the field the server refuses', async () => {
    const api = fakeApi(
      route('GET', '/api/session', { me: null }),
      route('POST', '/api/auth/otp/login', { code: 'VALIDATION_FAILED', message: '验证码错误或已过期', field: 'code' }, 400),
    );
    renderLogin('/h5');
    await screen.findByLabelText('手机号', {}, { timeout: 30_000 });
    type('手机号', '1380000');
    fireEvent.click(await screen.findByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('请输入11位手机号')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    type('手机号', '13800000001');
    type('验证码', '654321');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('验证码错误或已过期')).toBeTruthy();
    expect(screen.getByLabelText('验证码').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends staff who signed in with a password on a phone to the console when no /h5 page waits', async () => {
    vi.mocked(leaveFor).mockClear();
    fakeApi(route('GET', '/api/session', { me: null }), route('POST', '/api/auth/login', buildMe(['gridWorker'])));
    renderLogin('/claims/wishes');
    fireEvent.click(await screen.findByRole('tab', { name: '账号登录' }));
    type('用户名', 'grid-qq1');
    type('密码', 'linli-demo');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(leaveFor).toHaveBeenCalledWith('/'));
  });

  it('returns only to /h5 pages after login', () => {
    const resident = buildMe(['resident']);
    expect(afterH5Login(resident, '/h5/cases/1')).toEqual({ inH5: '/h5/cases/1' });
    expect(afterH5Login(resident, '//evil.example/h5')).toEqual({ inH5: '/h5' });
    expect(afterH5Login(resident, '/h5/login?next=/h5')).toEqual({ inH5: '/h5' });
    expect(afterH5Login(buildMe(['communityStaff']), null)).toEqual({ leave: '/' });
  });
});
