import type { Role } from '@linli/shared';

/** Roles that work cases of an area and may enter a case from a channel (登记案件). */
export const CASE_DESK_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker'];

/** Roles with a case work list: the area roles plus functional departments (街道吹哨、部门报到). */
export const CASE_WORK_ROLES: readonly Role[] = [...CASE_DESK_ROLES, 'departmentStaff'];
