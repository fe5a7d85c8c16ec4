import { TeamOutlined } from '@ant-design/icons';
import { ADMIN_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** 用户与岗位: accounts and their posts. */
export const consoleModule: ConsoleModule = {
  routes: [{ path: 'admin/users', nav: '/admin/users', page: () => import('./UsersPage').then((m) => m.UsersPage) }],
  menu: [
    { order: 130, path: '/admin/users', label: '用户与岗位', roles: ADMIN_ROLES, icon: <TeamOutlined />, hint: '新建账号，分配网格员、社区工作人员等岗位' },
  ],
};
