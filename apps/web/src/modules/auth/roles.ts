import type { MeResponse, Role } from '@linli/shared';

/** The distinct roles of the user's posts. */
export function rolesOf(me: Pick<MeResponse, 'posts'>): Role[] {
  return [...new Set(me.posts.map((p) => p.role))];
}

/** True when the user holds at least one of `allowed`. */
export function hasAnyRole(me: Pick<MeResponse, 'posts'>, allowed: readonly Role[]): boolean {
  return me.posts.some((p) => allowed.includes(p.role));
}

/** Roles served only by the mobile H5 pages: residents, and party members who claim wishes there. */
const H5_ROLES: readonly Role[] = ['resident', 'partyMember'];

/** True for a resident or party member with no staff post, or a pending resident: they get the mobile H5 pages, not the console. */
export function isResidentOnly(me: Pick<MeResponse, 'posts' | 'residentId' | 'pending'>): boolean {
  const staff = me.posts.some((p) => !H5_ROLES.includes(p.role));
  return !staff && (me.residentId !== null || me.posts.length > 0 || me.pending);
}

/** Where a user lands after login: `/h5` for residents only, `/` for staff. */
export function homePathFor(me: Pick<MeResponse, 'posts' | 'residentId' | 'pending'>): string {
  return isResidentOnly(me) ? '/h5' : '/';
}
