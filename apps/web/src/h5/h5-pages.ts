import { h5Lazy } from './h5-lazy';

// Every antd H5 page is a chunk of its own that brings the antd provider along (h5-lazy.tsx).
/** Resident H5 我要反映. */
export const ReportCasePage = h5Lazy(() => import('../modules/cases/h5/ReportCasePage').then((m) => m.ReportCasePage));
/** Resident H5 我的反映. */
export const MyCasesPage = h5Lazy(() => import('../modules/cases/h5/MyCasesPage').then((m) => m.MyCasesPage));
/** H5 申请绑定住址 for a pending resident. */
export const ResidenceClaimPage = h5Lazy(() => import('../modules/auth/h5/ResidenceClaimPage').then((m) => m.ResidenceClaimPage));
/** Resident H5 case detail. */
export const ResidentCasePage = h5Lazy(() => import('../modules/cases/h5/ResidentCasePage').then((m) => m.ResidentCasePage));
/** H5 微心愿 list for party members. */
export const H5WishListPage = h5Lazy(() => import('../modules/claims/h5/WishListPage').then((m) => m.WishListPage));
/** H5 one wish (member and wisher). */
export const H5WishDetailPage = h5Lazy(() => import('../modules/claims/h5/WishDetailPage').then((m) => m.WishDetailPage));
/** H5 我的认领. */
export const H5MyClaimsPage = h5Lazy(() => import('../modules/claims/h5/MyClaimsPage').then((m) => m.MyClaimsPage));
/** H5 我的积分. */
export const H5MyPointsPage = h5Lazy(() => import('../modules/claims/h5/MyPointsPage').then((m) => m.MyPointsPage));
/** H5 积分兑换. */
export const H5RewardsPage = h5Lazy(() => import('../modules/claims/h5/RewardsPage').then((m) => m.RewardsPage));
/** H5 服务清单. */
export const H5ServiceMenuPage = h5Lazy(() => import('../modules/claims/h5/ServiceMenuPage').then((m) => m.ServiceMenuPage));
/** H5 我的心愿. */
export const H5MyWishesPage = h5Lazy(() => import('../modules/claims/h5/MyWishesPage').then((m) => m.MyWishesPage));
/** H5 许个心愿. */
export const H5RaiseWishPage = h5Lazy(() => import('../modules/claims/h5/RaiseWishPage').then((m) => m.RaiseWishPage));
/** H5 我的订单 (resident). */
export const H5MyOrdersPage = h5Lazy(() => import('../modules/claims/h5/MyOrdersPage').then((m) => m.MyOrdersPage));
/** H5 服务接单 (party member). */
export const H5MemberOrdersPage = h5Lazy(() => import('../modules/claims/h5/MemberOrdersPage').then((m) => m.MemberOrdersPage));
/** H5 one service order. */
export const H5OrderDetailPage = h5Lazy(() => import('../modules/claims/h5/OrderDetailPage').then((m) => m.OrderDetailPage));
/** H5 志愿活动 for party members. */
export const H5VolunteerActivitiesPage = h5Lazy(() => import('../modules/volunteers/h5/H5ActivitiesPage').then((m) => m.H5ActivitiesPage));
/** H5 scan-result check-in page (the station QR lands here). */
export const H5VolunteerCheckinPage = h5Lazy(() => import('../modules/volunteers/h5/H5CheckinPage').then((m) => m.H5CheckinPage));
/** H5 我的服务时长. */
export const H5VolunteerHoursPage = h5Lazy(() => import('../modules/volunteers/h5/H5MyHoursPage').then((m) => m.H5MyHoursPage));
/** H5 志愿岗 for party members. */
export const H5VolunteerPostsPage = h5Lazy(() => import('../modules/volunteers/h5/H5VolunteerPostsPage').then((m) => m.H5VolunteerPostsPage));
/** An H5 address that matches no page. */
export const H5NotFoundPage = h5Lazy(() => import('../ui/NotFoundPage').then((m) => m.NotFoundPage));
