import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { H5Session, LeaveH5 } from '../h5/H5Session';
import { H5Spin } from '../h5/H5Spin';
import { h5ChildRoutes } from '../h5/h5-routes';

// The phone's own login page: a small chunk of its own, so a signed-in phone never downloads it.
const H5LoginPage = lazy(() => import('../h5/H5LoginPage').then((m) => ({ default: m.H5LoginPage })));

/**
 * Routes of the light phone entry (h5.html): its own login page, /h5 pages behind the session check; anything
 * else leaves for the console entry.
 */
export const h5EntryRoutes: RouteObject[] = [
  {
    path: '/h5/login',
    element: (
      <Suspense fallback={<H5Spin />}>
        <H5LoginPage />
      </Suspense>
    ),
  },
  { path: '/h5', element: <H5Session />, children: h5ChildRoutes },
  { path: '*', element: <LeaveH5 /> },
];
