import type { ClaimView, NeedDetail, NeedListItem, WishDetail } from '@linli/shared';
/** The page helpers moved to test/page-helpers; claims tests keep importing them from here. */
export { buttonIn, openDialog, renderPage, toolbarButtons } from '../../test/page-helpers';

const AT = '2026-11-20T02:00:00.000Z';

/** A wish as GET /api/wishes/:id answers it. */
export function buildWish(overrides: Partial<WishDetail> = {}): WishDetail {
  return {
    id: '0192a000-0000-7000-8000-000000000001',
    title: '想要一台收音机',
    state: 'published',
    communityId: 'c-qq',
    communityName: '清泉社区',
    wisherName: '张*兰',
    claimantName: null,
    createdAt: AT,
    version: 1,
    content: '老人眼睛不好，想听广播',
    photos: [],
    claim: null,
    timeline: [],
    allowedActions: [],
    ...overrides,
  };
}

/** A claim as the claims API answers it. */
export function buildClaim(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id: 'claim-1',
    itemKind: 'need',
    itemId: 'need-1',
    itemTitle: '3号楼楼道灯维修',
    state: 'claimed',
    claimantName: '刘志刚',
    claimantUnitName: '国网薛城供电中心',
    claimedAt: AT,
    doneAt: null,
    confirmedAt: null,
    proofNote: null,
    proofPhotos: [],
    rating: null,
    version: 1,
    allowedActions: [],
    ...overrides,
  };
}

/** A need as the needs list answers it. */
export function buildNeedItem(overrides: Partial<NeedListItem> = {}): NeedListItem {
  return {
    id: 'need-1',
    title: '3号楼楼道灯维修',
    domain: 'facilityRepair',
    kind: 'need',
    source: 'resident',
    state: 'open',
    communityId: 'c-qq',
    communityName: '清泉社区',
    claimantUnitName: null,
    createdAt: AT,
    version: 1,
    ...overrides,
  };
}

/** A need as GET /api/needs/:id answers it. */
export function buildNeed(overrides: Partial<NeedDetail> = {}): NeedDetail {
  return {
    ...buildNeedItem(),
    description: '楼道灯坏了两个月，老人晚上上下楼不方便',
    claim: null,
    timeline: [],
    allowedActions: [],
    referral: null,
    ...overrides,
  };
}
