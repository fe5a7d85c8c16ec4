import type { MeetingDetail, VoteList, VoteView } from '@linli/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

const meeting = (overrides: Partial<MeetingDetail> = {}): MeetingDetail => ({
  id: 'm-1',
  communityId: 'node-qq',
  communityName: '清泉社区',
  seriesId: 's-1',
  kind: 'jointMeeting',
  title: '清泉社区小区联席会（12月03日）',
  place: '同心驿党群服务站',
  startsAt: '2026-12-03T11:00:00.000Z',
  endsAt: '2026-12-03T12:30:00.000Z',
  state: 'held',
  seats: 10,
  registeredCount: 4,
  waitlistCount: 0,
  attendedCount: 4,
  overdueClose: false,
  myRegistration: null,
  canRegister: false,
  reserved: {},
  agenda: [],
  minutes: null,
  attendingOrganizations: [],
  attendeesCount: null,
  cancelReason: null,
  closedAt: null,
  convenerName: '张丽',
  version: 2,
  canManage: true,
  allowedActions: ['close'],
  registrations: [],
  suggestionCount: 0,
  history: [],
  ...overrides,
});

const vote = (overrides: Partial<VoteView>): VoteView => ({
  id: 'v-1',
  meetingId: 'm-1',
  meetingTitle: '清泉社区小区联席会（12月03日）',
  motion: '同意更换3号楼单元门禁',
  method: 'hands',
  quorumPercent: 50,
  state: 'closed',
  openedAt: '2026-12-03T11:30:00.000Z',
  closedAt: '2026-12-03T11:40:00.000Z',
  tally: { yes: 6, no: 3, abstain: 1, present: 12, cast: 10, quorumNeeded: 7, quorumMet: true, passed: true },
  myChoice: null,
  canVote: false,
  version: 4,
  allowedActions: [],
  ...overrides,
});

const heldVotes: VoteList = {
  canCreate: true,
  checkedIn: 4,
  items: [
    vote({}),
    vote({
      id: 'v-2',
      motion: '同意物业停车费上调至每月80元',
      method: 'phone',
      state: 'open',
      closedAt: null,
      tally: { yes: 1, no: 1, abstain: 1, present: 4, cast: 3, quorumNeeded: 3, quorumMet: true, passed: false },
      version: 2,
      allowedActions: ['close'],
    }),
    vote({ id: 'v-3', motion: '同意设立楼道清扫日', state: 'draft', openedAt: null, closedAt: null, tally: null, version: 1, allowedActions: ['open'] }),
  ],
};

describe('the 表决 section of a meeting', { timeout: 60_000 }, () => {
  it('shows staff each result, the running phone count, and opens a draft with the version it saw', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/meetings/m-1', meeting()),
      route('GET', '/api/meetings/m-1/votes', heldVotes),
      route('POST', '/api/meeting-votes/v-3/actions', heldVotes.items[2]),
    );
    renderApp('/deliberation/meetings/m-1');
    expect(await screen.findByText('1. 同意更换3号楼单元门禁', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('同意 6 · 反对 3 · 弃权 1；到会 12 人，投票 10 人')).toBeTruthy();
    expect(screen.getByText('通过')).toBeTruthy();
    expect(screen.getByText('表决中·暂计')).toBeTruthy();
    expect(screen.getByText('同意 1 · 反对 1 · 弃权 1；到会 4 人，投票 3 人')).toBeTruthy();
    expect(screen.getByText('手机投票进行中，已签到 4 人可投，票数每 5 秒自动刷新。')).toBeTruthy();
    expect(screen.getByText('发起表决')).toBeTruthy();
    expect(screen.getAllByText('结束表决')).toHaveLength(1);
    fireEvent.click(screen.getByText('开始表决'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/meeting-votes/v-3/actions')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ action: 'open', expectedVersion: 1 });
  });

  it('is read-only once the minutes are recorded, and the minutes and their print carry the frozen results', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route(
        'GET',
        '/api/meetings/m-1',
        meeting({
          state: 'closed',
          allowedActions: [],
          minutes: '议定两件事',
          attendingOrganizations: ['小区党支部'],
          attendeesCount: 12,
          closedAt: '2026-12-04T02:00:00.000Z',
        }),
      ),
      route('GET', '/api/meetings/m-1/votes', {
        canCreate: false,
        checkedIn: 4,
        items: [
          vote({}),
          vote({
            id: 'v-2',
            motion: '同意在中心广场设置老年助餐点',
            tally: { yes: 4, no: 1, abstain: 0, present: 12, cast: 5, quorumNeeded: 7, quorumMet: false, passed: false },
          }),
        ],
      } satisfies VoteList),
    );
    renderApp('/deliberation/meetings/m-1');
    expect(await screen.findByText('会议已归档，表决结果已随纪要封存，不能再改。', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('发起表决')).toBeNull();
    expect(screen.queryByText('结束表决')).toBeNull();
    expect(screen.queryByText('开始表决')).toBeNull();
    expect(await screen.findByText('表决结果（随纪要封存）')).toBeTruthy();
    expect(screen.getAllByText('未达法定人数（至少 7 人投票）').length).toBeGreaterThan(0);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    fireEvent.click(screen.getByText('打印纪要'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = within(screen.getByTestId('minutes-print'));
    expect(sheet.getByText('议定两件事')).toBeTruthy();
    expect(sheet.getByText('未通过（投票人数不足）')).toBeTruthy();
    expect(sheet.getByText('通过')).toBeTruthy();
    expect(sheet.getByText('同意 6 · 反对 3 · 弃权 1；到会 12 人，投票 10 人')).toBeTruthy();
  });

  it('refuses keyed-in hands beyond those present before asking the server', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/meetings/m-1', meeting()),
      route('GET', '/api/meetings/m-1/votes', {
        canCreate: true,
        checkedIn: 4,
        items: [vote({ state: 'open', closedAt: null, tally: null, version: 2, allowedActions: ['keyIn'] })],
      } satisfies VoteList),
    );
    renderApp('/deliberation/meetings/m-1');
    fireEvent.click(await screen.findByText('录入举手结果', {}, { timeout: 30_000 }));
    const modal = (await screen.findByText('录入举手结果：同意更换3号楼单元门禁')).closest('.ant-modal') as HTMLElement;
    const dialog = within(modal);
    const [present, yes, no, abstain] = [...modal.querySelectorAll('input')];
    expect((present as HTMLInputElement).value).toBe('4');
    fireEvent.change(yes, { target: { value: '3' } });
    fireEvent.change(no, { target: { value: '2' } });
    fireEvent.change(abstain, { target: { value: '0' } });
    fireEvent.click(modal.querySelector('.ant-btn-primary')!);
    expect((await dialog.findAllByText('同意、反对、弃权合计不能超过到会人数')).length).toBeGreaterThan(0);
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
