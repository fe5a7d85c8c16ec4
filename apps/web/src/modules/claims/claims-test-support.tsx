import type { ClaimView, NeedDetail, NeedListItem, WishDetail } from '@linli/shared';
import { configure, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../../app/AppProviders';
import { createQueryClient } from '../../app/query-client';

/**
 * Renders one claims page at `path` (matched by `pattern`) inside the app's providers, without
 * the console around it: whole-app renders cost seconds in jsdom and the menu is tested apart.
 */
export function renderPage(pattern: string, path: string, page: ReactNode) {
  const router = createMemoryRouter(
    [
      { path: pattern, element: page },
      { path: '*', element: <div>其他页面</div> },
    ],
    { initialEntries: [path] },
  );
  return render(
    <AppProviders client={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

// Lazy chunks and antd's first table render take seconds on a loaded machine (2 cores shared by
// every test run): generous waits for the claims tests, same assertions.
configure({ asyncUtilTimeout: 30_000 });

/** The open dialog (antd keeps closed ones in the DOM, hidden). */
export function openDialog(): Promise<HTMLElement> {
  return waitFor(() => {
    const d = document.querySelector<HTMLElement>('.ant-modal-wrap:not([style*="display: none"]) [role="dialog"]');
    if (!d) throw new Error('no dialog yet');
    return d;
  });
}

/** Texts of the buttons of the toolbar labelled `label`. */
export function toolbarButtons(label: string): Promise<string[]> {
  return waitFor(() => {
    const bar = document.querySelector<HTMLElement>(`[role="toolbar"][aria-label="${label}"]`);
    if (!bar) throw new Error(`no toolbar ${label}`);
    return [...bar.querySelectorAll('button')].map((b) => b.textContent ?? '');
  });
}

/** The button whose text is `name` inside `container`. */
export function buttonIn(container: ParentNode, name: string): HTMLButtonElement {
  const hit = [...container.querySelectorAll('button')].find((b) => (b.textContent ?? '').replace(/\s/g, '') === name);
  if (!hit) throw new Error(`no button ${name}`);
  return hit;
}

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
