import { lazy } from 'react';

// Every page is its own chunk; named exports are adapted to what React.lazy expects.
/** 登录 page. */
export const LoginPage = lazy(() => import('../modules/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
/** 工作台. */
export const HomePage = lazy(() => import('../modules/home/HomePage').then((m) => ({ default: m.HomePage })));
/** 区域与网格 browser. */
export const OrgPage = lazy(() => import('../modules/org/OrgPage').then((m) => ({ default: m.OrgPage })));
/** 居民信息 search. */
export const ResidentsPage = lazy(() => import('../modules/residents/ResidentsPage').then((m) => ({ default: m.ResidentsPage })));
/** One resident. */
export const ResidentDetailPage = lazy(() =>
  import('../modules/residents/ResidentDetailPage').then((m) => ({ default: m.ResidentDetailPage })),
);
/** 一张表导入. */
export const ImportPage = lazy(() => import('../modules/import/ImportPage').then((m) => ({ default: m.ImportPage })));
/** 党组织 tree. */
export const PartyOrgsPage = lazy(() => import('../modules/party/PartyOrgsPage').then((m) => ({ default: m.PartyOrgsPage })));
/** 用户与岗位. */
export const UsersPage = lazy(() => import('../modules/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
/** 审计日志. */
export const AuditPage = lazy(() => import('../modules/admin/AuditPage').then((m) => ({ default: m.AuditPage })));
/** Resident H5 home. */
export const ResidentHomePage = lazy(() => import('../modules/h5/ResidentHomePage').then((m) => ({ default: m.ResidentHomePage })));
/** 我的待办. */
export const CaseTodoPage = lazy(() => import('../modules/cases/CaseTodoPage').then((m) => ({ default: m.CaseTodoPage })));
/** 案件列表. */
export const CaseListPage = lazy(() => import('../modules/cases/CaseListPage').then((m) => ({ default: m.CaseListPage })));
/** 登记案件. */
export const CaseCreatePage = lazy(() => import('../modules/cases/CaseCreatePage').then((m) => ({ default: m.CaseCreatePage })));
/** One case for staff. */
export const CaseDetailPage = lazy(() => import('../modules/cases/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
/** Resident H5 我要反映. */
export const ReportCasePage = lazy(() => import('../modules/h5/ReportCasePage').then((m) => ({ default: m.ReportCasePage })));
/** Resident H5 我的反映. */
export const MyCasesPage = lazy(() => import('../modules/h5/MyCasesPage').then((m) => ({ default: m.MyCasesPage })));
/** Resident H5 case detail. */
export const ResidentCasePage = lazy(() => import('../modules/h5/ResidentCasePage').then((m) => ({ default: m.ResidentCasePage })));
/** 指挥中心 (ECharts loads in a chunk of its own when the first chart draws). */
export const DashboardPage = lazy(() => import('../modules/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
/** 12345工单导入. */
export const HotlineImportPage = lazy(() => import('../modules/hotline/HotlineImportPage').then((m) => ({ default: m.HotlineImportPage })));
/** 投诉小区排名. */
export const TopComplexesPage = lazy(() => import('../modules/hotline/TopComplexesPage').then((m) => ({ default: m.TopComplexesPage })));
/** 案件类别 settings. */
export const CategoriesPage = lazy(() => import('../modules/settings/CategoriesPage').then((m) => ({ default: m.CategoriesPage })));
/** 工作日历 settings. */
export const CalendarPage = lazy(() => import('../modules/settings/CalendarPage').then((m) => ({ default: m.CalendarPage })));
