import { GRID_TYPE_LABELS, NODE_KIND_LABELS, ROLE_LABELS, ROLES, type OrgNodeDetail, type Role } from '@linli/shared';
import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

function roleLabel(role: string): string {
  return (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : role;
}

/** The node being looked at: kind, code, grid type, complex, counts and the people posted there. */
export function NodeHeaderCard({ node, actions }: { node: OrgNodeDetail; actions?: ReactNode }) {
  return (
    <Card variant="borderless">
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Space align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {node.name}
          </Typography.Title>
          <Tag color="red">{NODE_KIND_LABELS[node.kind]}</Tag>
          {node.gridType && <Tag color="blue">{GRID_TYPE_LABELS[node.gridType]}</Tag>}
        </Space>
        {actions ? (
          <Flex gap={8} wrap>
            {actions}
          </Flex>
        ) : null}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label="编码">
          <Typography.Text copyable>{node.code}</Typography.Text>
        </Descriptions.Item>
        {node.complexName && <Descriptions.Item label="所属小区">{node.complexName}</Descriptions.Item>}
        {node.kind !== 'house' && <Descriptions.Item label="下级数">{node.childCount}</Descriptions.Item>}
        {node.householdCount !== null && <Descriptions.Item label="户数">{node.householdCount}</Descriptions.Item>}
        <Descriptions.Item label="在岗人员" span="filled">
          {node.posts.length ? (
            <Space size={[4, 4]} wrap>
              {node.posts.map((p, i) => (
                <Tag key={`${p.role}-${p.userDisplayName}-${i}`} bordered={false}>
                  {roleLabel(p.role)}
                  {p.title ? `·${p.title}` : ''}：{p.userDisplayName}
                </Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">暂无人员在此任职</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
