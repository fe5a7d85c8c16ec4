import type { Role } from '../auth/roles';
import { PENDING_RESIDENT, rolesWith, type AccessAction, type RecordKind } from './capabilities';

/** The post roles the capability table lets do `action` with `kind` (the pending resident holds no post, so menus leave it out). */
export function postRolesWith(kind: RecordKind, action: AccessAction): readonly Role[] {
  return rolesWith(kind, action).filter((r): r is Role => r !== PENDING_RESIDENT);
}

// Role sets the web's menus, pages and buttons use; each is read from the capability table where a row says it.

/** Every role that works in the console: every post but the resident's (who may read the area tree). */
export const CONSOLE_ROLES: readonly Role[] = postRolesWith('orgTree', 'read');

/** Roles with a case work list 我的待办 / 案件列表: the area roles plus functional departments answering a whistle. */
export const CASE_WORK_ROLES: readonly Role[] = postRolesWith('caseWork', 'read');

/** Roles that see every case inside their area subtree: the case workers but departments, which see only what reaches them. */
export const CASE_AREA_ROLES: readonly Role[] = CASE_WORK_ROLES.filter((r) => r !== 'departmentStaff');

/** Roles whose holders are staff on the cases they see (names may show, reporters and internal steps too): the case workers. */
export const CASE_STAFF_ROLES: readonly Role[] = CASE_WORK_ROLES;

/** Roles that enter a case from a channel 登记案件: the case workers but departments, which answer whistles and enter none. */
export const CASE_DESK_ROLES: readonly Role[] = CASE_WORK_ROLES.filter((r) => r !== 'departmentStaff');

/** Who may open 指挥中心: whoever may read the case figures (the server scopes them to the caller's subtree or department). */
export const DASHBOARD_ROLES: readonly Role[] = postRolesWith('caseStats', 'read');

/** Roles that run the claims of the communities under their posts (community staff and above): who reads the claims figures. */
export const CLAIMS_STAFF_ROLES: readonly Role[] = postRolesWith('claimsStats', 'read');

/** Roles that set the claims periods 认领设置 and the points rules 积分规则. */
export const CLAIM_SETTING_ROLES: readonly Role[] = postRolesWith('claimSetting', 'write');

/** Roles that enter partner units (units work across communities, so street level and above; the table has no row for it yet). */
export const UNIT_ADMIN_ROLES: readonly Role[] = ['systemAdmin', 'districtOfficer', 'streetOfficer'];

/** The partner unit's liaison, who claims needs for the unit (a post, not a capability row). */
export const LIAISON_ROLES: readonly Role[] = ['partnerLiaison'];

/** Roles that run volunteer work in the console (community staff and above): who runs rotations and reads volunteer figures. */
export const VOLUNTEER_STAFF_ROLES: readonly Role[] = postRolesWith('volunteerRota', 'read');

/** Roles that run people's mediation in the console (area staff and mediators): who reads disputes and committees as staff. */
export const MEDIATION_STAFF_ROLES: readonly Role[] = postRolesWith('mediationStats', 'read');

/** Roles that set up mediation committees (area staff). */
export const COMMITTEE_ADMIN_ROLES: readonly Role[] = postRolesWith('mediationCommittee', 'write');

/** Roles that sit on a community's committee: they see parties' names in full and may reveal a contact (the admin does not). */
export const MEDIATION_COMMITTEE_ROLES: readonly Role[] = ['communityStaff', 'mediator'];
