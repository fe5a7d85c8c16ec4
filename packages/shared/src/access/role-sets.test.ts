import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles';
import {
  CASE_DESK_ROLES,
  CASE_WORK_ROLES,
  CLAIM_SETTING_ROLES,
  CLAIMS_STAFF_ROLES,
  CONSOLE_ROLES,
  DASHBOARD_ROLES,
  postRolesWith,
  VOLUNTEER_STAFF_ROLES,
} from './role-sets';

const sorted = (roles: readonly string[]) => [...roles].sort();

describe('role sets read from the capability table', () => {
  it('are the sets the web copied from the server before', () => {
    const areaStaff = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff'];
    expect(sorted(CONSOLE_ROLES)).toEqual(sorted(ROLES.filter((r) => r !== 'resident')));
    expect(sorted(CASE_DESK_ROLES)).toEqual(sorted([...areaStaff, 'gridWorker']));
    expect(sorted(CASE_WORK_ROLES)).toEqual(sorted([...areaStaff, 'gridWorker', 'departmentStaff']));
    expect(sorted(DASHBOARD_ROLES)).toEqual(sorted(CASE_WORK_ROLES));
    expect(sorted(CLAIMS_STAFF_ROLES)).toEqual(sorted(areaStaff));
    expect(sorted(VOLUNTEER_STAFF_ROLES)).toEqual(sorted(areaStaff));
    expect(sorted(CLAIM_SETTING_ROLES)).toEqual(sorted(['systemAdmin', 'districtOfficer']));
  });

  it('never name the pending resident, who holds no post', () => {
    expect(postRolesWith('case', 'read')).not.toContain('pendingResident');
    expect(postRolesWith('case', 'read')).toEqual(ROLES);
  });
});
