import type { WishDetail } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const notifications = route('GET', '/api/notifications', { items: [], unread: 0, nextCursor: null });

function buildWish(overrides: Partial<WishDetail> = {}): WishDetail {
  return {
    id: 'w-1',
    title: '想要一台收音机',
    state: 'published',
    communityId: 'node-qq',
    communityName: '清泉社区',
    wisherName: '张**',
    claimantName: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    version: 1,
    content: '老人独居，想听广播',
    photos: [],
    claim: null,
    timeline: [],
    allowedActions: [],
    ...overrides,
  };
}

function button(name: string): HTMLButtonElement {
  const hit = [...document.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

function buttonNames(): string[] {
  return [...document.querySelectorAll('[role="toolbar"][aria-label="心愿操作"] button')].map((b) => b.textContent?.replace(/\s/g, '') ?? '');
}

// Whole-app renders in jsdom are slow on a loaded machine: generous limits, same assertions.
describe('wish pages on the phone', { timeout: 60_000 }, () => {
  it('offers a party member only 认领 on a published wish; a wish taken meanwhile shows the 409 message and reloads', async () => {
    let taken = false;
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['partyMember'])),
      notifications,
      (url, init) =>
        (init?.method ?? 'GET') === 'GET' && url.pathname === '/api/wishes/w-1'
          ? {
              body: taken
                ? buildWish({ state: 'claimed', claimantName: '李**', version: 2 })
                : buildWish({ allowedActions: [{ action: 'claim', required: [], optional: ['note'] }] }),
            }
          : undefined,
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/wishes/w-1/claim') return undefined;
        taken = true;
        return { status: 409, body: { code: 'ITEM_TAKEN', message: '该心愿已被他人认领' } };
      },
    );
    renderApp('/h5/wishes/w-1');
    expect(await screen.findByText('老人独居，想听广播', {}, { timeout: 30_000 })).toBeTruthy();
    expect(buttonNames()).toEqual(['认领']);

    fireEvent.click(button('认领'));
    expect(await screen.findByText('该心愿已被他人认领')).toBeTruthy();
    // The detail is fetched again and now shows the wish as taken, with nothing left to press.
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/wishes/w-1').length).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(document.querySelector('[role="toolbar"][aria-label="心愿操作"]')).toBeNull());
  });

  it('asks the wisher for a rating before confirming, and sends it with the version', async () => {
    const fulfilled = buildWish({
      state: 'fulfilled',
      version: 3,
      wisherName: '王小梅',
      allowedActions: [
        { action: 'sendBack', required: ['reason'], optional: [] },
        { action: 'confirm', required: ['rating'], optional: ['note'] },
      ],
    });
    const confirmed = { ...fulfilled, state: 'confirmed' as const, version: 4, allowedActions: [] };
    let current = fulfilled;
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['resident'])),
      notifications,
      (url, init) => ((init?.method ?? 'GET') === 'GET' && url.pathname === '/api/wishes/w-1' ? { body: current } : undefined),
      (url, init) => {
        if (init?.method !== 'POST' || url.pathname !== '/api/wishes/w-1/actions') return undefined;
        current = confirmed;
        return { body: confirmed };
      },
    );
    renderApp('/h5/wishes/w-1');
    await screen.findByText('老人独居，想听广播', {}, { timeout: 30_000 });
    // Only what the server allows, the main step first.
    expect(buttonNames()).toEqual(['确认评价', '退回']);

    fireEvent.click(button('确认评价'));
    fireEvent.click(button('确认并评价'));
    expect(await screen.findByText('请先打分再确认')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    // The fourth star of the rating.
    fireEvent.click(document.querySelectorAll('.ant-rate-star > div')[3]);
    fireEvent.click(button('确认并评价'));
    await waitFor(() => expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'confirm', expectedVersion: 3, rating: 4 }), {
      timeout: 20_000,
    });
    expect(await screen.findByText('感谢您的评价', {}, { timeout: 20_000 })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[role="toolbar"][aria-label="心愿操作"]')).toBeNull());
  });

  it('needs a photo before a member can submit a fulfilment', async () => {
    const claimed = buildWish({
      state: 'claimed',
      version: 2,
      allowedActions: [
        { action: 'start', required: [], optional: ['note'] },
        { action: 'release', required: [], optional: ['reason'] },
        { action: 'fulfil', required: ['photos'], optional: ['note'] },
      ],
    });
    const api = fakeApi(route('GET', '/api/me', buildMe(['partyMember'])), notifications, route('GET', '/api/wishes/w-1', claimed));
    renderApp('/h5/wishes/w-1');
    await screen.findByText('老人独居，想听广播', {}, { timeout: 30_000 });
    expect(buttonNames()).toEqual(['开始办理', '圆梦上传', '放弃认领']);

    fireEvent.click(button('圆梦上传'));
    fireEvent.click(button('提交圆梦'));
    expect(await screen.findByText('请上传至少一张照片')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
