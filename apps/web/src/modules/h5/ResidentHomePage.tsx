import { KeyOutlined, LogoutOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { useLogout, useMe } from '../auth/auth-queries';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { isResidentOnly, rolesOf } from '../auth/roles';
import { caseKeys } from '../cases/case-queries';
import { NotificationBell } from '../notifications/NotificationBell';
import { greetingFor } from '../home/greeting';
import { tilesFor, type H5Tile } from './h5-tiles';

function TileEntry({ tile }: { tile: H5Tile }) {
  const Icon = tile.icon;
  return (
    <Link to={tile.path} style={{ color: 'inherit' }}>
      <Flex align="center" gap={12} style={{ minHeight: 56, padding: '12px', borderRadius: 8, background: '#fff5f5' }}>
        <span style={{ fontSize: 26, color: '#c8161d' }}>
          <Icon />
        </span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {tile.label}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {tile.hint}
          </Typography.Text>
        </div>
        <RightOutlined style={{ color: '#bfbfbf' }} />
      </Flex>
    </Link>
  );
}

/**
 * H5 home for residents and party members: mobile-first, no console menu; greeting and the message
 * bell, the tiles of every H5 role the user holds (h5-tiles.ts), 绑定密码 when needed.
 */
export function ResidentHomePage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const logout = useLogout();
  const [passwordOpen, setPasswordOpen] = useState(false);
  if (!me) return null;

  const onLogout = () =>
    logout.mutate(undefined, {
      onError: (e) => message.error(errorMessage(e)),
      onSettled: () => navigate('/login', { replace: true }),
    });

  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <div style={{ background: 'linear-gradient(160deg, #c8161d, #e04a3f)', color: '#fff', padding: '28px 16px 48px' }}>
          <Flex justify="space-between" align="center">
            <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>邻里 · 社区服务</Typography.Text>
            <Flex align="center" gap={8}>
              <span style={{ background: 'rgba(255,255,255,0.92)', borderRadius: 8 }}>
                <NotificationBell area="h5" onNotice={() => void client.invalidateQueries({ queryKey: caseKeys.all })} />
              </span>
              <Button size="small" ghost icon={<LogoutOutlined />} onClick={onLogout} loading={logout.isPending}>
                退出
              </Button>
            </Flex>
          </Flex>
          <Typography.Title level={3} style={{ color: '#fff', margin: '16px 0 4px' }}>
            {greetingFor(new Date())}，{me.displayName}
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>有事找网格，服务在身边</Typography.Text>
        </div>
        <Space direction="vertical" size={12} style={{ display: 'flex', padding: '0 12px 24px', marginTop: -28 }}>
          {!me.hasPassword && (
            <Card size="small" variant="borderless">
              <Flex justify="space-between" align="center" gap={12}>
                <div>
                  <Typography.Text strong>绑定密码</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    设置后也可以用账号 {me.username} 和密码登录
                  </Typography.Text>
                </div>
                <Button type="primary" icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)}>
                  绑定密码
                </Button>
              </Flex>
            </Card>
          )}
          {tilesFor(rolesOf(me)).map(({ group, tiles }) => (
            <Card key={group} size="small" variant="borderless" title={group}>
              <Flex vertical gap={8}>
                {tiles.map((t) => (
                  <TileEntry key={t.path} tile={t} />
                ))}
              </Flex>
            </Card>
          ))}
          {!isResidentOnly(me) && (
            <Alert
              type="info"
              showIcon
              message="您同时有工作岗位"
              action={
                <Link to="/">
                  <Button size="small">进入工作台</Button>
                </Link>
              }
            />
          )}
          {me.hasPassword && (
            <Button block icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)}>
              修改密码
            </Button>
          )}
        </Space>
      </div>
      <ChangePasswordModal open={passwordOpen} hasPassword={me.hasPassword} username={me.username} onClose={() => setPasswordOpen(false)} />
    </div>
  );
}
