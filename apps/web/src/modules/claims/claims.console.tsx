import { BankOutlined, HeartOutlined } from '@ant-design/icons';
import { CLAIM_SETTING_ROLES, CLAIMS_STAFF_ROLES, LIAISON_ROLES } from '@linli/shared';
import type { ConsoleModule, NavItem } from '../../app/web-module';

const staff = (order: number, path: string, label: string, roles = CLAIMS_STAFF_ROLES): NavItem => ({ order, path, label, roles, group: '共建认领' });
const liaison = (order: number, path: string, label: string): NavItem => ({ order, path, label, roles: LIAISON_ROLES, group: '单位共建' });

/** 共建认领 for area staff (meeting/ 街道联席会, report/ 认领统计) and 单位共建 for a partner unit's liaison. */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'claims/wishes', nav: '/claims/wishes', page: () => import('./WishListPage').then((m) => m.WishListPage) },
    { path: 'claims/wishes/new', nav: '/claims/wishes', page: () => import('./WishCreatePage').then((m) => m.WishCreatePage) },
    { path: 'claims/wishes/:id', nav: '/claims/wishes', page: () => import('./WishDetailPage').then((m) => m.WishDetailPage) },
    { path: 'claims/needs', nav: '/claims/needs', page: () => import('./NeedListPage').then((m) => m.NeedListPage) },
    { path: 'claims/needs/new', nav: '/claims/needs', page: () => import('./NeedCreatePage').then((m) => m.NeedCreatePage) },
    { path: 'claims/needs/:id', nav: '/claims/needs', page: () => import('./NeedDetailPage').then((m) => m.NeedDetailPage) },
    { path: 'claims/records', nav: '/claims/records', page: () => import('./ClaimListPage').then((m) => m.ClaimListPage) },
    { path: 'claims/resources', nav: '/claims/resources', page: () => import('./ResourceListPage').then((m) => m.ResourceListPage) },
    { path: 'claims/services', nav: '/claims/services', page: () => import('./ServiceListPage').then((m) => m.ServiceListPage) },
    { path: 'claims/orders', nav: '/claims/orders', page: () => import('./OrderListPage').then((m) => m.OrderListPage) },
    { path: 'claims/orders/:id', nav: '/claims/orders', page: () => import('./OrderDetailPage').then((m) => m.OrderDetailPage) },
    { path: 'claims/units', nav: '/claims/units', page: () => import('./PartnerUnitListPage').then((m) => m.PartnerUnitListPage) },
    { path: 'claims/registrations', nav: '/claims/registrations', page: () => import('./RegistrationListPage').then((m) => m.RegistrationListPage) },
    { path: 'claims/point-rules', nav: '/claims/point-rules', page: () => import('./PointRulesPage').then((m) => m.PointRulesPage) },
    { path: 'claims/settings', nav: '/claims/settings', page: () => import('./ClaimSettingsPage').then((m) => m.ClaimSettingsPage) },
    { path: 'claims/rewards', nav: '/claims/rewards', page: () => import('./RewardListPage').then((m) => m.RewardListPage) },
    { path: 'claims/meeting', nav: '/claims/meeting', page: () => import('./meeting/JointMeetingPage').then((m) => m.JointMeetingPage) },
    { path: 'claims/report', nav: '/claims/report', page: () => import('./report/ClaimsReportPage').then((m) => m.ClaimsReportPage) },
    { path: 'partner/needs', nav: '/partner/needs', page: () => import('./LiaisonNeedsPage').then((m) => m.LiaisonNeedsPage) },
    { path: 'partner/needs/:id', nav: '/partner/needs', page: () => import('./NeedDetailPage').then((m) => m.NeedDetailPage) },
    { path: 'partner/claims', nav: '/partner/claims', page: () => import('./LiaisonClaimsPage').then((m) => m.LiaisonClaimsPage) },
    { path: 'partner/agreements', nav: '/partner/agreements', page: () => import('./LiaisonAgreementsPage').then((m) => m.LiaisonAgreementsPage) },
  ],
  menu: [
    staff(40, '/claims/wishes', '微心愿'),
    staff(41, '/claims/needs', '需求清单'),
    staff(42, '/claims/records', '认领记录'),
    staff(43, '/claims/resources', '资源清单'),
    staff(44, '/claims/services', '服务清单'),
    staff(45, '/claims/orders', '社区派单'),
    staff(46, '/claims/units', '共建单位'),
    staff(47, '/claims/registrations', '双报到审核'),
    staff(48, '/claims/point-rules', '积分规则', CLAIM_SETTING_ROLES),
    staff(49, '/claims/settings', '认领设置', CLAIM_SETTING_ROLES),
    staff(50, '/claims/rewards', '积分兑换'),
    staff(51, '/claims/meeting', '街道联席会'),
    staff(52, '/claims/report', '认领统计'),
    liaison(60, '/partner/needs', '社区需求'),
    liaison(61, '/partner/claims', '我单位的认领'),
    liaison(62, '/partner/agreements', '共建协议'),
  ],
  menuGroups: { 共建认领: <HeartOutlined />, 单位共建: <BankOutlined /> },
};
