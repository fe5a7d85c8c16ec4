import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { h5EntryRoutes } from '../app/h5-entry-routes';
import { createQueryClient } from '../app/query-client';
import { buildMe, fakeApi, route } from '../test/fake-api';
import { leaveFor } from './shell-api';

vi.mock('./shell-api', async (original) => ({ ...(await original<typeof import('./shell-api')>()), leaveFor: vi.fn() }));

function renderH5Entry(path: string) {
  const router = createMemoryRouter(h5EntryRoutes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

// The light phone entry (h5.html) without antd: its own session check and home.
describe('H5 entry', { timeout: 60_000 }, () => {
  it('sends a phone without a session to its own login page in this entry, remembering the page', async () => {
    vi.mocked(leaveFor).mockClear();
    fakeApi(route('GET', '/api/me', { code: 'UNAUTHENTICATED', message: '请先登录' }, 401));
    const router = renderH5Entry('/h5/points?tab=1');
    expect(await screen.findByRole('tab', { name: '验证码登录' }, { timeout: 30_000 })).toBeTruthy();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(`/h5/login?next=${encodeURIComponent('/h5/points?tab=1')}`);
    // No full page load to the console's login page and its antd bundle.
    expect(leaveFor).not.toHaveBeenCalled();
  });

  it('checks the session with GET /api/session, which answers 200 without one', async () => {
    const api = fakeApi(route('GET', '/api/session', { me: null }));
    const router = renderH5Entry('/h5');
    await waitFor(() => expect(router.state.location.pathname).toBe('/h5/login'));
    expect(api.calls.some((c) => c.url.pathname === '/api/me')).toBe(false);
  });

  it('shows a resident the home tiles and the unread count', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['resident'])), route('GET', '/api/notifications', { items: [], unread: 2, nextCursor: null }));
    renderH5Entry('/h5');
    expect(await screen.findByText('我要反映', {}, { timeout: 30_000 })).toBeTruthy();
    expect(await screen.findByRole('button', { name: '消息，2条未读' })).toBeTruthy();
    expect(screen.queryByText('党员服务')).toBeNull();
  });

  it('leaves the entry with a full page load for an address outside /h5', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['resident'])));
    renderH5Entry('/claims/wishes?x=1');
    await waitFor(() => expect(leaveFor).toHaveBeenCalledWith('/claims/wishes?x=1'));
  });
});
