import { CalendarOutlined } from '@ant-design/icons';
import { postRolesWith } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** 工作日历: local working-day overrides (admins change them; whoever works cases reads them, with the meetings of their scope) under 系统设置. */
export const consoleModule: ConsoleModule = {
  routes: [{ path: 'settings/calendar', nav: '/settings/calendar', page: () => import('./CalendarPage').then((m) => m.CalendarPage) }],
  menu: [
    {
      order: 160,
      path: '/settings/calendar',
      label: '工作日历',
      roles: postRolesWith('calendar', 'read'),
      group: '系统设置',
      icon: <CalendarOutlined />,
      hint: '本地调休和值守、待召开的议事会；时限按工作日计算',
    },
  ],
};
