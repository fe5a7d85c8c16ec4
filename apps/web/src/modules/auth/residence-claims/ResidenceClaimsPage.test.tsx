import type { ResidenceClaimView } from '@linli/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { buttonIn, openDialog, renderPage } from '../../../test/page-helpers';
import { ResidenceClaimsPage } from './ResidenceClaimsPage';

function claim(overrides: Partial<ResidenceClaimView> = {}): ResidenceClaimView {
  return {
    id: 'claim-1',
    userId: 'u-1',
    userDisplayName: '居民5678',
    communityId: 'node-qq',
    communityName: '清泉社区',
    address: '3号楼2单元501室',
    state: 'pending',
    houseId: null,
    reason: null,
    createdAt: '2026-12-01T02:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

describe('住址认证 (residence claims)', { timeout: 90_000 }, () => {
  it('offers 通过 and 驳回 only on pending claims and rejects with the reason written', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['communityStaff'])),
      route('GET', '/api/residence-claims', {
        items: [claim(), claim({ id: 'claim-2', userDisplayName: '居民0001', address: '5号楼101', state: 'rejected', reason: '无此住址' })],
      }),
      route('POST', '/api/residence-claims/claim-1/reject', claim({ state: 'rejected', reason: '经核实无此住址' })),
    );
    renderPage('/residence-claims', '/residence-claims', <ResidenceClaimsPage />);
    expect(await screen.findByText('3号楼2单元501室')).toBeTruthy();
    expect(screen.getByRole('button', { name: '驳回：居民5678' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '驳回：居民0001' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '驳回：居民5678' }));
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '经核实无此住址' } });
    fireEvent.click(buttonIn(dialog.closest('.ant-modal')!, '驳回'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: '经核实无此住址' });
  });
});
