import { orgNodeView, type CaseCategoryView, type OrgNodeView } from '@linli/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { fakeApi, route } from '../../../test/fake-api';
import { CategoriesPage } from './CategoriesPage';
import { buildCategoryTree, filterCategoryTree } from './category-tree';

const ROOT = '0190c000-0000-7000-8000-000000000001';
const LAMP = '0190c000-0000-7000-8000-000000000002';
const COVER = '0190c000-0000-7000-8000-000000000003';

function cat(id: string, parentId: string | null, code: string, name: string, over: Partial<CaseCategoryView> = {}): CaseCategoryView {
  return {
    id,
    parentId,
    code,
    name,
    kind: 'component',
    version: 'GB/T 30428.2-2013',
    urgency: 'normal',
    limitAmount: 2,
    limitClock: 'workingDays',
    defaultDepartment: null,
    active: true,
    sensitive: false,
    ...over,
  };
}

const items = [
  cat(ROOT, null, 'C01', '公用设施', { defaultDepartment: 'cg' }),
  cat(LAMP, ROOT, 'C0105', '路灯'),
  cat(COVER, ROOT, 'C0103', '雨水井盖', { urgency: 'urgent', limitAmount: 2, limitClock: 'urgentHours', defaultDepartment: 'zj' }),
];

const node = (over: Partial<OrgNodeView>): OrgNodeView =>
  orgNodeView.parse({
    id: 'd1',
    parentId: null,
    kind: 'district',
    code: '370403',
    name: '薛城区',
    path: '/370403/',
    depth: 0,
    gridType: null,
    complexId: null,
    childCount: 6,
    householdCount: null,
    ...over,
  });
const district = node({});
const cgDept = node({
  id: 'd2',
  parentId: 'd1',
  kind: 'department',
  code: '370403-cg',
  name: '薛城区城管局',
  path: '/370403/370403-cg/',
  depth: 1,
  childCount: 0,
});

function renderPage() {
  return render(
    <AppProviders client={createQueryClient()}>
      <MemoryRouter>
        <CategoriesPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('case categories', () => {
  it('builds the tree in server order and filters it keeping ancestors', () => {
    const tree = buildCategoryTree(items);
    expect(tree.map((n) => n.name)).toEqual(['公用设施']);
    expect(tree[0].children?.map((n) => n.name)).toEqual(['路灯', '雨水井盖']);
    const hit = filterCategoryTree(tree, '井盖');
    expect(hit[0].name).toBe('公用设施');
    expect(hit[0].children?.map((n) => n.name)).toEqual(['雨水井盖']);
    expect(filterCategoryTree(tree, 'c0105')[0].children?.map((n) => n.code)).toEqual(['C0105']);
    expect(filterCategoryTree(tree, '不存在')).toEqual([]);
  });

  // Several antd controls render for the first time in this test: slow in jsdom on a busy machine.
  it('shows the classification version and edits a category in place', { timeout: 60_000 }, async () => {
    // A small stateful server: a saved category comes back changed on the next list.
    let current = items;
    const api = fakeApi(
      (url, init) => {
        if (url.pathname === '/api/case-categories' && (init?.method ?? 'GET') === 'GET') return { body: { items: current } };
        if (url.pathname === `/api/case-categories/${LAMP}` && init?.method === 'PUT') {
          current = current.map((c) => (c.id === LAMP ? { ...c, ...(JSON.parse(String(init.body)) as Partial<CaseCategoryView>) } : c));
          return { body: current.find((c) => c.id === LAMP) };
        }
        return undefined;
      },
      (url) => (url.pathname === '/api/org/nodes' && !url.searchParams.get('parentId') ? { body: { items: [district] } } : undefined),
      route('GET', '/api/org/nodes', { items: [cgDept] }),
    );
    renderPage();
    expect(await screen.findByText('公用设施')).toBeTruthy();
    expect(screen.getByText('GB/T 30428.2-2013')).toBeTruthy();
    // Department suffixes are named after the district's departments.
    expect(await screen.findByText('城管局（cg）')).toBeTruthy();

    fireEvent.click(screen.getByText('全部展开'));
    const lampRow = () => within(screen.getByText('C0105').closest('tr') as HTMLElement);
    expect(lampRow().getByText(/沿用上级/)).toBeTruthy();
    expect(within(screen.getByText('C0103').closest('tr') as HTMLElement).getByText('紧急')).toBeTruthy();
    expect(within(screen.getByText('C0103').closest('tr') as HTMLElement).getByText('2 紧急小时')).toBeTruthy();

    fireEvent.click(lampRow().getByRole('button', { name: '编辑 路灯' }));
    fireEvent.change(lampRow().getByLabelText('时限数值'), { target: { value: '1' } });
    fireEvent.click(lampRow().getByRole('switch', { name: '启用' }));
    fireEvent.click(lampRow().getByRole('switch', { name: '敏感类别（不对邻居和开放接口公开）' }));
    fireEvent.click(lampRow().getByRole('button', { name: '保存' }));

    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      name: '路灯',
      urgency: 'normal',
      limitAmount: 1,
      limitClock: 'workingDays',
      // Left empty: the category keeps following its parent's department.
      defaultDepartment: null,
      active: false,
      sensitive: true,
    });
    expect(await screen.findByText('已保存 路灯')).toBeTruthy();
    expect(within(screen.getByText('C0105').closest('tr') as HTMLElement).getByText('停用')).toBeTruthy();
    expect(within(screen.getByText('C0105').closest('tr') as HTMLElement).getByText('敏感')).toBeTruthy();
  });
});
