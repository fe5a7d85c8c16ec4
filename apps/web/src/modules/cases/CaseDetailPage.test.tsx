import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { buildCaseDetail } from './case-factories';

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('case detail as a neighbour receives it', { timeout: 60_000 }, () => {
  it('names an anonymous reporter 匿名居民 once and shows the masked timeline', async () => {
    const detail = buildCaseDetail({
      id: 'c-9',
      anonymous: true,
      reporterName: '匿名居民',
      reporterPhoneMasked: null,
      description: '电话[电话已隐去]，楼道灯坏了',
      timeline: [
        {
          id: 'e-1',
          action: 'submit',
          fromState: null,
          toState: 'submitted',
          actorName: '匿名居民',
          at: '2026-11-23T01:00:00.000Z',
          note: null,
          photos: [],
          isPublic: true,
          data: null,
        },
      ],
    });
    fakeApi(
      route('GET', '/api/me', buildMe(['gridWorker'])),
      route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null }),
      route('GET', '/api/cases/c-9', detail),
    );
    renderApp('/cases/c-9');
    expect(await screen.findByText('电话[电话已隐去]，楼道灯坏了', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText('匿名居民（匿名反映）')).toBeNull();
    expect(screen.getAllByText(/匿名居民/).length).toBeGreaterThan(0);
  });
});
