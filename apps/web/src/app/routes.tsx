import { Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { AppLayout } from '../layout/AppLayout';
import { NAV_ITEMS } from '../layout/nav-items';
import { RequireRoles } from '../modules/auth/RequireRoles';
import { RequireSession } from '../modules/auth/RequireSession';
import { FullPageSpin } from '../ui/FullPageSpin';
import { NotFoundPage } from '../ui/NotFoundPage';
import {
  AuditPage,
  HomePage,
  ImportPage,
  LoginPage,
  OrgPage,
  PartyOrgsPage,
  ResidentDetailPage,
  ResidentHomePage,
  ResidentsPage,
  UsersPage,
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
            <ResidentHomePage />
          </Suspense>
        )}
      </RequireSession>
    ),
  },
  {
    path: '/',
    element: <RequireSession area="console">{(me) => <AppLayout me={me} />}</RequireSession>,
    children: [
      { index: true, element: guarded('/', <HomePage />) },
      { path: 'org', element: guarded('/org', <OrgPage />) },
      { path: 'org/:nodeId', element: guarded('/org', <OrgPage />) },
      { path: 'residents', element: guarded('/residents', <ResidentsPage />) },
      { path: 'residents/:id', element: guarded('/residents', <ResidentDetailPage />) },
      { path: 'import', element: guarded('/import', <ImportPage />) },
      { path: 'party', element: guarded('/party', <PartyOrgsPage />) },
      { path: 'admin/users', element: guarded('/admin/users', <UsersPage />) },
      { path: 'admin/audit', element: guarded('/admin/audit', <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
