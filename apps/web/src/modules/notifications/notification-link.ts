import type { Role } from '@linli/shared';

/** Which pages a notification opens in: the staff console, a partner-unit liaison's console pages, or the phone pages. */
export type LinkArea = 'console' | 'partner' | 'h5';

/**
 * The server links a notice to the item it is about (`/cases/:id`, `/wishes/:id`, `/needs/:id`,
 * `/orders/:id`, `/member-registrations`), not to a page: the same item opens at a different page
 * for staff, for a liaison and on a phone. `null` means no page shows it there.
 */
const PAGES: Record<string, Record<LinkArea, ((id: string) => string) | null>> = {
  cases: { console: (id) => `/cases/${id}`, partner: null, h5: (id) => `/h5/cases/${id}` },
  wishes: { console: (id) => `/claims/wishes/${id}`, partner: null, h5: (id) => `/h5/wishes/${id}` },
  needs: { console: (id) => `/claims/needs/${id}`, partner: (id) => `/partner/needs/${id}`, h5: null },
  orders: { console: (id) => `/claims/orders/${id}`, partner: null, h5: (id) => `/h5/orders/${id}` },
  'member-registrations': { console: () => '/claims/registrations', partner: null, h5: () => '/h5' },
};

/** The area a console user's notices open in: a user whose only console work is their unit's uses the liaison pages. */
export function consoleAreaOf(roles: readonly Role[]): LinkArea {
  return roles.includes('partnerLiaison') && roles.every((r) => r === 'partnerLiaison' || r === 'resident' || r === 'partyMember') ? 'partner' : 'console';
}

/** Where a notification's link leads in `area`, or null when nothing there shows it. */
export function linkFor(link: string | null, area: LinkArea): string | null {
  if (!link || !link.startsWith('/')) return null;
  if (link.startsWith('/h5')) return area === 'h5' ? link : null;
  const m = /^\/([a-z-]+)(?:\/([^/?#]+))?$/.exec(link);
  const page = m ? PAGES[m[1]]?.[area] : undefined;
  if (page === undefined) return area === 'h5' ? null : link;
  return page ? page(m![2] ?? '') : null;
}
