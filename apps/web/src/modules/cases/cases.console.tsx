import {
  AlertOutlined,
  FileAddOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  FundProjectionScreenOutlined,
  PhoneOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import { ADMIN_ROLES, CASE_DESK_ROLES, CASE_WORK_ROLES, DASHBOARD_ROLES, HOTLINE_STAFF_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** Case work, 指挥中心 (stats/), the 12345 hotline (hotline/) and the case category settings (categories/). */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'cases/todo', nav: '/cases/todo', page: () => import('./CaseTodoPage').then((m) => m.CaseTodoPage) },
    { path: 'cases/new', nav: '/cases/new', page: () => import('./CaseCreatePage').then((m) => m.CaseCreatePage) },
    { path: 'cases', nav: '/cases', page: () => import('./CaseListPage').then((m) => m.CaseListPage) },
    { path: 'cases/:id', nav: '/cases', page: () => import('./CaseDetailPage').then((m) => m.CaseDetailPage) },
    // ECharts loads in a chunk of its own when the first chart draws.
    { path: 'dashboard', nav: '/dashboard', page: () => import('./stats/DashboardPage').then((m) => m.DashboardPage) },
    { path: 'hotline/top', nav: '/hotline/top', page: () => import('./hotline/TopComplexesPage').then((m) => m.TopComplexesPage) },
    { path: 'hotline/import', nav: '/hotline/import', page: () => import('./hotline/HotlineImportPage').then((m) => m.HotlineImportPage) },
    { path: 'settings/categories', nav: '/settings/categories', page: () => import('./categories/CategoriesPage').then((m) => m.CategoriesPage) },
  ],
  menu: [
    {
      order: 10,
      path: '/dashboard',
      label: '指挥中心',
      roles: DASHBOARD_ROLES,
      icon: <FundProjectionScreenOutlined />,
      hint: '辖区案件态势、按期结案率和各级排名',
    },
    {
      order: 20,
      path: '/cases/todo',
      label: '我的待办',
      roles: CASE_WORK_ROLES,
      group: '案件办理',
      icon: <ScheduleOutlined />,
      hint: '需要您办理下一步的案件，超期的排在最前',
    },
    {
      order: 21,
      path: '/cases',
      label: '案件列表',
      roles: CASE_WORK_ROLES,
      group: '案件办理',
      icon: <FileSearchOutlined />,
      hint: '查询、筛选和导出管辖范围内的案件',
    },
    {
      order: 22,
      path: '/cases/new',
      label: '登记案件',
      roles: CASE_DESK_ROLES,
      group: '案件办理',
      icon: <FileAddOutlined />,
      hint: '登记巡查、走访、12345热线等渠道收到的问题',
    },
    {
      order: 30,
      path: '/hotline/top',
      label: '投诉小区排名',
      roles: HOTLINE_STAFF_ROLES,
      group: '12345热线',
      icon: <AlertOutlined />,
      hint: '每月12345工单最多的小区，街道领导帮包整治',
    },
    {
      order: 31,
      path: '/hotline/import',
      label: '12345工单导入',
      roles: HOTLINE_STAFF_ROLES,
      group: '12345热线',
      icon: <FileExcelOutlined />,
      hint: '上传12345工单表，自动建案件',
    },
    {
      order: 150,
      path: '/settings/categories',
      label: '案件类别',
      roles: ADMIN_ROLES,
      group: '系统设置',
      icon: <TagsOutlined />,
      hint: '案件类别、处置部门和办理时限',
    },
  ],
  menuGroups: { 案件办理: <SolutionOutlined />, '12345热线': <PhoneOutlined /> },
};
