import type { MemberRegistrationView } from '@linli/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { buildClaim, buttonIn, openDialog, renderPage, toolbarButtons } from './claims-test-support';
import { LiaisonClaimsPage } from './LiaisonClaimsPage';
import { RegistrationListPage } from './RegistrationListPage';

function registration(overrides: Partial<MemberRegistrationView> = {}): MemberRegistrationView {
  return {
    id: 'reg-1',
    memberName: '赵国强',
    communityId: 'c-qq',
    communityName: '清泉社区',
    unitName: '区人民法院',
    profession: '法官',
    skills: ['调解'],
    state: 'pending',
    requestedAt: '2026-11-20T02:00:00.000Z',
    decidedAt: null,
    version: 2,
    allowedActions: [
      { action: 'approve', required: [], optional: ['note'] },
      { action: 'reject', required: ['reason'], optional: [] },
    ],
    ...overrides,
  };
}

describe('dual registration approvals', { timeout: 90_000 }, () => {
  it('lists pending requests by default, gives only the allowed decisions, and rejects with the reason', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      route('GET', '/api/member-registrations', {
        items: [registration(), registration({ id: 'reg-2', memberName: '吴春梅', state: 'approved', allowedActions: [] })],
        nextCursor: null,
      }),
      route('POST', '/api/member-registrations/reg-1/actions', registration({ state: 'rejected', allowedActions: [] })),
    );
    renderPage('/claims/registrations', '/claims/registrations', <RegistrationListPage />);
    expect(await toolbarButtons('报到审核：赵国强')).toEqual(['同意报到', '不同意']);
    expect(document.querySelector('[aria-label="报到审核：吴春梅"]')).toBeNull();
    expect(api.calls.find((c) => c.url.pathname === '/api/member-registrations')?.url.searchParams.get('state')).toBe('pending');

    fireEvent.click(buttonIn(document.querySelector('[aria-label="报到审核：赵国强"]')!, '不同意'));
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '经核实不在本社区居住' } });
    fireEvent.click(buttonIn(dialog, '确认不同意'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'reject', expectedVersion: 2, reason: '经核实不在本社区居住' });
  });

  it('says what will appear when nothing waits for approval', async () => {
    fakeApi(route('GET', '/api/me', buildMe(['communityStaff'])), route('GET', '/api/member-registrations', { items: [], nextCursor: null }));
    renderPage('/claims/registrations', '/claims/registrations', <RegistrationListPage />);
    expect(await screen.findByText(/没有待审核的报到申请/)).toBeTruthy();
  });
});

describe('my unit’s claims (liaison)', { timeout: 90_000 }, () => {
  it('asks for only the unit’s own claims and completes one with the required note', async () => {
    const claimed = buildClaim({
      state: 'inProgress',
      version: 5,
      allowedActions: [
        { action: 'complete', required: ['note'], optional: ['photos'] },
        { action: 'release', required: [], optional: ['reason'] },
      ],
    });
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['partnerLiaison'])),
      route('GET', '/api/claims', { items: [claimed], nextCursor: null }),
      route('POST', '/api/claims/claim-1/actions', { ...claimed, state: 'done', version: 6, allowedActions: [] }),
    );
    renderPage('/partner/claims', '/partner/claims', <LiaisonClaimsPage />);
    expect(await toolbarButtons('认领操作：3号楼楼道灯维修')).toEqual(['提交完成', '放弃认领']);
    const list = api.calls.find((c) => c.url.pathname === '/api/claims');
    expect(list?.url.searchParams.get('mine')).toBe('true');
    expect(list?.url.searchParams.get('itemKind')).toBe('need');

    fireEvent.click(buttonIn(document.querySelector('[role="toolbar"]')!, '提交完成'));
    const dialog = await openDialog();
    expect(within(dialog).getByText('完成照片')).toBeTruthy();
    fireEvent.click(buttonIn(dialog, '确认提交完成'));
    expect(await within(dialog).findByText('请填写完成情况')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '已更换6盏声控灯' } });
    fireEvent.click(buttonIn(dialog, '确认提交完成'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'complete', expectedVersion: 5, note: '已更换6盏声控灯' });
  });
});
