import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../test/fake-api';
import { ClaimSettingsPage } from './ClaimSettingsPage';
import { buttonIn, renderPage } from './claims-test-support';

describe('认领设置', { timeout: 90_000 }, () => {
  it('shows each period with its days and saves a changed one', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['districtOfficer'])),
      route('GET', '/api/claim-settings', {
        items: [
          { key: 'claimStartDays', days: 3, updatedAt: null },
          { key: 'meetingAfterDays', days: 15, updatedAt: '2026-11-20T02:00:00.000Z' },
        ],
      }),
      route('PUT', '/api/claim-settings/claimStartDays', { key: 'claimStartDays', days: 5, updatedAt: '2026-11-23T02:00:00.000Z' }),
    );
    renderPage('/claims/settings', '/claims/settings', <ClaimSettingsPage />);
    const input = await screen.findByLabelText('认领后未开始办理自动失效（天）');
    expect(screen.getByText('默认值')).toBeTruthy();
    const row = input.closest('tr')!;
    expect(buttonIn(row, '保存').disabled).toBe(true);
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.click(buttonIn(row, '保存'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ days: 5 });
  });
});
