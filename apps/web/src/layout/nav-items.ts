import { ADMIN_ROLES, LEDGER_EDITOR_ROLES, RESIDENT_READER_ROLES, ROLES, type Role } from '@linli/shared';

/** Every role that works in the console (everyone but residents). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'resident');

/** One console page: where it lives, its menu label and who may open it (`null` = everyone signed in). */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[] | null;
}

/** The console pages in menu order; the same table guards the routes. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: '工作台', roles: null },
  { path: '/org', label: '区域与网格', roles: STAFF_ROLES },
  { path: '/residents', label: '居民信息', roles: RESIDENT_READER_ROLES },
  { path: '/import', label: '一张表导入', roles: LEDGER_EDITOR_ROLES },
  { path: '/party', label: '党组织', roles: STAFF_ROLES },
  { path: '/admin/users', label: '用户与岗位', roles: ADMIN_ROLES },
  { path: '/admin/audit', label: '审计日志', roles: ADMIN_ROLES },
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
