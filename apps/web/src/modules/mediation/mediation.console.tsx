import { BarChartOutlined, BankOutlined, SolutionOutlined } from '@ant-design/icons';
import { MEDIATION_STAFF_ROLES } from '@linli/shared';
import type { ReactNode } from 'react';
import type { ConsoleModule, NavItem } from '../../app/web-module';

const staff = (order: number, path: string, label: string, icon: ReactNode, hint: string): NavItem => ({
  order,
  path,
  label,
  roles: MEDIATION_STAFF_ROLES,
  group: '人民调解',
  icon,
  hint,
});

/** People's mediation 人民调解 for area staff and mediators: disputes and their detail, committees, figures. */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'mediation/disputes', nav: '/mediation/disputes', page: () => import('./DisputesPage').then((m) => m.DisputesPage) },
    { path: 'mediation/disputes/:id', nav: '/mediation/disputes', page: () => import('./DisputeDetailPage').then((m) => m.DisputeDetailPage) },
    { path: 'mediation/from-case/:caseId', nav: '/mediation/disputes', page: () => import('./DisputeFromCasePage').then((m) => m.DisputeFromCasePage) },
    { path: 'mediation/committees', nav: '/mediation/committees', page: () => import('./CommitteesPage').then((m) => m.CommitteesPage) },
    { path: 'mediation/figures', nav: '/mediation/figures', page: () => import('./MediationFiguresPage').then((m) => m.MediationFiguresPage) },
  ],
  menu: [
    staff(78, '/mediation/disputes', '矛盾纠纷', <SolutionOutlined />, '登记、受理、调解、协议和回访，一个月内调结'),
    staff(78.5, '/mediation/committees', '调解委员会', <BankOutlined />, '各社区人民调解委员会、调解员和排查记录'),
    staff(79, '/mediation/figures', '调解统计', <BarChartOutlined />, '调解成功率、诉前调解率、按期调结率等'),
  ],
  menuGroups: { 人民调解: <SolutionOutlined /> },
};
