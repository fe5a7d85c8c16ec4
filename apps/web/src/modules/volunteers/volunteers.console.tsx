import { BarChartOutlined, CalendarOutlined, IdcardOutlined, SmileOutlined, TeamOutlined } from '@ant-design/icons';
import { VOLUNTEER_STAFF_ROLES } from '@linli/shared';
import type { ReactNode } from 'react';
import type { ConsoleModule, NavItem } from '../../app/web-module';

const staff = (order: number, path: string, label: string, icon: ReactNode, hint: string): NavItem => ({
  order,
  path,
  label,
  roles: VOLUNTEER_STAFF_ROLES,
  group: '志愿服务',
  icon,
  hint,
});

/** Volunteer work for area staff: activities with the check-in QR screen, posts, teams and skills, rotations, figures. */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'volunteers/activities', nav: '/volunteers/activities', page: () => import('./ActivitiesPage').then((m) => m.ActivitiesPage) },
    { path: 'volunteers/activities/:id', nav: '/volunteers/activities', page: () => import('./ActivityDetailPage').then((m) => m.ActivityDetailPage) },
    { path: 'volunteers/activities/:id/qr', nav: '/volunteers/activities', page: () => import('./CheckinQrPage').then((m) => m.CheckinQrPage) },
    { path: 'volunteers/posts', nav: '/volunteers/posts', page: () => import('./VolunteerPostsPage').then((m) => m.VolunteerPostsPage) },
    { path: 'volunteers/teams', nav: '/volunteers/teams', page: () => import('./TeamsPage').then((m) => m.TeamsPage) },
    { path: 'volunteers/rotations', nav: '/volunteers/rotations', page: () => import('./RotationCalendarPage').then((m) => m.RotationCalendarPage) },
    { path: 'volunteers/figures', nav: '/volunteers/figures', page: () => import('./VolunteerFiguresPage').then((m) => m.VolunteerFiguresPage) },
  ],
  menu: [
    staff(70, '/volunteers/activities', '志愿活动', <SmileOutlined />, '发布活动，查看报名，当天打开签到二维码'),
    staff(71, '/volunteers/posts', '志愿岗', <IdcardOutlined />, '按专业设岗，由报到党员认领'),
    staff(72, '/volunteers/teams', '服务队与技能库', <TeamOutlined />, '组建服务队，按技能查找能帮忙的党员'),
    staff(73, '/volunteers/rotations', '轮值日历', <CalendarOutlined />, '党群服务站每月轮值站长、每周主题和值守'),
    staff(74, '/volunteers/figures', '志愿服务统计', <BarChartOutlined />, '各社区活动场次、服务人数和服务时长'),
  ],
};
