import { LEDGER_EDITOR_ROLES, RESIDENCE_CLAIM_STAFF_ROLES, ROLES } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { activeNavPath, buildMenu } from './nav-items';

const labels = (roles: Parameters<typeof buildMenu>[0]) => buildMenu(roles).map((i) => i.label);

describe('buildMenu', () => {
  it('shows 用户与岗位 and 审计日志 to a system admin and to no other single role', () => {
    for (const role of ROLES) {
      const menu = labels([role]);
      expect(menu.includes('用户与岗位'), role).toBe(role === 'systemAdmin');
      expect(menu.includes('审计日志'), role).toBe(role === 'systemAdmin');
    }
  });

  it('shows 一张表导入 exactly to the ledger editors', () => {
    for (const role of ROLES) {
      expect(labels([role]).includes('一张表导入'), role).toBe(LEDGER_EDITOR_ROLES.includes(role));
    }
  });

  it('shows 住址认证 exactly to the staff who decide residence claims', () => {
    for (const role of ROLES) {
      expect(labels([role]).includes('住址认证'), role).toBe(RESIDENCE_CLAIM_STAFF_ROLES.includes(role));
    }
  });

  it('gives a building lead resident search but not the import, and a user without posts only 工作台', () => {
    expect(labels(['buildingLead'])).toEqual(['工作台', '区域与网格', '居民信息', '党组织']);
    expect(labels([])).toEqual(['工作台']);
  });

  it('combines the pages of several posts in menu order', () => {
    expect(labels(['partyMember', 'gridWorker'])).toEqual([
      '工作台',
      '指挥中心',
      '我的待办',
      '案件列表',
      '登记案件',
      '区域与网格',
      '居民信息',
      '住址认证',
      '一张表导入',
      '党组织',
      '工作日历', // every post that reads the calendar sees it; only admins change it
    ]);
  });

  it('gives the case pages to the area roles, only 我的待办 and 案件列表 to departments, and none to residents', () => {
    for (const role of ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff', 'gridWorker'] as const) {
      expect(
        labels([role]).filter((l) => ['我的待办', '案件列表', '登记案件'].includes(l)),
        role,
      ).toEqual(['我的待办', '案件列表', '登记案件']);
    }
    expect(labels(['departmentStaff'])).toEqual(['工作台', '指挥中心', '我的待办', '案件列表', '区域与网格', '党组织', '工作日历']);
    for (const role of ['resident', 'buildingLead', 'partyMember'] as const) {
      expect(
        labels([role]).some((l) => ['我的待办', '案件列表', '登记案件'].includes(l)),
        role,
      ).toBe(false);
    }
  });
});

describe('activeNavPath', () => {
  it('highlights the page a nested address belongs to', () => {
    const menu = buildMenu(['systemAdmin']);
    expect(activeNavPath('/org/123', menu)).toBe('/org');
    expect(activeNavPath('/residents/abc', menu)).toBe('/residents');
    expect(activeNavPath('/', menu)).toBe('/');
    expect(activeNavPath('/organisation', menu)).toBeUndefined();
    expect(activeNavPath('/cases/todo', menu)).toBe('/cases/todo');
    expect(activeNavPath('/cases/new', menu)).toBe('/cases/new');
    expect(activeNavPath('/cases/0192-abc', menu)).toBe('/cases');
  });
});
