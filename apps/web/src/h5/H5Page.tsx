import { LeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/** The frame of a resident sub-page on a phone: a sticky bar with back and title, the content below (max 480 px wide). */
export function H5Page({ title, back = '/h5', extra, children }: { title: ReactNode; back?: string; extra?: ReactNode; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <Flex
          align="center"
          justify="space-between"
          style={{ position: 'sticky', top: 0, zIndex: 10, height: 48, background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 4 }}
        >
          <Button type="text" aria-label="返回" icon={<LeftOutlined />} onClick={() => navigate(back)} style={{ width: 48 }} />
          <Typography.Text strong style={{ fontSize: 17 }}>
            {title}
          </Typography.Text>
          <div style={{ width: 48, display: 'flex', justifyContent: 'flex-end' }}>{extra}</div>
        </Flex>
        <div style={{ padding: 12, paddingBottom: 32 }}>{children}</div>
      </div>
    </div>
  );
}
