import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildCaseItem } from './case-factories';

const noNotifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

function menuBadge(): string | null {
  return document.querySelector('nav[aria-label="主菜单"] .ant-badge sup')?.getAttribute('title') ?? null;
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('my work list', { timeout: 60_000 }, () => {
  it('shows the total of the work list as the menu badge, not just the rows it loaded', async () => {
    const items = [
      {
        ...buildCaseItem({ id: 'c-1', title: '井盖丢失', overdue: true, handlingDeadline: new Date(Date.now() - 3_600_000).toISOString() }),
        nextActions: ['handle' as const],
      },
      { ...buildCaseItem({ id: 'c-2', title: '楼道堆放杂物', state: 'submitted', handlingDeadline: null }), nextActions: ['accept' as const] },
    ];
    fakeApi(route('GET', '/api/me', buildMe(['gridWorker'])), noNotifications, route('GET', '/api/cases/todo', { items, total: 57 }));
    renderApp('/cases/todo');

    await waitFor(() => expect(menuBadge()).toBe('57 件待办'), { timeout: 30_000 });
    expect(await screen.findByText('井盖丢失')).toBeTruthy();
    expect(screen.getByText('楼道堆放杂物')).toBeTruthy();
    expect(screen.getByText('共 57 件待办，先显示最紧急的 2 件')).toBeTruthy();
    // Next steps as Chinese labels, and the overdue case marked.
    expect(screen.getByText('办结')).toBeTruthy();
    expect(screen.getAllByText('受理').length).toBeGreaterThan(0);
    expect(screen.getByText(/^超期 /)).toBeTruthy();
  });

  it('says what will appear when there is nothing to do, with no badge', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), noNotifications, route('GET', '/api/cases/todo', { items: [], total: 0 }));
    renderApp('/cases/todo');
    expect(await screen.findByText('暂无待办，新上报的案件会出现在这里', {}, { timeout: 30_000 })).toBeTruthy();
    expect(menuBadge()).toBeNull();
  });

  it('gives a department 我的待办 and 案件列表 with its badge, but not 登记案件', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['departmentStaff'])), noNotifications, route('GET', '/api/cases/todo', { items: [], total: 3 }));
    renderApp('/');
    await waitFor(() => expect(menuBadge()).toBe('3 件待办'), { timeout: 30_000 });
    const nav = document.querySelector('nav[aria-label="主菜单"]')!;
    expect(nav.textContent).toContain('我的待办');
    expect(nav.textContent).toContain('案件列表');
    expect(nav.textContent).not.toContain('登记案件');
  });

  it('loads the next page of the case list with the cursor and keeps the filters in the request', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['streetOfficer'])),
      noNotifications,
      route('GET', '/api/cases/todo', { items: [], total: 0 }),
      (url) => {
        if (url.pathname !== '/api/cases') return undefined;
        return url.searchParams.get('after') === 'k1'
          ? { body: { items: [buildCaseItem({ id: 'c-2', title: '第二页的案件' })], nextCursor: null } }
          : { body: { items: [buildCaseItem({ id: 'c-1', title: '第一页的案件' })], nextCursor: 'k1' } };
      },
    );
    renderApp('/cases?overdue=true&q=路灯');
    expect(await screen.findByText('第一页的案件', {}, { timeout: 30_000 })).toBeTruthy();
    fireEvent.click(screen.getByText('加载更多').closest('button')!);
    expect(await screen.findByText('第二页的案件')).toBeTruthy();
    expect(screen.getByText('已全部显示')).toBeTruthy();
    const second = api.calls.find((c) => c.url.pathname === '/api/cases' && c.url.searchParams.get('after') === 'k1');
    expect(second?.url.searchParams.get('overdue')).toBe('true');
    expect(second?.url.searchParams.get('q')).toBe('路灯');
  });
});
