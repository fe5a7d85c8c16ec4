import type { MeetingNeedItem } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderPage } from '../claims-test-support';
import { JointMeetingPage } from './JointMeetingPage';

const settings = route('GET', '/api/claim-settings', {
  items: [
    { key: 'claimStartDays', days: 3, updatedAt: null },
    { key: 'meetingAfterDays', days: 20, updatedAt: '2026-11-01T00:00:00.000Z' },
  ],
});

function item(overrides: Partial<MeetingNeedItem> = {}): MeetingNeedItem {
  return {
    id: 'n-1',
    title: '小区路灯损坏',
    description: '路灯不亮',
    domain: 'facilityRepair',
    kind: 'need',
    communityId: 'c-qq',
    communityName: '清泉社区',
    createdAt: '2026-10-20T02:00:00.000Z',
    daysOpen: 34,
    version: 1,
    referral: null,
    ...overrides,
  };
}

function meetingList(waiting: MeetingNeedItem[], referred: MeetingNeedItem[]) {
  return (url: URL) =>
    url.pathname === '/api/joint-meeting/needs'
      ? { body: { items: url.searchParams.get('view') === 'referred' ? referred : waiting, nextCursor: null } }
      : undefined;
}

describe('街道联席会', { timeout: 90_000 }, () => {
  it('says when needs arrive, using the configured period, and offers 交办部门 only to the street', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), settings, meetingList([], []));
    const first = renderPage('/claims/meeting', '/claims/meeting', <JointMeetingPage />);
    expect(await screen.findByText(/社区需求发布满 20 天仍无共建单位认领/)).toBeTruthy();
    first.unmount();

    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), settings, meetingList([item()], []));
    const staff = renderPage('/claims/meeting', '/claims/meeting', <JointMeetingPage />);
    expect(await screen.findByText('小区路灯损坏')).toBeTruthy();
    expect(screen.getByText('34 天')).toBeTruthy();
    expect(screen.queryByText('交办部门')).toBeNull();
    staff.unmount();

    fakeApi(route('GET', '/api/me', buildMe(['streetOfficer'])), settings, meetingList([item()], []));
    renderPage('/claims/meeting', '/claims/meeting', <JointMeetingPage />);
    expect(await screen.findByRole('button', { name: '交办部门' })).toBeTruthy();
  });

  it('tracks referred needs by their case: link, department and an overdue tag', async () => {
    const referral = {
      departmentId: 'd-cg',
      departmentName: '城管局',
      caseId: 'case-1',
      caseNo: '20261101000012',
      caseState: 'handling' as const,
      handlingDeadline: '2026-11-10T09:30:00.000Z',
      overdue: true,
      referredAt: '2026-11-01T02:00:00.000Z',
      referredByName: '李晓燕',
      note: null,
    };
    fakeApi(route('GET', '/api/me', buildMe(['streetOfficer'])), settings, meetingList([], [item({ referral })]));
    renderPage('/claims/meeting', '/claims/meeting', <JointMeetingPage />);
    fireEvent.click(await screen.findByText('已交办'));
    const link = await screen.findByRole('link', { name: '20261101000012' });
    expect(link.getAttribute('href')).toBe('/cases/case-1');
    await waitFor(() => expect(screen.getByText('城管局')).toBeTruthy());
    expect(screen.getByText('已超期')).toBeTruthy();
  });
});
