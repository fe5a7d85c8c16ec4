import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { NavItem } from './nav-items';

/** One card per console page the user may open (except 工作台 itself). */
export function ShortcutCards({ items }: { items: readonly NavItem[] }) {
  const shortcuts = items.filter((i) => i.path !== '/');
  return (
    <Row gutter={[16, 16]}>
      {shortcuts.map((item) => (
        <Col key={item.path} xs={24} sm={12} xl={8}>
          <Link to={item.path}>
            <Card hoverable size="small" style={{ height: '100%' }}>
              <Card.Meta
                avatar={<span style={{ fontSize: 24, color: '#c8161d' }}>{item.icon}</span>}
                title={item.label}
                description={<Typography.Text type="secondary">{item.hint}</Typography.Text>}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
