import { Suspense, type ReactNode } from 'react';
import { Outlet, type RouteObject } from 'react-router-dom';
import { AppLayout } from '../layout/AppLayout';
import { NAV_ITEMS } from '../layout/nav-items';
import { RequireRoles } from '../modules/auth/RequireRoles';
import { RequireSession } from '../modules/auth/RequireSession';
import { h5ChildRoutes } from '../h5/h5-routes';
import { FullPageSpin } from '../ui/FullPageSpin';
import { NotFoundPage } from '../ui/NotFoundPage';
import { CONSOLE_MODULES } from './console-modules';
import { HomePage, lazyPage, LoginPage } from './lazy-pages';

function guarded(navPath: string, page: ReactNode): ReactNode {
  const item = NAV_ITEMS.find((i) => i.path === navPath);
  // A page whose menu entry is missing would open to everyone: stop instead.
  if (!item) throw new Error(`A console route names the menu entry ${navPath}, which no module declares`);
  return <RequireRoles roles={item.roles}>{page}</RequireRoles>;
}

// Every module page is created once, as a lazy chunk guarded by the roles of its menu entry.
const moduleRoutes: RouteObject[] = CONSOLE_MODULES.flatMap((m) =>
  m.routes.map((r) => {
    const Page = lazyPage(r.page);
    return { path: r.path, element: guarded(r.nav, <Page />) };
  }),
);

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
    children: [{ index: true, element: guarded('/', <HomePage />) }, ...moduleRoutes, { path: '*', element: <NotFoundPage /> }],
  },
];
