import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { NAV_ICONS } from './nav-icons';
import type { NavItem } from './nav-items';

const HINTS: Record<string, string> = {
  '/cases/todo': '需要您办理下一步的案件，超期的排在最前',
  '/cases': '查询、筛选和导出管辖范围内的案件',
  '/cases/new': '登记巡查、走访、12345热线等渠道收到的问题',
  '/org': '逐级查看街道、社区、网格、楼栋和房屋',
  '/residents': '按姓名、手机号查找居民，查看家庭成员',
  '/import': '上传一张表台账，批量登记住户和居民',
  '/party': '查看各级党组织和党员人数',
  '/admin/users': '新建账号，分配网格员、社区工作人员等岗位',
  '/admin/audit': '查看登录、查看敏感信息和导出记录',
};

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
                avatar={<span style={{ fontSize: 24, color: '#c8161d' }}>{NAV_ICONS[item.path]}</span>}
                title={item.label}
                description={<Typography.Text type="secondary">{HINTS[item.path]}</Typography.Text>}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
