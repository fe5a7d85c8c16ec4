import { BarChartOutlined, BulbOutlined, CalendarOutlined } from '@ant-design/icons';
import { DELIBERATION_STAFF_ROLES } from '@linli/shared';
import type { ReactNode } from 'react';
import type { ConsoleModule, NavItem } from '../../app/web-module';

const staff = (order: number, path: string, label: string, icon: ReactNode, hint: string): NavItem => ({
  order,
  path,
  label,
  roles: DELIBERATION_STAFF_ROLES,
  group: '议事协商',
  icon,
  hint,
});

/** 议事协商 for area staff: the meeting calendar and its registrations and minutes, suggestions and their outcomes, the reports. */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'deliberation/meetings', nav: '/deliberation/meetings', page: () => import('./MeetingsPage').then((m) => m.MeetingsPage) },
    { path: 'deliberation/meetings/:id', nav: '/deliberation/meetings', page: () => import('./MeetingDetailPage').then((m) => m.MeetingDetailPage) },
    {
      path: 'deliberation/meetings/:id/checkin',
      nav: '/deliberation/meetings',
      page: () => import('./MeetingCheckinPage').then((m) => m.MeetingCheckinPage),
    },
    { path: 'deliberation/suggestions', nav: '/deliberation/suggestions', page: () => import('./SuggestionsPage').then((m) => m.SuggestionsPage) },
    {
      path: 'deliberation/suggestions/:id',
      nav: '/deliberation/suggestions',
      page: () => import('./SuggestionDetailPage').then((m) => m.SuggestionDetailPage),
    },
    { path: 'deliberation/reports', nav: '/deliberation/reports', page: () => import('./DeliberationReportsPage').then((m) => m.DeliberationReportsPage) },
  ],
  menu: [
    staff(75, '/deliberation/meetings', '议事会', <CalendarOutlined />, '联席会、红色议事会等按规则排期，报名签到，会后归档纪要'),
    staff(76, '/deliberation/suggestions', '居民建议', <BulbOutlined />, '议事会、走访、留言板和居民手机上的建议，逐条定办理途径'),
    staff(77, '/deliberation/reports', '议事统计', <BarChartOutlined />, '应开与实开对照，建议收集→提交→通过→完成的漏斗'),
  ],
  menuGroups: { 议事协商: <CalendarOutlined /> },
};
