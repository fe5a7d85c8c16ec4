import { ROLES } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { activeNavPath, buildMenu } from '../../layout/nav-items';

const labels = (roles: Parameters<typeof buildMenu>[0]) => buildMenu(roles).map((i) => i.label);

describe('claims menu entries', () => {
  it('gives the 共建认领 pages to area staff, 积分规则 only to admins and the district, and none to members or residents', () => {
    for (const role of ROLES) {
      const menu = labels([role]);
      const staff = ['systemAdmin', 'districtOfficer', 'streetOfficer', 'communityStaff'].includes(role);
      expect(menu.includes('微心愿'), role).toBe(staff);
      expect(menu.includes('双报到审核'), role).toBe(staff);
      expect(menu.includes('社区派单'), role).toBe(staff);
      expect(menu.includes('积分规则'), role).toBe(role === 'systemAdmin' || role === 'districtOfficer');
      expect(menu.includes('认领设置'), role).toBe(role === 'systemAdmin' || role === 'districtOfficer');
      expect(menu.includes('社区需求'), role).toBe(role === 'partnerLiaison');
    }
  });

  it('gives a liaison exactly the unit pages under 单位共建', () => {
    const menu = buildMenu(['partnerLiaison']).filter((i) => i.group === '单位共建');
    expect(menu.map((i) => i.label)).toEqual(['社区需求', '我单位的认领', '共建协议']);
  });

  it('highlights the list a detail or form address belongs to', () => {
    const menu = buildMenu(['communityStaff', 'partnerLiaison']);
    expect(activeNavPath('/claims/wishes/new', menu)).toBe('/claims/wishes');
    expect(activeNavPath('/claims/needs/0192-abc', menu)).toBe('/claims/needs');
    expect(activeNavPath('/claims/orders/0192-abc', menu)).toBe('/claims/orders');
    expect(activeNavPath('/partner/needs/0192-abc', menu)).toBe('/partner/needs');
  });
});
