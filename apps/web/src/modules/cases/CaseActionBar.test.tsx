import type { CaseCategoryView, CaseDetail } from '@linli/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildCaseDetail } from './case-factories';

const categories: CaseCategoryView[] = [
  {
    id: 'cat-root',
    parentId: null,
    code: 'C01',
    name: '公用设施',
    kind: 'component',
    version: 'v1',
    urgency: 'normal',
    limitAmount: 2,
    limitClock: 'workingDays',
    defaultDepartment: null,
    active: true,
    sensitive: false,
  },
  {
    id: 'cat-lamp',
    parentId: 'cat-root',
    code: 'C0105',
    name: '路灯',
    kind: 'component',
    version: 'v1',
    urgency: 'normal',
    limitAmount: 2,
    limitClock: 'workingDays',
    defaultDepartment: 'cg',
    active: true,
    sensitive: false,
  },
];

/** The console around the case page: session, empty work list and notifications, the category tree. */
function consoleRoutes(detail: () => { status?: number; body: unknown }) {
  return [
    route('GET', '/api/me', buildMe(['communityStaff'])),
    route('GET', '/api/cases/todo', { items: [], total: 0 }),
    route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
    route('GET', '/api/case-categories', { items: categories }),
    (url: URL, init: RequestInit | undefined) => ((init?.method ?? 'GET') === 'GET' && url.pathname === '/api/cases/case-1' ? detail() : undefined),
  ];
}

// Role queries walk the whole (large) DOM computing roles; the toolbar is found by its attribute instead.
async function toolbar(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const bar = document.querySelector<HTMLElement>('[role="toolbar"][aria-label="案件操作"]');
      if (!bar) throw new Error('no action toolbar yet');
      return bar;
    },
    { timeout: 30_000 },
  );
}

