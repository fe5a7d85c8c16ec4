import { PlusOutlined } from '@ant-design/icons';
import type { UserView } from '@linli/shared';
import { App, Button, Card, Empty, Input, Popconfirm, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AddPostModal } from './AddPostModal';
import { CreateUserModal } from './CreateUserModal';
import { PhoneModal } from './PhoneModal';
import { isLocked, UserStatusTag } from './user-status';
import { UserPostTags } from './UserPostTags';
import { useUpdateUser, useUserList } from './users-queries';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';

/** 用户与岗位 (admins): find users, create accounts, disable or unlock them, add and remove posts. */
export function UsersPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const list = useUserList(q);
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [postFor, setPostFor] = useState<UserView | null>(null);
  const [phoneFor, setPhoneFor] = useState<UserView | null>(null);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  const patch = (user: UserView, body: { disabled?: boolean; unlock?: boolean }, done: string) =>
    update.mutateAsync({ id: user.id, ...body }).then(
      () => message.success(done),
      (e: unknown) => message.error(errorMessage(e)),
    );

  return (
    <>
      <PageHeader
        title="用户与岗位"
        description="每个岗位是“角色 + 任职区域”，决定一个人能看到和处理哪些数据。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建用户
          </Button>
        }
      />
      <Card variant="borderless">
        <Input.Search
          placeholder="输入用户名或姓名"
          allowClear
          enterButton="查询"
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 320, maxWidth: '100%', marginBottom: 16 }}
        />
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <Table<UserView>
          rowKey="id"
          loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1040 }}
          locale={{ emptyText: <Empty description={q ? '没有找到这个用户，换个用户名或姓名试试' : '还没有用户，点击右上角“新建用户”添加'} /> }}
          columns={[
            { title: '用户名', dataIndex: 'username', width: 180 },
            { title: '姓名', dataIndex: 'displayName', width: 110 },
            { title: '工作电话', key: 'phone', width: 120, render: (_, u) => u.phoneMasked ?? '—' },
            { title: '岗位', key: 'posts', render: (_, u) => <UserPostTags user={u} /> },
            { title: '状态', key: 'status', width: 130, render: (_, u) => <UserStatusTag user={u} /> },
            {
              title: '操作',
              key: 'actions',
              width: 220,
              render: (_, u) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setPostFor(u)}>
                    添加岗位
                  </Button>
                  <Button type="link" size="small" onClick={() => setPhoneFor(u)}>
                    电话
                  </Button>
                  {u.disabled ? (
                    <Button type="link" size="small" onClick={() => patch(u, { disabled: false }, `已启用 ${u.displayName}`)}>
                      启用
                    </Button>
                  ) : (
                    <Popconfirm
                      title={`停用 ${u.displayName}？`}
                      description="停用后该账号不能登录，岗位保留"
                      okText="停用"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => patch(u, { disabled: true }, `已停用 ${u.displayName}`)}
                    >
                      <Button type="link" size="small" danger>
                        停用
                      </Button>
                    </Popconfirm>
                  )}
                  {isLocked(u) && (
                    <Button type="link" size="small" onClick={() => patch(u, { unlock: true }, `已解锁 ${u.displayName}`)}>
                      解锁
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
        <LoadMoreFooter count={rows.length} unit="人" list={list} />
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <AddPostModal user={postFor} onClose={() => setPostFor(null)} />
      <PhoneModal user={phoneFor} onClose={() => setPhoneFor(null)} />
    </>
  );
}
