import type { CommunityClaimCounts } from '@linli/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMe, fakeApi, route } from '../../../test/fake-api';
import { renderPage } from '../claims-test-support';
import { ClaimsReportPage } from './ClaimsReportPage';
import { formatRate, formatRating } from './report-format';

const counts: CommunityClaimCounts = {
  needsCollected: 185,
  needsClaimed: 120,
  needsReferred: 15,
  needsDone: 130,
  completionRate: 130 / 185,
  wishesRaised: 12,
  wishesClaimed: 9,
  wishesFulfilled: 7,
  unitsRegistered: 5,
  unitsActive: 3,
  membersRegistered: 17,
  membersActive: 6,
  pointsIssued: 240,
  pointsRedeemed: 60,
  orders: 8,
  ordersRated: 3,
  averageRating: 14 / 3,
};

describe('认领统计', { timeout: 90_000 }, () => {
  it('formats rates as percentages and missing ones as a dash', () => {
    expect(formatRate(130 / 185)).toBe('70.3%');
    expect(formatRate(null)).toBe('—');
    expect(formatRating(14 / 3)).toBe('4.7');
    expect(formatRating(null)).toBe('—');
  });

  it('shows each community with a 合计 row, asks for this month by default, and says when a day had no registrations', async () => {
    const api = fakeApi(
      route('GET', '/api/me', buildMe(['streetOfficer'])),
      route('GET', '/api/claims-stats/communities', {
        from: '2026-11-01',
        to: '2026-11-24',
        rows: [{ communityId: 'c-qq', communityName: '清泉社区', ...counts }],
        totals: counts,
      }),
      route('GET', '/api/claims-stats/domains', { from: '2026-11-01', to: '2026-11-24', rows: [] }),
      route('GET', '/api/claims-reports/daily', { date: '2026-11-23', rows: [], totals: { requested: 0, approved: 0 } }),
      route('GET', '/api/claims-reports/monthly', { month: '2026-11', rows: [] }),
    );
    renderPage('/claims/report', '/claims/report', <ClaimsReportPage />);
    expect(await screen.findByText('清泉社区')).toBeTruthy();
    expect(screen.getByText('合计')).toBeTruthy();
    expect(screen.getAllByText('70.3%')).toHaveLength(2);
    const asked = api.calls.find((c) => c.url.pathname === '/api/claims-stats/communities');
    expect(asked?.url.searchParams.get('from')?.endsWith('-01')).toBe(true);
    fireEvent.click(screen.getByText('日通报与月报'));
    await waitFor(() => expect(screen.getByText(/当天没有在职党员报到申请或审核/)).toBeTruthy());
    expect(await screen.findByText(/当日共\s*0\s*人申请报到/)).toBeTruthy();
  });
});
