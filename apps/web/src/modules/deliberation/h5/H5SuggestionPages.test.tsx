import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { buildSuggestion, buildSuggestionItem, notifications } from '../deliberation-test-fixtures';

const resident = route('GET', '/api/me', buildMe(['resident']));

describe('我的建议 on the phone', { timeout: 60_000 }, () => {
  it('lists my suggestions with their state, each linking to its progress', async () => {
    fakeApi(
      resident,
      notifications,
      route('GET', '/api/my-suggestions', {
        items: [buildSuggestionItem(), buildSuggestionItem({ id: 'sg-2', title: '小广场装路灯', state: 'tracking', outcome: 'tracked' })],
      }),
    );
    renderApp('/h5/suggestions');
    const link = await screen.findByRole('link', { name: '小广场装路灯' }, { timeout: 30_000 });
    expect(link.getAttribute('href')).toBe('/h5/suggestions/sg-2');
    const rows = [...document.querySelectorAll('.ant-list-item')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('待研判');
    expect(rows[1]).toContain('定期追踪');
  });

  it('says what to do when there are none yet', async () => {
    fakeApi(resident, notifications, route('GET', '/api/my-suggestions', { items: [] }));
    renderApp('/h5/suggestions');
    expect(await screen.findByText('还没有提过建议。在上面写下您对小区的建议，每一步办理都会通知您。', {}, { timeout: 30_000 })).toBeTruthy();
  });

  it('submits a new suggestion from the phone as 居民建议 (source h5)', async () => {
    const api = fakeApi(resident, notifications, route('GET', '/api/my-suggestions', { items: [] }), route('POST', '/api/suggestions', buildSuggestion(), 201));
    renderApp('/h5/suggestions');
    const title = await screen.findByPlaceholderText('如：北门空地建电动车充电棚', {}, { timeout: 30_000 });
    fireEvent.change(title, { target: { value: '北门空地建电动车充电棚' } });
    fireEvent.change(screen.getByPlaceholderText('在哪里、什么问题、您建议怎么办'), { target: { value: '电动车在楼道充电不安全' } });
    fireEvent.click(screen.getByRole('button', { name: '提交建议' }));
    expect(await screen.findByText('建议已提交，社区研判后会告诉您怎么办')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ title: '北门空地建电动车充电棚', content: '电动车在楼道充电不安全', source: 'h5' });
  });

  it('refuses a too-short suggestion before sending it', async () => {
    const api = fakeApi(resident, notifications, route('GET', '/api/my-suggestions', { items: [] }));
    renderApp('/h5/suggestions');
    const title = await screen.findByPlaceholderText('如：北门空地建电动车充电棚', {}, { timeout: 30_000 });
    fireEvent.change(title, { target: { value: '修' } });
    fireEvent.change(screen.getByPlaceholderText('在哪里、什么问题、您建议怎么办'), { target: { value: '修' } });
    fireEvent.click(screen.getByRole('button', { name: '提交建议' }));
    expect(await screen.findByText('请用一句话说明建议')).toBeTruthy();
    expect(screen.getByText('请把建议写具体一些（至少5个字）')).toBeTruthy();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});

describe('建议进度 on the phone', { timeout: 60_000 }, () => {
  it("shows a tracked suggestion's case and where the case stands, and every step", async () => {
    fakeApi(
      resident,
      notifications,
      route(
        'GET',
        '/api/suggestions/sg-1',
        buildSuggestion({
          state: 'tracking',
          outcome: 'tracked',
          caseId: 'c-1',
          caseNo: '20261207000356',
          caseState: 'handling',
          canManage: false,
          allowedActions: [],
          history: [
            { at: '2026-12-01T02:00:00.000Z', action: 'create', fromState: null, toState: 'collected', actorName: '王阿姨', note: null },
            {
              at: '2026-12-03T12:00:00.000Z',
              action: 'track',
              fromState: 'collected',
              toState: 'tracking',
              actorName: '张丽',
              note: '已转为案件 20261207000356',
            },
          ],
        }),
      ),
    );
    renderApp('/h5/suggestions/sg-1');
    expect(await screen.findByText(/已转为案件 20261207000356，案件进度：处置中/, {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('提交建议')).toBeTruthy();
    expect(screen.getByText('定期追踪（转案件）')).toBeTruthy();
    expect([...document.querySelectorAll('.ant-card .ant-tag')].map((t) => t.textContent)).toEqual(['定期追踪', '定期追踪']);
  });

  it("shows a project's progress", async () => {
    fakeApi(
      resident,
      notifications,
      route('GET', '/api/suggestions/sg-1', buildSuggestion({ state: 'project', outcome: 'project', progress: 40, canManage: false, allowedActions: [] })),
    );
    renderApp('/h5/suggestions/sg-1');
    await waitFor(() => expect(document.querySelector('.ant-progress')?.textContent).toContain('40%'), { timeout: 30_000 });
  });

  it("shows a refusal's reason and no case", async () => {
    fakeApi(
      resident,
      notifications,
      route('GET', '/api/suggestions/sg-2', buildSuggestion({ id: 'sg-2', state: 'notAdopted', outcome: 'notAdopted', reason: '该地块为消防通道，不能建棚' })),
    );
    renderApp('/h5/suggestions/sg-2');
    expect(await screen.findByText('理由：该地块为消防通道，不能建棚', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText(/已转为案件/)).toBeNull();
  });
});
