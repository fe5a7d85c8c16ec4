import type { CaseDetail, CaseListItem } from '@linli/shared';

// Test factories (DESIGN: factories, not fixtures): a plausible case, changed only where a test cares.

/** A case in lists: 清泉社区第一网格, registered, due in two days. */
export function buildCaseItem(overrides: Partial<CaseListItem> = {}): CaseListItem {
  return {
    id: 'case-1',
    caseNo: '20261123000042',
    title: '3号楼东侧路灯不亮',
    state: 'registered',
    tier: 'grid',
    channel: 'residentApp',
    categoryName: '路灯',
    urgency: 'normal',
    address: '清泉社区第一网格',
    gridName: '清泉社区第一网格',
    submittedAt: '2026-11-23T01:00:00.000Z',
    handlingDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    warning: false,
    overdue: false,
    supporters: 0,
    version: 7,
    ...overrides,
  };
}

/** A case in detail, with a two-entry timeline and no allowed actions unless given. */
export function buildCaseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...buildCaseItem(),
    description: '3号楼东侧路灯连续三个晚上不亮，老人晚上出门不方便',
    photos: [],
    categoryId: null,
    gridId: 'grid-1',
    lat: null,
    lng: null,
    reporterName: '马江宁',
    reporterPhoneMasked: '138****5678',
    anonymous: false,
    assigneeName: null,
    departments: [],
    reworkCount: 0,
    reopenCount: 0,
    urgeCount: 0,
    satisfaction: null,
    solved: null,
    pendingExtension: null,
    mergedIntoId: null,
    closedAt: null,
    timeline: [
      {
        id: 'e-1',
        action: 'submit',
        fromState: null,
        toState: 'submitted',
        actorName: '马江宁',
        at: '2026-11-23T01:00:00.000Z',
        note: null,
        photos: [],
        isPublic: true,
        data: null,
      },
      {
        id: 'e-2',
        action: 'accept',
        fromState: 'submitted',
        toState: 'accepted',
        actorName: '赵磊',
        at: '2026-11-23T02:00:00.000Z',
        note: '已受理',
        photos: [],
        isPublic: false,
        data: null,
      },
    ],
    limits: [],
    allowedActions: [],
    supportedByMe: false,
    ...overrides,
  };
}
