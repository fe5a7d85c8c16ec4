import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildSuggestion, buildSuggestionItem, notifications } from './deliberation-test-fixtures';

const staff = route('GET', '/api/me', buildMe(['communityStaff']));
/** The open dialog titled `title` (the console keeps its hidden 修改密码 dialog in the page too). */
const modal = (title: string) =>
  waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-modal')].find((m) => m.querySelector('.ant-modal-title')?.textContent === title);
    if (!found) throw new Error(`no dialog ${title}`);
    return found;
  });
const buttonTexts = () => [...document.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s/g, '') ?? '');

describe('居民建议 (console list)', { timeout: 60_000 }, () => {
  it('lists each suggestion with its source, route and state, a running project with its progress', async () => {
    fakeApi(
      staff,
      notifications,
      route('GET', '/api/suggestions', {
        items: [
          buildSuggestionItem(),
          buildSuggestionItem({ id: 'sg-2', title: '改造小广场', source: 'meeting', state: 'project', outcome: 'project', progress: 60 }),
        ],
        nextCursor: null,
      }),
    );
    renderApp('/deliberation/suggestions');
    const link = (await screen.findByText('改造小广场', {}, { timeout: 30_000 })).closest('a')!;
    expect(link.getAttribute('href')).toBe('/deliberation/suggestions/sg-2');
    const rows = [...document.querySelectorAll('.ant-table-row')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('居民建议');
    expect(rows[0]).toContain('待研判');
    expect(rows[1]).toContain('议事会');
    expect(rows[1]).toContain('长期推进 60%');
  });

  it('filters by the meeting a link came from and enters a suggestion from it as 议事会', async () => {
    const api = fakeApi(
      staff,
      notifications,
      route('GET', '/api/suggestions', { items: [], nextCursor: null }),
      route('POST', '/api/suggestions', buildSuggestion({ id: 'sg-3', source: 'meeting' }), 201),
      route('GET', '/api/suggestions/sg-3', buildSuggestion({ id: 'sg-3', source: 'meeting' })),
    );
    renderApp('/deliberation/suggestions?meetingId=11111111-1111-4111-8111-111111111111');
    expect(await screen.findByText('只看这次议事会的建议', {}, { timeout: 30_000 })).toBeTruthy();
    expect(api.calls.find((c) => c.url.pathname === '/api/suggestions')?.url.searchParams.get('meetingId')).toBe('11111111-1111-4111-8111-111111111111');
    fireEvent.click(screen.getByText('登记建议').closest('button')!);
    const dialog = await modal('登记居民建议');
    expect(dialog.textContent).toContain('议事会');
    fireEvent.change(dialog.querySelector('input#title')!, { target: { value: '小广场加装座椅' } });
    fireEvent.change(dialog.querySelector('textarea#content')!, { target: { value: '老人晚上在广场没地方坐' } });
    fireEvent.click([...dialog.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === '登记')!);
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      source: 'meeting',
      meetingId: '11111111-1111-4111-8111-111111111111',
      title: '小广场加装座椅',
    });
  });

  it('says where suggestions come from when there are none', async () => {
    fakeApi(staff, notifications, route('GET', '/api/suggestions', { items: [], nextCursor: null }));
    renderApp('/deliberation/suggestions');
    expect(await screen.findByText(/还没有建议。居民在手机「我的建议」里提交/, {}, { timeout: 30_000 })).toBeTruthy();
  });
});

describe('one suggestion (console)', { timeout: 60_000 }, () => {
  it('offers exactly the outcomes the server allows and sends 定期追踪 with the meeting note', async () => {
    const api = fakeApi(
      staff,
      notifications,
      route('GET', '/api/suggestions/sg-1', buildSuggestion()),
      route(
        'POST',
        '/api/suggestions/sg-1/actions',
        buildSuggestion({ state: 'tracking', outcome: 'tracked', caseId: 'c-1', caseNo: '20261207000356', caseState: 'submitted', allowedActions: [] }),
      ),
    );
    renderApp('/deliberation/suggestions/sg-1');
    await screen.findByText('电动车在楼道充电不安全，建议在北门空地建充电棚', {}, { timeout: 30_000 });
    expect(buttonTexts()).toEqual(expect.arrayContaining(['即办即销', '定期追踪（转案件）', '不予采纳']));
    expect(buttonTexts()).not.toContain('长期推进（立项）');
    fireEvent.click(screen.getByText('定期追踪（转案件）').closest('button')!);
    const dialog = await modal('定期追踪（转案件）');
    expect(dialog.textContent).toContain('将以「议事会」渠道转为案件');
    fireEvent.change(dialog.querySelector('textarea#note')!, { target: { value: '联席会议定：网格牵头' } });
    fireEvent.click([...dialog.querySelectorAll('button')].find((b) => /^(确定|OK)$/.test(b.textContent?.replace(/\s/g, '') ?? ''))!);
    expect(await screen.findByText('已定期追踪（转案件），已通知建议人')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'track', expectedVersion: 1, note: '联席会议定：网格牵头' });
  });

  it('asks for the reason before refusing, and sends nothing without it', async () => {
    const api = fakeApi(staff, notifications, route('GET', '/api/suggestions/sg-1', buildSuggestion()));
    renderApp('/deliberation/suggestions/sg-1');
    fireEvent.click((await screen.findByText('不予采纳', {}, { timeout: 30_000 })).closest('button')!);
    const dialog = await modal('不予采纳');
    expect(dialog.textContent).toContain('理由（会发给建议人）');
    fireEvent.click([...dialog.querySelectorAll('button')].find((b) => /^(确定|OK)$/.test(b.textContent?.replace(/\s/g, '') ?? ''))!);
    expect(await screen.findByText('请填写理由')).toBeTruthy();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('links a tracked suggestion to its case and says it follows the case', async () => {
    fakeApi(
      staff,
      notifications,
      route(
        'GET',
        '/api/suggestions/sg-1',
        buildSuggestion({ state: 'tracking', outcome: 'tracked', caseId: 'c-1', caseNo: '20261207000356', caseState: 'handling', allowedActions: [] }),
      ),
    );
    renderApp('/deliberation/suggestions/sg-1');
    const link = (await screen.findByText('20261207000356', {}, { timeout: 30_000 })).closest('a')!;
    expect(link.getAttribute('href')).toBe('/cases/c-1');
    expect(screen.getByText('转办案件办结后，建议自动办结并通知建议人。')).toBeTruthy();
  });

  it("shows a project's milestones, and no actions to a reader who does not run it", async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['districtOfficer'])),
      notifications,
      route(
        'GET',
        '/api/suggestions/sg-1',
        buildSuggestion({
          state: 'project',
          outcome: 'project',
          progress: 50,
          budgetYuan: 120000,
          deadline: '2027-06-30',
          milestones: [
            { id: 'ms-1', title: '征求居民意见', weight: 1, progress: 100 },
            { id: 'ms-2', title: '施工', weight: 1, progress: 0 },
          ],
          canManage: false,
          allowedActions: [],
        }),
      ),
    );
    renderApp('/deliberation/suggestions/sg-1');
    expect(await screen.findByText('征求居民意见', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText(/预算 120,000 元，期限 2027-06-30/)).toBeTruthy();
    expect(screen.getByText('建议由社区工作人员研判办理。')).toBeTruthy();
    expect(buttonTexts()).not.toContain('更新进度');
  });
});
