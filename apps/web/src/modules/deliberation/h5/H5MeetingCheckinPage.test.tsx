import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { notifications } from '../deliberation-test-fixtures';

describe('the phone check-in page a meeting QR opens', { timeout: 60_000 }, () => {
  it('posts the scanned token once and says the registrant is in', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['resident'])),
      notifications,
      route('POST', '/api/meeting-checkins', { meetingId: 'm-1', meetingTitle: '清泉社区小区联席会', userName: '王小梅', at: '2026-12-03T10:58:00.000Z' }),
    );
    renderApp('/h5/meeting-checkin?t=m-1.1800000000000.sig');
    expect(await screen.findByText('签到成功', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('「清泉社区小区联席会」已签到，欢迎参会。')).toBeTruthy();
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({ token: 'm-1.1800000000000.sig' });
  });

  it("shows the server's refusal (a second scan, an expired code) and the way to the door code", async () => {
    fakeApi(
      route('GET', '/api/me', buildMe(['resident'])),
      notifications,
      route('POST', '/api/meeting-checkins', { code: 'CONFLICT', message: '您已签到，不用重复扫码' }, 409),
    );
    renderApp('/h5/meeting-checkin?t=m-1.1800000000000.sig');
    expect(await screen.findByText('签到未成功', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('您已签到，不用重复扫码')).toBeTruthy();
    expect(screen.getByText('查看我的报名码')).toBeTruthy();
  });

  it('says what to scan when opened without a code, and posts nothing', async () => {
    const api = fakeApi(route('GET', '/api/me', buildMe(['resident'])), notifications);
    renderApp('/h5/meeting-checkin');
    expect(await screen.findByText('没有读到二维码', {}, { timeout: 30_000 })).toBeTruthy();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
