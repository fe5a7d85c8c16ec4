import type { Role } from '@linli/shared';
import type { LinkArea, NoticeLinkRule } from '../../app/web-module';
import { WEB_MODULES } from '../../app/web-modules';

export type { LinkArea } from '../../app/web-module';

/**
 * The server links a notice to the item it is about (`/cases/:id`, `/wishes/:id`, `/needs/:id`,
 * `/orders/:id`, `/member-registrations`), not to a page: the same item opens at a different page
 * for staff, for a liaison and on a phone. Each module declares the rules of its kinds (`noticeLinks`).
 */
const PAGES: Readonly<Record<string, NoticeLinkRule>> = Object.assign({}, ...WEB_MODULES.map((m) => m.noticeLinks ?? {}));

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
