import type { authEndpoints, ResidenceClaimState, ResponseOf } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { MY_RESIDENCE_CLAIM_KEY } from '../modules/auth/residence-claims/residence-claim-key';
import { shellCall } from './shell-api';

/** `GET /api/me/residence-claim` as its contract types it (the shell checks no contracts at run time). */
type MyClaim = ResponseOf<typeof authEndpoints.myResidenceClaim>;

// The shell imports no values from @linli/shared (bundle size), so the card's words are keyed by state here.
const CLAIM_LINES: Record<ResidenceClaimState, (claim: NonNullable<MyClaim['claim']>) => string> = {
  pending: (claim) => `您申请绑定的住址（${claim.communityName} ${claim.address}）正在等待社区审核。`,
  rejected: (claim) => `上次申请未通过：${claim.reason ?? ''}`,
  approved: () => '住址已绑定，请刷新页面。',
};
const LINK_LABELS: Record<ResidenceClaimState, string> = { pending: '查看申请', rejected: '申请绑定住址', approved: '申请绑定住址' };

/** What the card says about the latest claim. */
function claimLine(claim: MyClaim['claim']): string {
  if (!claim) return '绑定住址后可以查看本网格的反映、社区服务和心愿；反映问题不受影响。';
  return CLAIM_LINES[claim.state](claim);
}

/** H5 home card for a pending resident (ADR 0008): no household yet, the state of their claim, and the way to 申请绑定住址. */
export function PendingResidentCard() {
  const { data } = useQuery({
    queryKey: MY_RESIDENCE_CLAIM_KEY,
    queryFn: () => shellCall<typeof authEndpoints.myResidenceClaim>('GET', '/api/me/residence-claim'),
    staleTime: 30_000,
  });
  const claim = data?.claim ?? null;
  return (
    <div className="h5-card h5-card-body h5-row">
      <div>
        <strong>您的账号尚未绑定住址</strong>
        <br />
        <span className="h5-muted">{data ? claimLine(claim) : '正在读取申请状态…'}</span>
      </div>
      <Link to="/h5/residence-claim" className="h5-btn h5-btn-primary">
        {claim ? LINK_LABELS[claim.state] : '申请绑定住址'}
      </Link>
    </div>
  );
}
