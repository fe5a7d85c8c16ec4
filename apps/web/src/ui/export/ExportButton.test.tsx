import type { ExportJobView } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api/client';
import { fakeApi, route } from '../../test/fake-api';
import { renderPage } from '../../test/page-helpers';
import { exportEndpoints } from '@linli/shared';
import { ExportButton } from './ExportButton';

const job = (over: Partial<ExportJobView>): ExportJobView => ({
  id: '0190d0c4-0000-7000-8000-000000000001',
  kind: 'cases',
  title: '案件列表',
  state: 'running',
  rowsDone: 0,
  rowsTotal: 147_426,
  fileName: null,
  error: null,
  createdAt: '2026-12-06T08:00:00.000Z',
  finishedAt: null,
  expiresAt: null,
  ...over,
});

const request = () => call(exportEndpoints.requestCases, { body: {} });

afterEach(() => vi.unstubAllGlobals());

describe('the shared export button', () => {
  it('follows a large export in 我的导出: progress while written, then 下载 the file', async () => {
    let polls = 0;
    const running = job({ rowsDone: 40_000 });
    const ready = job({ state: 'ready', rowsDone: 147_426, fileName: '案件列表-2026-12-06.xlsx', expiresAt: '2026-12-07T08:00:00.000Z' });
    const api = fakeApi(
      route('POST', '/api/exports/cases', job({}), 201),
      (url, init) => ((init?.method ?? 'GET') === 'GET' && url.pathname === '/api/exports' ? { body: { items: [polls++ < 1 ? running : ready] } } : undefined),
      route('GET', `/api/exports/${running.id}/file`, {}),
    );
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    renderPage('/', '/', <ExportButton target={{ job: request }} />);
    fireEvent.click(screen.getByRole('button', { name: /导出Excel/ }));
    await screen.findByText('已写入 40,000 条，可以先关掉这里继续工作，稍后在“我的导出”下载。');
    expect(document.querySelector('.ant-progress')).toBeTruthy();
    const download = await screen.findByRole('button', { name: /下\s*载/ }, { timeout: 10_000 });
    expect(screen.getByText(/147,426 条全部导出/)).toBeTruthy();
    fireEvent.click(download);
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname === `/api/exports/${running.id}/file`)).toBe(true));
  });

  it('downloads a small export at once, and shows a failed one with its reason and 重试', async () => {
    const failed = job({ state: 'failed', error: '服务器重启，导出中断，请点“重试”重新导出' });
    const api = fakeApi(
      route('POST', '/api/exports/cases', job({ state: 'ready', rowsDone: 12, rowsTotal: 12, fileName: '案件列表-2026-12-06.xlsx' }), 201),
      route('GET', `/api/exports/${failed.id}/file`, {}),
      route('GET', '/api/exports', { items: [failed] }),
      route('POST', `/api/exports/${failed.id}/retry`, job({ state: 'running' }), 201),
    );
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    renderPage('/', '/', <ExportButton target={{ job: request }} />);
    fireEvent.click(screen.getByRole('button', { name: /导出Excel/ }));
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname.endsWith('/file'))).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: '我的导出' }));
    await screen.findByText('服务器重启，导出中断，请点“重试”重新导出');
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.url.pathname.endsWith('/retry'))).toBe(true));
  });

  it('says at once why an export cannot start', async () => {
    fakeApi(route('POST', '/api/exports/cases', { code: 'FORBIDDEN', message: '您的岗位没有此项权限' }, 403));
    renderPage('/', '/', <ExportButton target={{ job: request }} />);
    fireEvent.click(screen.getByRole('button', { name: /导出Excel/ }));
    await screen.findByText('您的岗位没有此项权限');
  });
});
