import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { MeResponse } from '@linli/shared';
import { App, Avatar, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { useLogout } from '../modules/auth/auth-queries';
import { ChangePasswordModal } from '../modules/auth/ChangePasswordModal';
import { postLabel } from './post-label';

/** Header block: user name, current posts, 修改密码 and 退出登录. `compact` hides the post tags (phones). */
export function UserMenu({ me, compact }: { me: MeResponse; compact: boolean }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);

  const onLogout = () =>
    logout.mutate(undefined, {
      onError: (error) => message.error(errorMessage(error)),
      onSettled: () => navigate('/login', { replace: true }),
    });

  const shownPosts = me.posts.slice(0, 2);
  return (
    <Flex align="center" gap={12} style={{ minWidth: 0 }}>
      {!compact && (
        <Flex gap={4} style={{ minWidth: 0, overflow: 'hidden' }}>
          {shownPosts.map((p) => (
            <Tag key={p.id} color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
              {postLabel(p)}
            </Tag>
          ))}
          {me.posts.length > shownPosts.length && <Tag bordered={false}>+{me.posts.length - shownPosts.length}</Tag>}
        </Flex>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'posts',
              type: 'group',
              label: me.posts.length ? '我的岗位' : '暂无岗位',
              children: me.posts.map((p) => ({ key: `post-${p.id}`, label: postLabel(p), disabled: true })),
            },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => setChanging(true) },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true, onClick: onLogout },
          ],
        }}
      >
        <Button type="text" style={{ paddingInline: 4 }}>
          <Flex align="center" gap={6}>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#c8161d' }} />
            <Typography.Text strong ellipsis style={{ maxWidth: 120 }}>
              {me.displayName}
            </Typography.Text>
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} hasPassword={me.hasPassword} username={me.username} onClose={() => setChanging(false)} />
    </Flex>
  );
}
