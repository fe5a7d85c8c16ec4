import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { NAV_ICONS } from './nav-icons';
import { activeNavPath, type NavItem } from './nav-items';

/** The console menu built from the user's roles; clicking navigates (and closes the phone drawer via `onNavigate`). */
export function SideMenu({ items, onNavigate }: { items: readonly NavItem[]; onNavigate?: () => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  const active = activeNavPath(location.pathname, items);
  return (
    <Menu
      mode="inline"
      selectedKeys={active ? [active] : []}
      items={items.map((item) => ({ key: item.path, icon: NAV_ICONS[item.path], label: item.label }))}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
