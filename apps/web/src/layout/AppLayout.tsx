import { MenuOutlined } from '@ant-design/icons';
import { CASE_WORK_ROLES, type MeResponse } from '@linli/shared';
import { Badge, Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, useState, type CSSProperties } from 'react';
import { Link, Outlet, ScrollRestoration } from 'react-router-dom';
import { hasAnyRole, rolesOf } from '../modules/auth/roles';
import { caseKeys, useCaseTodo } from '../modules/cases/case-queries';
import { NotificationBell } from '../modules/notifications/NotificationBell';
import { consoleAreaOf } from '../modules/notifications/notification-link';
import { PageSkeleton } from '../ui/PageSkeleton';
import { buildMenu } from './nav-items';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

function Brand({ compact }: { compact?: boolean }) {
  return (
    <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit' }}>
      <span
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 28,
          height: 28,
          borderRadius: 6,
          background: '#c8161d',
          color: '#fff',
          fontWeight: 700,
        }}
      >
        邻
      </span>
      <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
        {compact ? '邻里' : '邻里 · 基层治理'}
      </Typography.Text>
    </Link>
  );
}

/**
 * The side menu stays in view with its own scroll: the page scrolls alone, so a low entry (党组织, 居民信息) is
 * reached without scrolling the page away from the top.
 */
const SIDER_STYLE: CSSProperties = {
  borderInlineEnd: '1px solid #f0f0f0',
  position: 'sticky',
  top: 0,
  height: '100vh',
  overflowY: 'auto',
  overscrollBehavior: 'contain',
};

/**
 * The staff console frame: role-based side menu (a drawer on phones) with the work-list count,
 * header with the notification bell and the user, and the page.
 */
export function AppLayout({ me }: { me: MeResponse }) {
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useMemo(() => buildMenu(rolesOf(me)), [me]);
  const client = useQueryClient();
  const todo = useCaseTodo(hasAnyRole(me, CASE_WORK_ROLES));
  const badges = { '/cases/todo': todo.data?.total ?? 0 };
  // A notification usually means a case moved: refresh the work list and that case at once.
  const onNotice = useCallback(
    (link: string | null) => {
      void client.invalidateQueries({ queryKey: caseKeys.todo });
      const id = link ? /^\/cases\/([^/?#]+)$/.exec(link)?.[1] : undefined;
      if (id) void client.invalidateQueries({ queryKey: caseKeys.detail(id) });
    },
    [client],
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isPhone && (
        <Sider width={208} theme="light" style={SIDER_STYLE}>
          <div style={{ height: 56, display: 'flex', alignItems: 'center', paddingInline: 20 }}>
            <Brand />
          </div>
          <nav aria-label="主菜单">
            <SideMenu items={items} badges={badges} />
          </nav>
        </Sider>
      )}
      {/* A new page opens at its top (and Back returns to where one was), whatever the last page's scroll. */}
      <ScrollRestoration />
      <Layout style={{ minWidth: 0 }}>
        <Header
          style={{
            background: '#fff',
            height: 56,
            lineHeight: '56px',
            paddingInline: isPhone ? 12 : 24,
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={12}>
            {isPhone ? (
              <Flex align="center" gap={8}>
                <Badge dot={badges['/cases/todo'] > 0} offset={[-6, 6]}>
                  <Button type="text" aria-label="打开菜单" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} />
                </Badge>
                <Brand compact />
              </Flex>
            ) : (
              <Typography.Text type="secondary">党建引领基层治理平台</Typography.Text>
            )}
            <Flex align="center" gap={isPhone ? 4 : 12} style={{ minWidth: 0 }}>
              <NotificationBell area={consoleAreaOf(me.posts.map((p) => p.role))} onNotice={onNotice} />
              <UserMenu me={me} compact={isPhone} />
            </Flex>
          </Flex>
        </Header>
        <Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      {isPhone && (
        <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} width={240} title={<Brand />} styles={{ body: { padding: 0 } }}>
          <nav aria-label="主菜单">
            <SideMenu items={items} badges={badges} onNavigate={() => setDrawerOpen(false)} />
          </nav>
        </Drawer>
      )}
    </Layout>
  );
}