async function toolbarButtons(): Promise<string[]> {
  return [...(await toolbar()).querySelectorAll('button')].map((b) => b.textContent ?? '');
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const hit = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

async function dialog(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const d = document.querySelector<HTMLElement>('.ant-modal-wrap:not([style*="display: none"]) [role="dialog"]');
      if (!d) throw new Error('no dialog yet');
      return d;
    },
    { timeout: 30_000 },
  );
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('case action bar', { timeout: 60_000 }, () => {
  it('shows exactly the allowed actions, the forward step first and highlighted, and register asks for category and tier', async () => {
    const detail = buildCaseDetail({
      state: 'verified',
      allowedActions: [
        { action: 'reject', required: ['reason'], optional: [] },
        { action: 'register', required: ['categoryId', 'tier'], optional: ['note'] },
        { action: 'urge', required: [], optional: ['note'] },
      ],
    });
    fakeApi(...consoleRoutes(() => ({ body: detail })));
    renderApp('/cases/case-1');

    expect(await toolbarButtons()).toEqual(['立案', '督办', '不予受理']);
    const bar = await toolbar();
    expect(button(bar, '立案').className).toContain('ant-btn-primary');
    expect(button(bar, '督办').className).not.toContain('ant-btn-primary');
    expect(button(bar, '不予受理').className).toContain('ant-btn-dangerous');

    fireEvent.click(button(bar, '立案'));
    const form = await dialog();
    // The inputs load with the first form opened.
    expect(await within(form).findByText('案件类别', {}, { timeout: 30_000 })).toBeTruthy();
    expect(within(form).getByText('处置层级')).toBeTruthy();
    expect(within(form).getByText('网格（本网格处置）')).toBeTruthy();
    // A community worker may file at community tier too.
    expect(within(form).getByText('社区').closest('label')?.querySelector('input')?.disabled).toBe(false);
    expect(within(form).queryByText('不予受理原因')).toBeNull();
    expect(within(form).queryByText('问题是否解决')).toBeNull();
  });

  it('asks for solved and satisfaction on a visit and sends them with the version the case was shown at', async () => {
    const detail = buildCaseDetail({
      state: 'checked',
      version: 11,
      allowedActions: [{ action: 'visit', required: ['solved', 'satisfaction'], optional: ['note'] }],
    });
    const after: CaseDetail = { ...detail, state: 'visited', version: 12, solved: true, satisfaction: 'satisfied', allowedActions: [] };
    const api = fakeApi(...consoleRoutes(() => ({ body: detail })), route('POST', '/api/cases/case-1/actions', after));
    renderApp('/cases/case-1');

    expect(await toolbarButtons()).toEqual(['回访']);
    fireEvent.click(button(await toolbar(), '回访'));
    const form = await dialog();
    expect(await within(form).findByText('问题是否解决', {}, { timeout: 30_000 })).toBeTruthy();
    expect(within(form).getByText('满意度')).toBeTruthy();
    expect(within(form).queryByText('案件类别')).toBeNull();

    // Both answers are required: nothing is sent without them.
    fireEvent.click(button(form, '确认回访'));
    expect(await within(form).findByText('请选择问题是否解决')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(within(form).getByText('是'));
    fireEvent.click(within(form).getByText('满意'));
    fireEvent.change(form.querySelector('textarea')!, { target: { value: '路灯已经亮了' } });
    fireEvent.click(button(form, '确认回访'));

    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/cases/case-1/actions');
    expect(post.body).toEqual({ action: 'visit', expectedVersion: 11, solved: true, satisfaction: 'satisfied', note: '路灯已经亮了' });
    // The answer replaces the case: no more actions, state 待结案.
    expect(await screen.findByText('当前没有需要您办理的操作。案件流转到您这里时，操作按钮会出现在这里。')).toBeTruthy();
    expect(screen.getAllByText('待结案').length).toBeGreaterThan(0);
  });

  it('says the case was handled by someone else on a 409 and reloads it', async () => {
    let version = 3;
    const api = fakeApi(
      ...consoleRoutes(() => ({
        body: buildCaseDetail({ state: 'submitted', version, allowedActions: version === 3 ? [{ action: 'accept', required: [], optional: ['note'] }] : [] }),
      })),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/cases/case-1/actions') return undefined;
        version = 4;
        return { status: 409, body: { code: 'CONFLICT', message: '案件已被他人处理，请刷新后重试' } };
      },
    );
    renderApp('/cases/case-1');
    fireEvent.click(button(await toolbar(), '受理'));
    fireEvent.click(button(await dialog(), '确认受理'));

    expect(await screen.findByText(/案件已被他人处理/)).toBeTruthy();
    await screen.findByText('当前没有需要您办理的操作。案件流转到您这里时，操作按钮会出现在这里。');
    expect(api.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/cases/case-1').length).toBeGreaterThanOrEqual(2);
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'accept', expectedVersion: 3 });
  });

  it('marks internal timeline entries 内部 and shows whistled departments with their report state', async () => {
    const detail = buildCaseDetail({
      state: 'dispatched',
      tier: 'street',
      departments: [
        { departmentId: 'd-cg', name: '薛城区城管局', role: 'lead', reportDeadline: '2026-11-23T03:00:00.000Z', reportedAt: '2026-11-23T02:40:00.000Z' },
        { departmentId: 'd-zj', name: '薛城区住建局', role: 'co', reportDeadline: '2026-11-23T03:00:00.000Z', reportedAt: null },
      ],
    });
    fakeApi(...consoleRoutes(() => ({ body: detail })));
    renderApp('/cases/case-1');
    expect(await screen.findByText('薛城区城管局', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('主办')).toBeTruthy();
    expect(screen.getByText('协办')).toBeTruthy();
    expect(screen.getByText(/^已报到/)).toBeTruthy();
    expect(screen.getByText('未报到')).toBeTruthy();
    expect(screen.getAllByText('内部')).toHaveLength(1);
    expect(screen.getByText('138****5678')).toBeTruthy();
  });
});
