import type { Role } from '@linli/shared';

/**
 * Who may open 指挥中心: every post that handles cases in the area tree or a department (DOMAIN
 * §11). The server scopes the figures to the caller's own subtree or department.
 */
export const DASHBOARD_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker', 'departmentStaff'];
