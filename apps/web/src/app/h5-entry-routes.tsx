import type { RouteObject } from 'react-router-dom';
import { H5Session, LeaveH5 } from '../h5/H5Session';
import { h5ChildRoutes } from '../h5/h5-routes';

/** Routes of the light phone entry (h5.html): /h5 pages behind the session check; anything else leaves for the console entry. */
export const h5EntryRoutes: RouteObject[] = [
  { path: '/h5', element: <H5Session />, children: h5ChildRoutes },
  { path: '*', element: <LeaveH5 /> },
];
