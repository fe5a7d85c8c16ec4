import type { MeetingDetail } from '@linli/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

function buildMeeting(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
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
    registeredCount: 1,
    waitlistCount: 1,
    attendedCount: 1,
    overdueClose: true,
    myRegistration: null,
    canRegister: false,
    reserved: { buildingLead: 2 },
    agenda: [{ title: '通报上月建议办理情况', minutes: 15 }],
    minutes: null,
    attendingOrganizations: [],
    attendeesCount: null,
    cancelReason: null,
    closedAt: null,
    convenerName: '张丽',
    version: 2,
    canManage: true,
    allowedActions: ['close', 'editAgenda'],
    registrations: [
      {
        id: 'r-1',
        userName: '周红梅',
        state: 'attended',
        seat: 'general',
        queueNo: 1,
        code: 'ABCD2345',
        registeredAt: '2026-12-01T01:00:00.000Z',
        checkedInAt: '2026-12-03T10:55:00.000Z',
        version: 2,
        allowedActions: [],
      },
      {
        id: 'r-2',
        userName: '李秀英',
        state: 'waitlisted',
        seat: null,
        queueNo: 2,
        code: 'EFGH6789',
        registeredAt: '2026-12-01T02:00:00.000Z',
        checkedInAt: null,
        version: 1,
        allowedActions: ['leave'],
      },
    ],
    suggestionCount: 3,
    history: [],
    ...overrides,
  };
}

describe('the meeting page', { timeout: 60_000 }, () => {
  it('shows staff the overdue minutes, the close action, the door codes and leave only where the server allows it', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), notifications, route('GET', '/api/meetings/m-1', buildMeeting()));
    renderApp('/deliberation/meetings/m-1');
    expect(await screen.findByText('李秀英', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('会议已结束，纪要待归档')).toBeTruthy();
    expect(screen.getByText('ABCD2345')).toBeTruthy();
    expect([...document.querySelectorAll('button')].filter((b) => b.textContent?.replace(/\s/g, '') === '取消报名')).toHaveLength(1);
    expect(screen.getByText('归档纪要')).toBeTruthy();
    expect(screen.queryByText('登记已召开')).toBeNull();
  });

  it('shows the minutes and no registrations to a reader who does not run the meeting', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['districtOfficer'])),
      notifications,
      route(
        'GET',
        '/api/meetings/m-1',
        buildMeeting({
          canManage: false,
          state: 'closed',
          overdueClose: false,
          allowedActions: [],
          registrations: [],
          minutes: '议定三件事',
          attendingOrganizations: ['小区党支部'],
          attendeesCount: 20,
        }),
      ),
    );
    renderApp('/deliberation/meetings/m-1');
    expect(await screen.findByText('议定三件事', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('报名与签到')).toBeNull();
    expect(screen.getByText('报名、签到和纪要由社区工作人员管理。')).toBeTruthy();
  });
});
