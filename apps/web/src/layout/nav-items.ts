import { ADMIN_ROLES, HOTLINE_STAFF_ROLES, LEDGER_EDITOR_ROLES, RESIDENCE_CLAIM_STAFF_ROLES, RESIDENT_READER_ROLES, ROLES, type Role } from '@linli/shared';
import { DASHBOARD_ROLES } from '../modules/cases/stats/dashboard-roles';
import { CASE_DESK_ROLES, CASE_WORK_ROLES } from '../modules/cases/case-roles';
import { CLAIM_SETTING_ROLES, CLAIMS_STAFF_ROLES, LIAISON_ROLES, POINT_ADMIN_ROLES } from '../modules/claims/claims-roles';
import { VOLUNTEER_STAFF_ROLES } from '../modules/volunteers/volunteer-roles';

/** Every role that works in the console (everyone but residents). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'resident');

/** One console page: where it lives, its menu label, who may open it (`null` = everyone signed in) and its menu group. */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[] | null;
  /** Items with the same group sit together under one submenu. */
  group?: string;
}

/** The console pages in menu order; the same table guards the routes. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: '工作台', roles: null },
  { path: '/dashboard', label: '指挥中心', roles: DASHBOARD_ROLES },
  { path: '/cases/todo', label: '我的待办', roles: CASE_WORK_ROLES, group: '案件办理' },
  { path: '/cases', label: '案件列表', roles: CASE_WORK_ROLES, group: '案件办理' },
  { path: '/cases/new', label: '登记案件', roles: CASE_DESK_ROLES, group: '案件办理' },
  { path: '/hotline/top', label: '投诉小区排名', roles: HOTLINE_STAFF_ROLES, group: '12345热线' },
  { path: '/hotline/import', label: '12345工单导入', roles: HOTLINE_STAFF_ROLES, group: '12345热线' },
  { path: '/claims/wishes', label: '微心愿', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/needs', label: '需求清单', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/records', label: '认领记录', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/resources', label: '资源清单', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/services', label: '服务清单', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/orders', label: '社区派单', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/units', label: '共建单位', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/registrations', label: '双报到审核', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/point-rules', label: '积分规则', roles: POINT_ADMIN_ROLES, group: '共建认领' },
  { path: '/claims/settings', label: '认领设置', roles: CLAIM_SETTING_ROLES, group: '共建认领' },
  { path: '/claims/rewards', label: '积分兑换', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/meeting', label: '街道联席会', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/claims/report', label: '认领统计', roles: CLAIMS_STAFF_ROLES, group: '共建认领' },
  { path: '/partner/needs', label: '社区需求', roles: LIAISON_ROLES, group: '单位共建' },
  { path: '/partner/claims', label: '我单位的认领', roles: LIAISON_ROLES, group: '单位共建' },
  { path: '/partner/agreements', label: '共建协议', roles: LIAISON_ROLES, group: '单位共建' },
  { path: '/volunteers/activities', label: '志愿活动', roles: VOLUNTEER_STAFF_ROLES, group: '志愿服务' },
  { path: '/volunteers/posts', label: '志愿岗', roles: VOLUNTEER_STAFF_ROLES, group: '志愿服务' },
  { path: '/volunteers/teams', label: '服务队与技能库', roles: VOLUNTEER_STAFF_ROLES, group: '志愿服务' },
  { path: '/volunteers/rotations', label: '轮值日历', roles: VOLUNTEER_STAFF_ROLES, group: '志愿服务' },
  { path: '/volunteers/figures', label: '志愿服务统计', roles: VOLUNTEER_STAFF_ROLES, group: '志愿服务' },
  { path: '/org', label: '区域与网格', roles: STAFF_ROLES },
  { path: '/residents', label: '居民信息', roles: RESIDENT_READER_ROLES },
  { path: '/residence-claims', label: '住址认证', roles: RESIDENCE_CLAIM_STAFF_ROLES },
  { path: '/import', label: '一张表导入', roles: LEDGER_EDITOR_ROLES },
  { path: '/party', label: '党组织', roles: STAFF_ROLES },
  { path: '/admin/users', label: '用户与岗位', roles: ADMIN_ROLES },
  { path: '/admin/audit', label: '审计日志', roles: ADMIN_ROLES },
  { path: '/settings/categories', label: '案件类别', roles: ADMIN_ROLES, group: '系统设置' },
  { path: '/settings/calendar', label: '工作日历', roles: ADMIN_ROLES, group: '系统设置' },
];

/** The menu entries a user with `roles` may see, in menu order. */
export function buildMenu(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === null || item.roles.some((r) => roles.includes(r)));
}

/** The menu entry a location belongs to (longest matching prefix), for highlighting. */
export function activeNavPath(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
