import type { Role } from '@linli/shared';
import type { ReactNode } from 'react';
import { CONSOLE_MODULES } from '../app/console-modules';
import type { NavItem } from '../app/web-module';
import { SHELL_MENU, SHELL_MENU_GROUPS } from './shell-nav';

export type { NavItem } from '../app/web-module';

/** The console pages of the shell and every module, in menu order; the same table guards the routes. */
export const NAV_ITEMS: readonly NavItem[] = [...SHELL_MENU, ...CONSOLE_MODULES.flatMap((m) => m.menu)].sort((a, b) => a.order - b.order);

/** The icon of each menu group, by group name. */
export const MENU_GROUP_ICONS: Readonly<Record<string, ReactNode>> = Object.assign({}, SHELL_MENU_GROUPS, ...CONSOLE_MODULES.map((m) => m.menuGroups ?? {}));

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
