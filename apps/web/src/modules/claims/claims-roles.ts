import { ADMIN_ROLES, type Role } from '@linli/shared';

/** Roles that manage wishes, needs, lists and registrations of the communities under their posts (server: CLAIMS_STAFF_ROLES). */
export const CLAIMS_STAFF_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff'];

/** Roles that enter partner units (units work across communities; server: UNIT_ADMIN_ROLES). */
export const UNIT_ADMIN_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer'];

/** Roles that set the points rules (server: POINT_ADMIN_ROLES). */
export const POINT_ADMIN_ROLES: readonly Role[] = [...ADMIN_ROLES, 'districtOfficer'];

/** Roles that set the claims periods 认领设置 (server: SETTING_ADMIN_ROLES in meeting.routes.ts). */
export const CLAIM_SETTING_ROLES: readonly Role[] = [...ADMIN_ROLES, 'districtOfficer'];

/** The partner unit's liaison, who claims needs for the unit. */
export const LIAISON_ROLES: readonly Role[] = ['partnerLiaison'];
