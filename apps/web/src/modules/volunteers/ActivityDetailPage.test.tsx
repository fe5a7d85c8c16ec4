import type { ActivityDetail, SignUpRowView } from '@linli/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { checkinUrl } from './CheckinQrPage';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

function row(queueNo: number, state: SignUpRowView['state'], allowedActions: SignUpRowView['allowedActions']): SignUpRowView {
  return {
    id: `s-${queueNo}`,
    userName: `党员${queueNo}`,
    state,
    queueNo,
    signedUpAt: '2026-11-16T01:00:00.000Z',
    checkInAt: null,
    checkOutAt: null,
    minutes: null,
    version: 1,
    allowedActions,
  };
}

function buildActivity(overrides: Partial<ActivityDetail> = {}): ActivityDetail {
  return {
    id: 'a-1',
    communityId: 'node-qq',
    communityName: '清泉社区',
    title: '红色星期五 环境整治',
    place: '清泉社区党群服务站',
    startsAt: '2026-11-20T01:00:00.000Z',
    endsAt: '2026-11-20T03:00:00.000Z',
    capacity: 1,
    signedUpCount: 1,
    waitlistCount: 1,
    mySignUp: null,
    canSignUp: false,
    description: '',
    canManage: true,
    signUps: [row(1, 'checkedIn', []), row(2, 'waitlisted', ['cancel'])],
    ...overrides,
  };
}

const cancelButtons = () => [...document.querySelectorAll('button')].filter((b) => b.textContent?.replace(/\s/g, '') === '取消报名');

describe('the staff activity page', { timeout: 60_000 }, () => {
  it('offers the QR screen and cancel only on sign-ups that allow it', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), notifications, route('GET', '/api/volunteer-activities/a-1', buildActivity()));
    renderApp('/volunteers/activities/a-1');
    expect(await screen.findByText('党员2', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('签到二维码')).toBeTruthy();
    expect(cancelButtons()).toHaveLength(1);
    expect(screen.getByText('候补')).toBeTruthy();
  });

  it('shows neither the list nor the QR screen to staff who do not manage the activity', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['districtOfficer'])),
      notifications,
      route('GET', '/api/volunteer-activities/a-1', buildActivity({ canManage: false, signUps: [] })),
    );
    renderApp('/volunteers/activities/a-1');
    expect(await screen.findByText('清泉社区党群服务站', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('签到二维码')).toBeNull();
    expect(screen.queryByText('报名名单')).toBeNull();
  });

  it('shows a QR code that lands on the H5 check-in page with the signed token', async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      notifications,
      route('GET', '/api/volunteer-activities/a-1/checkin-token', {
        token: 'a-1.in.1800000000000.sig',
        kind: 'in',
        expiresAt: '2026-11-20T01:02:00.000Z',
        activityTitle: '红色星期五 环境整治',
      }),
    );
    renderApp('/volunteers/activities/a-1/qr');
    expect(await screen.findByText('红色星期五 环境整治 · 签到', {}, { timeout: 30_000 })).toBeTruthy();
    const qr = document.querySelector('svg[aria-label="签到二维码"]');
    expect(qr?.querySelectorAll('path').length).toBeGreaterThan(0);
    expect(checkinUrl('a-1.in.1800000000000.sig')).toBe(`${window.location.origin}/h5/volunteer-checkin?t=a-1.in.1800000000000.sig`);
  });
});
