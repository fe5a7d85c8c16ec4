import type { MeetingListItem, MyMeetingItem } from '@linli/shared';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { buildMeeting, notifications } from '../deliberation-test-fixtures';

function listed(id: string, title: string, overrides: Partial<MeetingListItem> = {}): MeetingListItem {
  return {
    id,
    communityId: 'node-qq',
    communityName: '清泉社区',
    seriesId: null,
    kind: 'jointMeeting',
    title,
    place: '同心驿党群服务站',
    startsAt: '2026-12-03T11:00:00.000Z',
    endsAt: '2026-12-03T12:30:00.000Z',
    state: 'scheduled',
    seats: 10,
    registeredCount: 4,
    waitlistCount: 0,
    attendedCount: 0,
    overdueClose: false,
    myRegistration: null,
    canRegister: false,
    ...overrides,
  };
}

function mine(title: string, registration: Partial<MyMeetingItem['registration']>): MyMeetingItem {
  return {
    meetingId: 'm-9',
    title,
    kind: 'jointMeeting',
    communityName: '清泉社区',
    place: '同心驿党群服务站',
    startsAt: '2026-12-03T11:00:00.000Z',
    meetingState: 'scheduled',
    registration: {
      id: 'r-9',
      state: 'registered',
      code: 'K7M2Q9XP',
      seat: 'general',
      waitlistPosition: null,
      version: 1,
      allowedActions: ['leave'],
      ...registration,
    },
  };
}

const resident = route('GET', '/api/me', buildMe(['resident']));

describe('议事会 on the phone', { timeout: 60_000 }, () => {
  it('shows my door code as a QR for a seat, and the waiting position without a code', async () => {
    fakeApi(
      resident,
      notifications,
      route('GET', '/api/my-meeting-registrations', {
        items: [mine('十二月联席会', {}), mine('红色议事会', { id: 'r-10', state: 'waitlisted', seat: null, waitlistPosition: 3 })],
      }),
      route('GET', '/api/meetings', { items: [] }),
    );
    renderApp('/h5/meetings');
    expect(await screen.findByText('K7M2Q9XP', {}, { timeout: 30_000 })).toBeTruthy();
    expect(document.querySelectorAll('svg[aria-label="报名码二维码"]')).toHaveLength(1);
    expect(screen.getByText(/候补\s*第 3 位/)).toBeTruthy();
    expect(screen.getByText('近期没有可报名的议事会。社区排期后会出现在这里。')).toBeTruthy();
  });

  it('offers sign-up where the server allows it, leave on my own, nothing on a full meeting I may not join', async () => {
    const api = fakeApi(
      resident,
      notifications,
      route('GET', '/api/my-meeting-registrations', { items: [] }),
      route('GET', '/api/meetings', {
        items: [
          listed('m-1', '十二月联席会', { canRegister: true }),
          listed('m-2', '民声半月谈', {
            myRegistration: {
              id: 'r-2',
              state: 'registered',
              code: 'ABCD2345',
              seat: 'general',
              waitlistPosition: null,
              version: 1,
              allowedActions: ['leave'],
            },
          }),
          listed('m-3', '楼门说事', { canRegister: false }),
        ],
      }),
      route('POST', '/api/meetings/m-1/registrations', {
        ...buildMeeting(),
        myRegistration: { id: 'r-1', state: 'waitlisted', code: 'EFGH6789', seat: null, waitlistPosition: 2, version: 1, allowedActions: ['leave'] },
      }),
    );
    renderApp('/h5/meetings');
    await screen.findByText('十二月联席会', {}, { timeout: 30_000 });
    const buttonsOf = (title: string) =>
      [...([...document.querySelectorAll('.ant-list-item')].find((i) => i.textContent?.includes(title))?.querySelectorAll('button') ?? [])].map((b) =>
        b.textContent?.replace(/\s/g, ''),
      );
    expect(buttonsOf('十二月联席会')).toEqual(['报名']);
    expect(buttonsOf('民声半月谈')).toEqual(['取消报名']);
    expect(buttonsOf('楼门说事')).toEqual([]);
    const signUp = [...document.querySelectorAll('.ant-list-item')].find((i) => i.textContent?.includes('十二月联席会'))!.querySelector('button')!;
    fireEvent.click(signUp);
    expect(await screen.findByText('名额已满，您是候补第 2 位')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/meetings/m-1/registrations')).toBe(true);
  });
});
