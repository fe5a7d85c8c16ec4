import { Suspense, type ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router-dom';
import { AppLayout } from '../layout/AppLayout';
import { NAV_ITEMS } from '../layout/nav-items';
import { RequireRoles } from '../modules/auth/RequireRoles';
import { RequireSession } from '../modules/auth/RequireSession';
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
  MyCasesPage,
  OrgPage,
  PartyOrgsPage,
  ReportCasePage,
  ResidentCasePage,
  ResidentDetailPage,
  ResidentHomePage,
  ResidentsPage,
  UsersPage,
  DashboardPage,
  HotlineImportPage,
  TopComplexesPage,
  CategoriesPage,
  CalendarPage,
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
    children: [
      { index: true, element: <ResidentHomePage /> },
      { path: 'report', element: <ReportCasePage /> },
      { path: 'cases', element: <MyCasesPage /> },
      { path: 'cases/:id', element: <ResidentCasePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
