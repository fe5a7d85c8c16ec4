import type { RouteObject } from 'react-router-dom';
import { WEB_MODULES } from '../app/web-modules';
import { H5HomePage } from './H5HomePage';
import { h5Lazy } from './h5-lazy';

/** An H5 address that matches no page. */
const H5NotFoundPage = h5Lazy(() => import('../ui/NotFoundPage').then((m) => m.NotFoundPage));

/**
 * The pages under /h5, shared by both HTML entries (console index.html and the light h5.html): the home is plain React,
 * every module's phone page is lazy and brings antd along.
 */
export const h5ChildRoutes: RouteObject[] = [
  { index: true, element: <H5HomePage /> },
  ...WEB_MODULES.flatMap((m) =>
    (m.h5Routes ?? []).map((r) => {
      const Page = h5Lazy(r.page);
      return { path: r.path, element: <Page /> };
    }),
  ),
  { path: '*', element: <H5NotFoundPage /> },
];
