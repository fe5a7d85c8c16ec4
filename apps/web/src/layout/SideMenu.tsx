import { Badge, Flex, Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { activeNavPath, MENU_GROUP_ICONS, type NavItem } from './nav-items';

type MenuItem = Required<MenuProps>['items'][number];

/**
 * The console menu built from the user's roles; items sharing a group sit in one open submenu, and
 * `badges` puts a count beside an item (e.g. the work list). Clicking navigates (and closes the
 * phone drawer via `onNavigate`).
 */
export function SideMenu({ items, onNavigate, badges = {} }: { items: readonly NavItem[]; onNavigate?: () => void; badges?: Partial<Record<string, number>> }) {
  const location = useLocation();
  const navigate = useNavigate();
  const active = activeNavPath(location.pathname, items);

  const entries: MenuItem[] = [];
  const groups = new Map<string, MenuItem[]>();
  for (const item of items) {
    const count = badges[item.path] ?? 0;
    const entry: MenuItem = {
      key: item.path,
      icon: item.icon,
      label: count ? (
        <Flex justify="space-between" align="center" gap={8}>
          <span>{item.label}</span>
          <Badge count={count} size="small" title={`${count} 件待办`} />
        </Flex>
      ) : (
        item.label
      ),
    };
    if (!item.group) {
      entries.push(entry);
      continue;
    }
    let children = groups.get(item.group);
    if (!children) {
      children = [];
      groups.set(item.group, children);
      entries.push({ key: `group:${item.group}`, icon: MENU_GROUP_ICONS[item.group], label: item.group, children });
    }
    children.push(entry);
  }

  return (
    <Menu
      mode="inline"
      selectedKeys={active ? [active] : []}
      defaultOpenKeys={[...groups.keys()].map((g) => `group:${g}`)}
      items={entries}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
