import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { stationUrl } from '../../ui/checkin/CheckinQrCard';
import { buildMeeting, notifications } from './deliberation-test-fixtures';

const token = route('GET', '/api/meetings/m-1/checkin-token', {
  token: 'm-1.1800000000000.sig',
  expiresAt: '2026-12-03T10:52:00.000Z',
  meetingTitle: '清泉社区小区联席会（12月03日）',
});

describe('the meeting door station', { timeout: 60_000 }, () => {
  it('shows the rotating QR that opens the phone check-in page, the count and the latest check-ins', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), notifications, route('GET', '/api/meetings/m-1', buildMeeting()), token);
    renderApp('/deliberation/meetings/m-1/checkin');
    expect(await screen.findByText('清泉社区小区联席会（12月03日） · 签到', {}, { timeout: 30_000 })).toBeTruthy();
    expect(document.querySelector('svg[aria-label="签到二维码"] path')).toBeTruthy();
    expect(stationUrl('/h5/meeting-checkin', 'm-1.1800000000000.sig')).toBe(`${window.location.origin}/h5/meeting-checkin?t=m-1.1800000000000.sig`);
    expect(document.querySelector('.ant-statistic')?.textContent).toContain('1/ 2');
    expect(screen.getByRole('list', { name: '最近签到' }).textContent).toContain('周红梅');
    expect(screen.getByRole('list', { name: '最近签到' }).textContent).not.toContain('李秀英');
  });

  it('checks a registrant in by the code staff type', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/meetings/m-1', buildMeeting()),
      token,
      route('POST', '/api/meetings/m-1/check-in', { ...buildMeeting().registrations[1], state: 'attended', checkedInAt: '2026-12-03T10:58:00.000Z' }),
    );
    renderApp('/deliberation/meetings/m-1/checkin');
    const input = await screen.findByPlaceholderText('输入或扫描报名码签到', {}, { timeout: 30_000 });
    fireEvent.change(input, { target: { value: 'efgh6789' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(await screen.findByText('李秀英 已签到')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ code: 'efgh6789' });
  });

  it('has no station for a closed meeting, nor for staff who do not run it', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/meetings/m-1', buildMeeting({ state: 'closed', allowedActions: [] })),
      token,
    );
    renderApp('/deliberation/meetings/m-1/checkin');
    expect(await screen.findByText('这个会议现在不能签到', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('会议已归档或已取消。')).toBeTruthy();
    expect(document.querySelector('svg[aria-label="签到二维码"]')).toBeNull();
  });

  it('tells a reader outside the community that only its staff open the station', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['districtOfficer'])), notifications, route('GET', '/api/meetings/m-1', buildMeeting({ canManage: false })), token);
    renderApp('/deliberation/meetings/m-1/checkin');
    expect(await screen.findByText('只有本社区的工作人员可以打开签到屏。', {}, { timeout: 30_000 })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('svg[aria-label="签到二维码"]')).toBeNull());
  });
});
