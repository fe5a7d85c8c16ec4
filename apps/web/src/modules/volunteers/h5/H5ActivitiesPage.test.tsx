import type { ActivityListItem } from '@linli/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

function item(id: string, title: string, overrides: Partial<ActivityListItem>): ActivityListItem {
  return {
    id,
    communityId: 'node-qq',
    communityName: '清泉社区',
    title,
    place: '服务站',
    startsAt: '2026-11-20T01:00:00.000Z',
    endsAt: '2026-11-20T03:00:00.000Z',
    capacity: 10,
    signedUpCount: 3,
    waitlistCount: 0,
    mySignUp: null,
    canSignUp: false,
    ...overrides,
  };
}

function toolbarButtons(title: string): string[] {
  const card = [...document.querySelectorAll('.ant-card')].find((c) => c.querySelector('.ant-card-head-title')?.textContent === title);
  if (!card) throw new Error(`no card ${title}`);
  return [...card.querySelectorAll('[role="toolbar"] button')].map((b) => b.textContent?.replace(/\s/g, '') ?? '');
}

describe('volunteer activities on the phone', { timeout: 60_000 }, () => {
  it('offers sign-up, waitlist sign-up and cancel exactly where the server allows them', async () => {
    const items = [
      item('a-1', '环境整治', { canSignUp: true }),
      item('a-2', '义务理发', { canSignUp: true, capacity: 3 }),
      item('a-3', '敬老义诊', {
        mySignUp: { id: 's-3', state: 'waitlisted', queueNo: 12, waitlistPosition: 2, minutes: null, version: 1, allowedActions: ['cancel'] },
      }),
      item('a-4', '服务站值守', {
        mySignUp: { id: 's-4', state: 'checkedIn', queueNo: 1, waitlistPosition: null, minutes: null, version: 2, allowedActions: [] },
      }),
    ];
    fakeApi(route('GET', '/api/me', buildMe(['partyMember'])), notifications, route('GET', '/api/volunteer-activities', { items, nextCursor: null }));
    renderApp('/h5/volunteer-activities');
    expect(await screen.findByText('环境整治', {}, { timeout: 30_000 })).toBeTruthy();
    expect(toolbarButtons('环境整治')).toEqual(['我要报名']);
    expect(toolbarButtons('义务理发')).toEqual(['报名候补']);
    expect(toolbarButtons('敬老义诊')).toEqual(['取消报名']);
    expect(toolbarButtons('服务站值守')).toEqual([]);
    expect(screen.getByText('您在候补第 2 位，有人取消时自动递补并通知您。')).toBeTruthy();
  });
});
