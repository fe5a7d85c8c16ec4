import { CommentOutlined, GiftOutlined, HeartOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

const SERVICES: { icon: ReactNode; title: string; hint: string }[] = [
  { icon: <GiftOutlined />, title: '微心愿', hint: '许下心愿，党员认领' },
  { icon: <TeamOutlined />, title: '社区活动', hint: '报名参加社区活动' },
  { icon: <CommentOutlined />, title: '议事协商', hint: '参与小区大事商量' },
  { icon: <HeartOutlined />, title: '志愿服务', hint: '认领志愿岗位' },
];

/** The resident services that are being built, shown honestly as 即将上线 (no placeholder data). */
export function ComingSoonServices() {
  return (
    <Card title="更多服务" size="small" variant="borderless">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 12 }}>
        {SERVICES.map((s) => (
          <div
            key={s.title}
            aria-disabled="true"
            style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, background: '#fafafa', color: 'rgba(0,0,0,0.45)' }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <span style={{ fontSize: 22 }}>{s.icon}</span>
              <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                即将上线
              </Tag>
            </div>
            <Typography.Text strong style={{ display: 'block', marginTop: 8, color: 'rgba(0,0,0,0.65)' }}>
              {s.title}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.hint}
            </Typography.Text>
          </div>
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        以上服务正在建设中，上线后会在这里开放。现在有事可以直接联系您所在网格的网格员。
      </Typography.Paragraph>
    </Card>
  );
}
