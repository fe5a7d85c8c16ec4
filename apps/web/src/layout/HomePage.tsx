import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { buildMenu } from './nav-items';
import { postLabel } from './post-label';
import { PageSkeleton } from '../ui/PageSkeleton';
import { useMe } from '../modules/auth/auth-queries';
import { rolesOf } from '../modules/auth/roles';
import { greetingFor } from '../ui/greeting';
import { ShortcutCards } from './ShortcutCards';

/** 工作台: greeting, the user's posts and data scope, and shortcuts to the pages they may use. */
export function HomePage() {
  const { data: me } = useMe();
  if (!me) return <PageSkeleton />;
  const items = buildMenu(rolesOf(me));
  const scopeText = me.scope.all
    ? '全部区域'
    : me.posts.length
      ? [...new Set(me.posts.filter((p) => p.role !== 'resident').map((p) => p.nodeName))].join('、') + '（含下级）'
      : '暂无';

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card variant="borderless">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {greetingFor(new Date())}，{me.displayName}
        </Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="我的岗位">
            {me.posts.length ? (
              <Space size={[4, 4]} wrap>
                {me.posts.map((p) => (
                  <Tag key={p.id} color="red" bordered={false}>
                    {postLabel(p)}
                    {p.title ? `（${p.title}）` : ''}
                  </Tag>
                ))}
              </Space>
            ) : (
              '暂无岗位'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="数据范围">{scopeText}</Descriptions.Item>
        </Descriptions>
      </Card>
      {me.posts.length === 0 ? (
        <Card variant="borderless">
          <Empty
            description={
              <>
                您的账号还没有分配岗位，暂时看不到任何区域和居民数据。
                <br />
                请联系系统管理员在「用户与岗位」中为您分配岗位（如网格员、社区工作人员）后重新登录。
              </>
            }
          />
        </Card>
      ) : (
        <Card variant="borderless" title="常用功能">
          {items.length > 1 ? <ShortcutCards items={items} /> : <Empty description="您的岗位暂无可用功能，如需使用请联系系统管理员。" />}
        </Card>
      )}
    </Space>
  );
}
