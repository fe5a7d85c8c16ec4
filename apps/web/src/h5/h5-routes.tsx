import type { RouteObject } from 'react-router-dom';
import { H5HomePage } from './H5HomePage';
import {
  H5MemberOrdersPage,
  H5MyClaimsPage,
  H5MyOrdersPage,
  H5MyPointsPage,
  H5MyWishesPage,
  H5NotFoundPage,
  H5OrderDetailPage,
  H5RaiseWishPage,
  H5RewardsPage,
  H5ServiceMenuPage,
  H5VolunteerActivitiesPage,
  H5VolunteerCheckinPage,
  H5VolunteerHoursPage,
  H5VolunteerPostsPage,
  H5WishDetailPage,
  H5WishListPage,
  MyCasesPage,
  ReportCasePage,
  ResidenceClaimPage,
  ResidentCasePage,
} from './h5-pages';

/**
 * The pages under /h5, shared by both HTML entries (console index.html and the light h5.html):
 * the home is plain React, every other page is lazy and brings antd along.
 */
export const h5ChildRoutes: RouteObject[] = [
  { index: true, element: <H5HomePage /> },
  { path: 'report', element: <ReportCasePage /> },
  { path: 'cases', element: <MyCasesPage /> },
  { path: 'cases/:id', element: <ResidentCasePage /> },
  { path: 'residence-claim', element: <ResidenceClaimPage /> },
  { path: 'wishes', element: <H5WishListPage /> },
  { path: 'wishes/:id', element: <H5WishDetailPage /> },
  { path: 'claims', element: <H5MyClaimsPage /> },
  { path: 'points', element: <H5MyPointsPage /> },
  { path: 'rewards', element: <H5RewardsPage /> },
  { path: 'services', element: <H5ServiceMenuPage /> },
  { path: 'my-wishes', element: <H5MyWishesPage /> },
  { path: 'my-wishes/new', element: <H5RaiseWishPage /> },
  { path: 'orders', element: <H5MyOrdersPage /> },
  { path: 'orders/:id', element: <H5OrderDetailPage /> },
  { path: 'member-orders', element: <H5MemberOrdersPage /> },
  { path: 'volunteer-activities', element: <H5VolunteerActivitiesPage /> },
  { path: 'volunteer-checkin', element: <H5VolunteerCheckinPage /> },
  { path: 'volunteer-hours', element: <H5VolunteerHoursPage /> },
  { path: 'volunteer-posts', element: <H5VolunteerPostsPage /> },
  { path: '*', element: <H5NotFoundPage /> },
];
