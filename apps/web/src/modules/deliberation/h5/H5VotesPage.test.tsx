import type { VoteView } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

const vote = (overrides: Partial<VoteView>): VoteView => ({
  id: 'v-1',
  meetingId: 'm-1',
  meetingTitle: '清泉社区小区联席会（12月03日）',
  motion: '同意在5号楼北侧增设非机动车停放区',
  method: 'phone',
  quorumPercent: 50,
  state: 'open',
  openedAt: '2026-12-03T11:30:00.000Z',
  closedAt: null,
  tally: null,
  myChoice: null,
  canVote: true,
  version: 2,
  allowedActions: [],
  ...overrides,
});

/** `GET /api/meeting-votes?state=…`: the open ones, or the closed ones. */
const votesByState = (open: VoteView[], closed: VoteView[]) => (url: URL, init: RequestInit | undefined) =>
  (init?.method ?? 'GET') === 'GET' && url.pathname === '/api/meeting-votes'
    ? { body: { items: url.searchParams.get('state') === 'closed' ? closed : open } }
    : undefined;

describe('现场表决 on the phone', { timeout: 60_000 }, () => {
  it('lets a checked-in attendee tap a choice, sends a show of hands to the room, and shows the results of votes they took part in', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['partyMember'])),
      notifications,
      votesByState(
        [vote({}), vote({ id: 'v-2', motion: '同意每月第一个周六开展楼道清扫', method: 'hands', canVote: false })],
        [
          vote({
            id: 'v-0',
            motion: '同意推选王秀兰为2号楼楼长',
            state: 'closed',
            myChoice: 'yes',
            canVote: false,
            tally: { yes: 2, no: 0, abstain: 1, present: 3, cast: 3, quorumNeeded: 2, quorumMet: true, passed: true },
          }),
        ],
      ),
      route('POST', '/api/meeting-votes/v-1/ballot', vote({ myChoice: 'yes' })),
    );
    renderApp('/h5/votes');
    expect(await screen.findByText('同意在5号楼北侧增设非机动车停放区', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('本项为现场举手表决，请在会场举手。')).toBeTruthy();
    expect(await screen.findByText('我参加的表决结果')).toBeTruthy();
    expect(screen.getByText('我投了「同意」')).toBeTruthy();
    expect(screen.getByText('同意 2 · 反对 0 · 弃权 1；到会 3 人，投票 3 人')).toBeTruthy();
    fireEvent.click(screen.getByText('反对'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')).toMatchObject({
      url: expect.objectContaining({ pathname: '/api/meeting-votes/v-1/ballot' }),
      body: { choice: 'no' },
    });
  });

  it('tells an attendee who has not checked in to check in first', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['resident'])), notifications, votesByState([vote({ canVote: false })], []));
    renderApp('/h5/votes');
    expect(await screen.findByText('签到后才能投票。请先到会场扫码签到。', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('弃权')).toBeNull();
  });
});
