import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

/** A stand-in for the browser's EventSource that the test can push messages through. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  closed = false;
  constructor(
    readonly url: string,
    readonly init?: { withCredentials?: boolean },
  ) {
    FakeEventSource.last = this;
  }
  close() {
    this.closed = true;
  }
}

const first = { id: 'n-1', title: '案件 20261123000042', body: '张丽：派遣', link: '/cases/c-1', createdAt: '2026-11-23T02:00:00.000Z', read: false };
const pushed = { id: 'n-2', title: '新案件 20261123000043', body: '楼道里堆满了纸箱', link: '/cases/c-2', createdAt: '2026-11-23T03:00:00.000Z', read: false };

/** The stream the page opened (a getter: a plain read after `last = null` narrows to null). */
function stream(): FakeEventSource {
  const source = FakeEventSource.last as FakeEventSource | null;
  if (!source) throw new Error('no notification stream opened');
  return source;
}

function bellLabel(): string | null {
  return document.querySelector('button[aria-label^="消息"]')?.getAttribute('aria-label') ?? null;
}

describe('notification bell', { timeout: 60_000 }, () => {
  it('shows the unread count, pops up a pushed notification, bumps the count, refreshes the work list and opens the link', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    FakeEventSource.last = null;
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['gridWorker'])),
      route('GET', '/api/cases/todo', { items: [], total: 0 }),
      route('GET', '/api/notifications', { items: [first], unread: 1, nextCursor: null }),
      route('POST', '/api/notifications/read', { ok: true }),
    );
    const { router } = renderApp('/');
    await waitFor(() => expect(bellLabel()).toBe('消息，1条未读'), { timeout: 30_000 });
    expect(stream().url).toBe('/api/notifications/stream');
    expect(stream().init?.withCredentials).toBe(true);
    const todoCalls = () => api.calls.filter((c) => c.url.pathname === '/api/cases/todo').length;
    const before = todoCalls();

    act(() => stream().onmessage!({ data: JSON.stringify(pushed) }));
    expect(await screen.findByText('新案件 20261123000043')).toBeTruthy();
    await waitFor(() => expect(bellLabel()).toBe('消息，2条未读'));
    await waitFor(() => expect(todoCalls()).toBeGreaterThan(before));

    fireEvent.click(document.querySelector('button[aria-label^="消息"]')!);
    const item = (await screen.findAllByText('张丽：派遣'))[0];
    fireEvent.click(item.closest('button')!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/c-1'));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ id: 'n-1' });
    await waitFor(() => expect(bellLabel()).toBe('消息，1条未读'));
  });
});
