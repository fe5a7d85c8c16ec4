import type { Role } from '@linli/shared';
import type { ScopePost } from './data-scope';

// Communities sit at the third level of the org tree (district / street / community). Modules that
// let members and residents act "in their community" derive it from a post's path with these.

/** The community path (`/district/street/community/`) at or above a node path, or null above community level. */
export function communityPathOf(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.length >= 3 ? `/${codes.slice(0, 3).join('/')}/` : null;
}

/** Communities of the posts whose role is one of `roles` (a resident's house, a member's community), each once. */
export function communityPathsOf(posts: readonly ScopePost[], roles: readonly Role[]): string[] {
  return [
    ...new Set(
      posts
        .filter((p) => roles.includes(p.role))
        .map((p) => communityPathOf(p.nodePath))
        .filter((p): p is string => p !== null),
    ),
  ];
}
