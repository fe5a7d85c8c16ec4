import type { UserView } from '@linli/shared';
import { App, Popconfirm, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/api-error';
import { postLabel } from '../../layout/post-label';
import { useRemovePost } from './users-queries';

/** A user's posts as tags; closing one (after confirming) removes the post. */
export function UserPostTags({ user }: { user: UserView }) {
  const { message } = App.useApp();
  const remove = useRemovePost();
  if (user.posts.length === 0) return <Typography.Text type="secondary">暂无岗位</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {user.posts.map((p) => (
        <Popconfirm
          key={p.id}
          title="移除这个岗位？"
          description={`${postLabel(p)}，移除后对方将看不到该区域的数据`}
          okText="移除"
          cancelText="取消"
          okButtonProps={{ danger: true, loading: remove.isPending }}
          onConfirm={() =>
            remove.mutateAsync({ userId: user.id, postId: p.id }).then(
              () => message.success('岗位已移除'),
              (e: unknown) => message.error(errorMessage(e)),
            )
          }
        >
          <Tag closable onClose={(e) => e.preventDefault()} color="red" bordered={false} style={{ cursor: 'pointer' }}>
            {postLabel(p)}
            {p.title ? `（${p.title}）` : ''}
          </Tag>
        </Popconfirm>
      ))}
    </Space>
  );
}
