import { Suspense, type ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router-dom';
import { AppLayout } from '../layout/AppLayout';
import { NAV_ITEMS } from '../layout/nav-items';
import { RequireRoles } from '../modules/auth/RequireRoles';
import { RequireSession } from '../modules/auth/RequireSession';
import { h5ChildRoutes } from '../h5/h5-routes';
import { FullPageSpin } from '../ui/FullPageSpin';
import { NotFoundPage } from '../ui/NotFoundPage';
import {
  AuditPage,
  CaseCreatePage,
  CaseDetailPage,
  CaseListPage,
  CaseTodoPage,
  HomePage,
  ImportPage,
  LoginPage,
  OrgPage,
  PartyOrgsPage,
  ResidentDetailPage,
  ResidentsPage,
  UsersPage,
  DashboardPage,
  HotlineImportPage,
  TopComplexesPage,
  CategoriesPage,
  CalendarPage,
  WishListPage,
  WishCreatePage,
  WishDetailPage,
  NeedListPage,
  NeedCreatePage,
  NeedDetailPage,
  ClaimListPage,
  ResourceListPage,
  ServiceListPage,
  OrderListPage,
  OrderDetailPage,
  PartnerUnitListPage,
  RegistrationListPage,
  ResidenceClaimsPage,
  PointRulesPage,
  ClaimSettingsPage,
  RewardListPage,
  JointMeetingPage,
  ClaimsReportPage,
  LiaisonNeedsPage,
  LiaisonClaimsPage,
  LiaisonAgreementsPage,
  VolunteerActivitiesPage,
  VolunteerActivityDetailPage,
  VolunteerCheckinQrPage,
  VolunteerTeamsPage,
  VolunteerPostsPage,
  RotationCalendarPage,
  VolunteerFiguresPage,
} from './lazy-pages';

function guarded(navPath: string, page: ReactNode): ReactNode {
  const item = NAV_ITEMS.find((i) => i.path === navPath);
  return <RequireRoles roles={item?.roles ?? null}>{page}</RequireRoles>;
}

/** Every route of the web app: the login page, the resident H5 pages and the staff console. */
export const appRoutes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/h5',
    element: (
      <RequireSession area="h5">
        {() => (
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        )}
      </RequireSession>
    ),
    children: h5ChildRoutes,
  },
  {
    path: '/',
    element: <RequireSession area="console">{(me) => <AppLayout me={me} />}</RequireSession>,
    children: [
      { index: true, element: guarded('/', <HomePage />) },
      { path: 'cases/todo', element: guarded('/cases/todo', <CaseTodoPage />) },
      { path: 'cases/new', element: guarded('/cases/new', <CaseCreatePage />) },
      { path: 'cases', element: guarded('/cases', <CaseListPage />) },
      { path: 'cases/:id', element: guarded('/cases', <CaseDetailPage />) },
      { path: 'org', element: guarded('/org', <OrgPage />) },
      { path: 'org/:nodeId', element: guarded('/org', <OrgPage />) },
      { path: 'residents', element: guarded('/residents', <ResidentsPage />) },
      { path: 'residence-claims', element: guarded('/residence-claims', <ResidenceClaimsPage />) },
      { path: 'residents/:id', element: guarded('/residents', <ResidentDetailPage />) },
      { path: 'import', element: guarded('/import', <ImportPage />) },
      { path: 'party', element: guarded('/party', <PartyOrgsPage />) },
      { path: 'admin/users', element: guarded('/admin/users', <UsersPage />) },
      { path: 'admin/audit', element: guarded('/admin/audit', <AuditPage />) },
      { path: 'dashboard', element: guarded('/dashboard', <DashboardPage />) },
      { path: 'hotline/top', element: guarded('/hotline/top', <TopComplexesPage />) },
      { path: 'hotline/import', element: guarded('/hotline/import', <HotlineImportPage />) },
      { path: 'settings/categories', element: guarded('/settings/categories', <CategoriesPage />) },
      { path: 'settings/calendar', element: guarded('/settings/calendar', <CalendarPage />) },
      { path: 'claims/wishes', element: guarded('/claims/wishes', <WishListPage />) },
      { path: 'claims/wishes/new', element: guarded('/claims/wishes', <WishCreatePage />) },
      { path: 'claims/wishes/:id', element: guarded('/claims/wishes', <WishDetailPage />) },
      { path: 'claims/needs', element: guarded('/claims/needs', <NeedListPage />) },
      { path: 'claims/needs/new', element: guarded('/claims/needs', <NeedCreatePage />) },
      { path: 'claims/needs/:id', element: guarded('/claims/needs', <NeedDetailPage />) },
      { path: 'claims/records', element: guarded('/claims/records', <ClaimListPage />) },
      { path: 'claims/resources', element: guarded('/claims/resources', <ResourceListPage />) },
      { path: 'claims/services', element: guarded('/claims/services', <ServiceListPage />) },
      { path: 'claims/orders', element: guarded('/claims/orders', <OrderListPage />) },
      { path: 'claims/orders/:id', element: guarded('/claims/orders', <OrderDetailPage />) },
      { path: 'claims/units', element: guarded('/claims/units', <PartnerUnitListPage />) },
      { path: 'claims/registrations', element: guarded('/claims/registrations', <RegistrationListPage />) },
      { path: 'claims/point-rules', element: guarded('/claims/point-rules', <PointRulesPage />) },
      { path: 'claims/settings', element: guarded('/claims/settings', <ClaimSettingsPage />) },
      { path: 'claims/rewards', element: guarded('/claims/rewards', <RewardListPage />) },
      { path: 'claims/meeting', element: guarded('/claims/meeting', <JointMeetingPage />) },
      { path: 'claims/report', element: guarded('/claims/report', <ClaimsReportPage />) },
      { path: 'partner/needs', element: guarded('/partner/needs', <LiaisonNeedsPage />) },
      { path: 'partner/needs/:id', element: guarded('/partner/needs', <NeedDetailPage />) },
      { path: 'partner/claims', element: guarded('/partner/claims', <LiaisonClaimsPage />) },
      { path: 'partner/agreements', element: guarded('/partner/agreements', <LiaisonAgreementsPage />) },
      { path: 'volunteers/activities', element: guarded('/volunteers/activities', <VolunteerActivitiesPage />) },
      { path: 'volunteers/activities/:id', element: guarded('/volunteers/activities', <VolunteerActivityDetailPage />) },
      { path: 'volunteers/activities/:id/qr', element: guarded('/volunteers/activities', <VolunteerCheckinQrPage />) },
      { path: 'volunteers/posts', element: guarded('/volunteers/posts', <VolunteerPostsPage />) },
      { path: 'volunteers/teams', element: guarded('/volunteers/teams', <VolunteerTeamsPage />) },
      { path: 'volunteers/rotations', element: guarded('/volunteers/rotations', <RotationCalendarPage />) },
      { path: 'volunteers/figures', element: guarded('/volunteers/figures', <VolunteerFiguresPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
