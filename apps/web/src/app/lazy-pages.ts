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
