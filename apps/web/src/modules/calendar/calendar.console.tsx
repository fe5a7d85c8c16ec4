import { CalendarOutlined } from '@ant-design/icons';
import { ADMIN_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** 工作日历: local working-day overrides (under the shell's 系统设置 group). */
export const consoleModule: ConsoleModule = {
  routes: [{ path: 'settings/calendar', nav: '/settings/calendar', page: () => import('./CalendarPage').then((m) => m.CalendarPage) }],
  menu: [
    {
      order: 160,
      path: '/settings/calendar',
      label: '工作日历',
      roles: ADMIN_ROLES,
      group: '系统设置',
      icon: <CalendarOutlined />,
      hint: '登记本地调休和值守，时限按工作日计算',
    },
  ],
};
