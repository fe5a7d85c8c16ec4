import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry } from '@linli/shared';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/AppProviders';
import { createQueryClient } from '../../app/query-client';
import { fakeApi, route } from '../../test/fake-api';
import { AuditPage } from './AuditPage';

const entries: AuditEntry[] = [
  {
    id: 'a2',
    at: '2026-12-06T02:00:00.000Z',
    username: 'grid',
    action: 'cases.whistle',
    actionLabel: '案件·吹哨',
    actor: { id: 'u-grid', name: '网格员小李（grid）', post: '网格员 · 清泉社区第一网格' },
    targetType: 'case',
    targetId: 'c-1',
    record: { kind: 'case', kindLabel: '案件', id: 'c-1', label: '20261206000123', note: '3号楼路灯坏了', href: '/cases/c-1' },
    detail: null,
    ip: '10.0.0.8',
  },
  {
    id: 'a1',
    at: '2026-12-06T01:00:00.000Z',
    username: null,
    action: 'auth.otp.sent',
    actionLabel: '发送短信验证码',
    actor: null,
    targetType: null,
    targetId: null,
    record: null,
    detail: { phone: '138****5678' },
    ip: null,
  },
];

function renderPage() {
  return render(
    <AppProviders client={createQueryClient()}>
      <MemoryRouter>
        <AuditPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('audit log page', { timeout: 120_000 }, () => {
  it('shows actions in Chinese, the person with their post, and the record by its number with a link', async () => {
    fakeApi(route('GET', '/api/audit', { items: entries, nextCursor: null }), route('GET', '/api/audit/people', { items: [] }));
    renderPage();
    const row = within((await screen.findByText('案件·吹哨')).closest('tr') as HTMLElement);
    expect(row.getByText('网格员小李（grid）')).toBeTruthy();
    expect(row.getByText('网格员 · 清泉社区第一网格')).toBeTruthy();
    expect(row.getByText('案件')).toBeTruthy();
    expect(row.getByRole('link', { name: '20261206000123' }).getAttribute('href')).toBe('/cases/c-1');
    expect(row.getByText('3号楼路灯坏了')).toBeTruthy();
    expect(screen.queryByText('cases.whistle')).toBeNull();
    const system = within(screen.getByText('发送短信验证码').closest('tr') as HTMLElement);
    expect(system.getByText('系统')).toBeTruthy();
  });

  it('asks the server with the chosen person, action and record', async () => {
    const api = fakeApi(
      route('GET', '/api/audit', { items: entries, nextCursor: null }),
      route('GET', '/api/audit/people', { items: [{ id: 'u-grid', name: '网格员小李（grid）', post: '网格员 · 清泉社区第一网格' }] }),
    );
    renderPage();
    await screen.findByText('案件·吹哨');
    const person = screen.getAllByRole('combobox')[0];
    fireEvent.change(person, { target: { value: '小李' } });
    fireEvent.click(await screen.findByText('网格员小李（grid）', { selector: '.ant-select-item-option-content span' }));
    const action = screen.getAllByRole('combobox')[1];
    fireEvent.change(action, { target: { value: '吹哨' } });
    fireEvent.click(await screen.findByTitle('案件·吹哨'));
    fireEvent.change(screen.getByPlaceholderText('案件编号、标题或姓名'), { target: { value: '20261206000123' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname === '/api/audit' && c.url.searchParams.get('userId') === 'u-grid')).toBe(true));
    const asked = api.calls.filter((c) => c.url.pathname === '/api/audit').at(-1)!.url.searchParams;
    expect(asked.get('action')).toBe('cases.whistle');
    expect(asked.get('record')).toBe('20261206000123');
    expect(screen.getByRole('button', { name: /导出Excel/ })).toBeTruthy();
  });
});
