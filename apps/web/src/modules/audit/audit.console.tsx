import { AuditOutlined } from '@ant-design/icons';
import { ADMIN_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** 审计日志. */
export const consoleModule: ConsoleModule = {
  routes: [{ path: 'admin/audit', nav: '/admin/audit', page: () => import('./AuditPage').then((m) => m.AuditPage) }],
  menu: [{ order: 140, path: '/admin/audit', label: '审计日志', roles: ADMIN_ROLES, icon: <AuditOutlined />, hint: '查看登录、查看敏感信息和导出记录' }],
};
