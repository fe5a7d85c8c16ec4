import type { Role } from '@linli/shared';

/** Roles that run volunteer work in the console (the server's VOLUNTEER_STAFF_ROLES). */
export const VOLUNTEER_STAFF_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff'];
