import type { Role } from '../auth/roles';
import { postRolesWith } from '../access/role-sets';

/** Roles that run a community's meetings and suggestions in the console (community staff and above), read from the capability table. */
export const DELIBERATION_STAFF_ROLES: readonly Role[] = postRolesWith('deliberationStats', 'read');
