import { lazy } from 'react';

// Every page is its own chunk; named exports are adapted to what React.lazy expects.
// The H5 pages are listed in modules/h5/h5-pages.ts (they load antd with them).
/** 登录 page. */
export const LoginPage = lazy(() => import('../modules/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
/** 工作台. */
export const HomePage = lazy(() => import('../layout/HomePage').then((m) => ({ default: m.HomePage })));
/** 区域与网格 browser. */
export const OrgPage = lazy(() => import('../modules/org/OrgPage').then((m) => ({ default: m.OrgPage })));
/** 居民信息 search. */
export const ResidentsPage = lazy(() => import('../modules/residents/ResidentsPage').then((m) => ({ default: m.ResidentsPage })));
/** One resident. */
export const ResidentDetailPage = lazy(() => import('../modules/residents/ResidentDetailPage').then((m) => ({ default: m.ResidentDetailPage })));
/** 一张表导入. */
export const ImportPage = lazy(() => import('../modules/residents/import/ImportPage').then((m) => ({ default: m.ImportPage })));
/** 党组织 tree. */
export const PartyOrgsPage = lazy(() => import('../modules/org/party/PartyOrgsPage').then((m) => ({ default: m.PartyOrgsPage })));
/** 用户与岗位. */
export const UsersPage = lazy(() => import('../modules/users/UsersPage').then((m) => ({ default: m.UsersPage })));
/** 审计日志. */
export const AuditPage = lazy(() => import('../modules/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
/** 我的待办. */
export const CaseTodoPage = lazy(() => import('../modules/cases/CaseTodoPage').then((m) => ({ default: m.CaseTodoPage })));
/** 案件列表. */
export const CaseListPage = lazy(() => import('../modules/cases/CaseListPage').then((m) => ({ default: m.CaseListPage })));
/** 登记案件. */
export const CaseCreatePage = lazy(() => import('../modules/cases/CaseCreatePage').then((m) => ({ default: m.CaseCreatePage })));
/** One case for staff. */
export const CaseDetailPage = lazy(() => import('../modules/cases/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
/** 指挥中心 (ECharts loads in a chunk of its own when the first chart draws). */
export const DashboardPage = lazy(() => import('../modules/cases/stats/DashboardPage').then((m) => ({ default: m.DashboardPage })));
/** 12345工单导入. */
export const HotlineImportPage = lazy(() => import('../modules/cases/hotline/HotlineImportPage').then((m) => ({ default: m.HotlineImportPage })));
/** 投诉小区排名. */
export const TopComplexesPage = lazy(() => import('../modules/cases/hotline/TopComplexesPage').then((m) => ({ default: m.TopComplexesPage })));
/** 案件类别 settings. */
export const CategoriesPage = lazy(() => import('../modules/cases/categories/CategoriesPage').then((m) => ({ default: m.CategoriesPage })));
/** 工作日历 settings. */
export const CalendarPage = lazy(() => import('../modules/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
/** 微心愿 (staff). */
export const WishListPage = lazy(() => import('../modules/claims/WishListPage').then((m) => ({ default: m.WishListPage })));
/** 登记心愿. */
export const WishCreatePage = lazy(() => import('../modules/claims/WishCreatePage').then((m) => ({ default: m.WishCreatePage })));
/** One wish (staff). */
export const WishDetailPage = lazy(() => import('../modules/claims/WishDetailPage').then((m) => ({ default: m.WishDetailPage })));
/** 需求清单. */
export const NeedListPage = lazy(() => import('../modules/claims/NeedListPage').then((m) => ({ default: m.NeedListPage })));
/** 登记需求. */
export const NeedCreatePage = lazy(() => import('../modules/claims/NeedCreatePage').then((m) => ({ default: m.NeedCreatePage })));
/** One need with its claim history (staff and liaisons). */
export const NeedDetailPage = lazy(() => import('../modules/claims/NeedDetailPage').then((m) => ({ default: m.NeedDetailPage })));
/** 认领记录. */
export const ClaimListPage = lazy(() => import('../modules/claims/ClaimListPage').then((m) => ({ default: m.ClaimListPage })));
/** 资源清单. */
export const ResourceListPage = lazy(() => import('../modules/claims/ResourceListPage').then((m) => ({ default: m.ResourceListPage })));
/** 服务清单. */
export const ServiceListPage = lazy(() => import('../modules/claims/ServiceListPage').then((m) => ({ default: m.ServiceListPage })));
/** 社区派单 (service orders, staff). */
export const OrderListPage = lazy(() => import('../modules/claims/OrderListPage').then((m) => ({ default: m.OrderListPage })));
/** 服务订单详情 (staff). */
export const OrderDetailPage = lazy(() => import('../modules/claims/OrderDetailPage').then((m) => ({ default: m.OrderDetailPage })));
/** 共建单位. */
export const PartnerUnitListPage = lazy(() => import('../modules/claims/PartnerUnitListPage').then((m) => ({ default: m.PartnerUnitListPage })));
/** 双报到审核. */
export const RegistrationListPage = lazy(() => import('../modules/claims/RegistrationListPage').then((m) => ({ default: m.RegistrationListPage })));
/** 积分规则. */
export const PointRulesPage = lazy(() => import('../modules/claims/PointRulesPage').then((m) => ({ default: m.PointRulesPage })));
/** 认领设置 (admins, district). */
export const ClaimSettingsPage = lazy(() => import('../modules/claims/ClaimSettingsPage').then((m) => ({ default: m.ClaimSettingsPage })));
/** 积分兑换. */
export const RewardListPage = lazy(() => import('../modules/claims/RewardListPage').then((m) => ({ default: m.RewardListPage })));
/** 社区需求 (partner-unit liaison). */
export const LiaisonNeedsPage = lazy(() => import('../modules/claims/LiaisonNeedsPage').then((m) => ({ default: m.LiaisonNeedsPage })));
/** 我单位的认领 (partner-unit liaison). */
export const LiaisonClaimsPage = lazy(() => import('../modules/claims/LiaisonClaimsPage').then((m) => ({ default: m.LiaisonClaimsPage })));
/** 共建协议 (partner-unit liaison). */
export const LiaisonAgreementsPage = lazy(() => import('../modules/claims/LiaisonAgreementsPage').then((m) => ({ default: m.LiaisonAgreementsPage })));
/** 志愿活动 (staff). */
export const VolunteerActivitiesPage = lazy(() => import('../modules/volunteers/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
/** One volunteer activity with sign-ups (staff). */
export const VolunteerActivityDetailPage = lazy(() => import('../modules/volunteers/ActivityDetailPage').then((m) => ({ default: m.ActivityDetailPage })));
/** The station's check-in QR screen. */
export const VolunteerCheckinQrPage = lazy(() => import('../modules/volunteers/CheckinQrPage').then((m) => ({ default: m.CheckinQrPage })));
/** 服务队与技能库. */
export const VolunteerTeamsPage = lazy(() => import('../modules/volunteers/TeamsPage').then((m) => ({ default: m.TeamsPage })));
/** 志愿岗 (staff). */
export const VolunteerPostsPage = lazy(() => import('../modules/volunteers/VolunteerPostsPage').then((m) => ({ default: m.VolunteerPostsPage })));
/** 轮值日历. */
export const RotationCalendarPage = lazy(() => import('../modules/volunteers/RotationCalendarPage').then((m) => ({ default: m.RotationCalendarPage })));
/** 志愿服务统计. */
export const VolunteerFiguresPage = lazy(() => import('../modules/volunteers/VolunteerFiguresPage').then((m) => ({ default: m.VolunteerFiguresPage })));
/** 街道联席会 list with 交办部门. */
export const JointMeetingPage = lazy(() => import('../modules/claims/meeting/JointMeetingPage').then((m) => ({ default: m.JointMeetingPage })));
/** 认领统计 with Excel exports, 日通报 and 月报. */
export const ClaimsReportPage = lazy(() => import('../modules/claims/report/ClaimsReportPage').then((m) => ({ default: m.ClaimsReportPage })));
/** 住址认证: staff bind pending residents to a house. */
export const ResidenceClaimsPage = lazy(() => import('../modules/auth/residence-claims/ResidenceClaimsPage').then((m) => ({ default: m.ResidenceClaimsPage })));
