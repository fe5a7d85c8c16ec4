import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { buildClaim, buildWish, buttonIn, openDialog, renderPage, toolbarButtons } from './claims-test-support';
import { WishCreatePage } from './WishCreatePage';
import { WishDetailPage } from './WishDetailPage';

const WISH_ID = '0192a000-0000-7000-8000-000000000001';
const me = route('GET', '/api/me', buildMe(['communityStaff']));

function renderWish() {
  return renderPage('/claims/wishes/:id', `/claims/wishes/${WISH_ID}`, <WishDetailPage />);
}

describe('wish detail (staff)', { timeout: 90_000 }, () => {
  it('offers exactly the allowed review actions, and 驳回 asks for the reason and sends it with the version', async () => {
    const pending = buildWish({
      state: 'pendingReview',
      version: 3,
      allowedActions: [
        { action: 'cancel', required: [], optional: ['reason'] },
        { action: 'reject', required: ['reason'], optional: [] },
        { action: 'approve', required: [], optional: ['note'] },
      ],
    });
    const api = fakeApi(
      me,
      route('GET', `/api/wishes/${WISH_ID}`, pending),
      route('POST', `/api/wishes/${WISH_ID}/actions`, { ...pending, state: 'rejected', version: 4, allowedActions: [] }),
    );
    renderWish();

    // Forward step first; nothing the server did not list (no 认领, no 确认评价).
    expect(await toolbarButtons('心愿操作')).toEqual(['审核发布', '驳回', '撤销']);
    fireEvent.click(buttonIn(document, '驳回'));
    const dialog = await openDialog();
    expect(within(dialog).getByText('驳回原因')).toBeTruthy();
    fireEvent.click(buttonIn(dialog, '确认驳回'));
    expect(await within(dialog).findByText('请填写驳回原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '心愿内容含有身份证号，请重新提交' } });
    fireEvent.click(buttonIn(dialog, '确认驳回'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = api.calls.find((c) => c.method === 'POST');
    expect(sent?.body).toEqual({ action: 'reject', expectedVersion: 3, reason: '心愿内容含有身份证号，请重新提交' });
  });

  it('shows the proof of a fulfilled wish and lets staff confirm with a rating or send it back', async () => {
    const fulfilled = buildWish({
      state: 'fulfilled',
      claimantName: '孙秀英',
      claim: buildClaim({
        itemKind: 'wish',
        state: 'done',
        claimantName: '孙秀英',
        claimantUnitName: null,
        proofNote: '已送到老人家中',
        proofPhotos: ['2026/11/0192a000-0000-7000-8000-0000000000aa.jpg'],
        doneAt: '2026-11-21T02:00:00.000Z',
      }),
      allowedActions: [
        { action: 'sendBack', required: ['reason'], optional: [] },
        { action: 'confirm', required: ['rating'], optional: ['note'] },
      ],
    });
    fakeApi(me, route('GET', `/api/wishes/${WISH_ID}`, fulfilled));
    renderWish();

    expect(await toolbarButtons('心愿操作')).toEqual(['确认评价', '退回']);
    expect(screen.getByText('已送到老人家中')).toBeTruthy();
    expect(screen.getByAltText('照片1').getAttribute('src')).toBe('/api/files/2026/11/0192a000-0000-7000-8000-0000000000aa.jpg');
    fireEvent.click(buttonIn(document, '确认评价'));
    const dialog = await openDialog();
    expect(within(dialog).getByText('评分')).toBeTruthy();
    expect(within(dialog).getByText('评价意见')).toBeTruthy();
  });

  it('says there is nothing to do when no action is allowed, and 404 when the wish is outside the area', async () => {
    fakeApi(me, route('GET', `/api/wishes/${WISH_ID}`, buildWish({ state: 'confirmed' })));
    const first = renderWish();
    expect(await screen.findByText('当前没有需要您办理的操作。')).toBeTruthy();
    expect(document.querySelector('[role="toolbar"]')).toBeNull();
    first.unmount();

    fakeApi(me, route('GET', `/api/wishes/${WISH_ID}`, { code: 'NOT_FOUND', message: '心愿不存在' }, 404));
    renderWish();
    expect(await screen.findByText('没有找到这个心愿')).toBeTruthy();
  });
});

describe('登记心愿', { timeout: 90_000 }, () => {
  it('publishes only with the wisher’s consent, for the worker’s own community', async () => {
    const api = fakeApi(me, route('POST', '/api/wishes', buildWish()));
    renderPage('/claims/wishes/new', '/claims/wishes/new', <WishCreatePage />);
    fireEvent.change(await screen.findByPlaceholderText('如：张桂兰'), { target: { value: '张桂兰' } });
    fireEvent.change(screen.getByPlaceholderText('如：想要一台收音机'), { target: { value: '想要一台收音机' } });
    fireEvent.change(screen.getByPlaceholderText(/想要什么、为什么需要/), { target: { value: '老人眼睛不好，想听广播解闷' } });
    expect(await screen.findByText('青秋社区')).toBeTruthy();
    fireEvent.click(buttonIn(document.querySelector('form')!, '发布心愿'));
    expect(await screen.findByText('须经本人同意后才能发布心愿')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByText('已征得心愿人本人同意发布'));
    fireEvent.click(buttonIn(document.querySelector('form')!, '发布心愿'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      title: '想要一台收音机',
      content: '老人眼睛不好，想听广播解闷',
      communityId: 'node-qq',
      beneficiaryName: '张桂兰',
      consent: true,
      photos: [],
    });
  });
});
