import { caseEndpoints } from '../cases/case-endpoints';
import { claimsEndpoints } from '../claims/claims-endpoints';
import { hotlineEndpoints } from '../cases/hotline/hotline-endpoints';
import { accessTableOf } from '../http/define-endpoint';
import { exportOf, openTo as open, readOf as read, writeOf as write, type RouteAccess } from './access-of';

export type { RouteAccess } from './access-of';

/**
 * Every API route, as `METHOD /path` exactly as the server registers it, with the capability it
 * asks (DESIGN rule 3). Modules whose routes are defined with defineEndpoint bring their entries
 * from the definitions (`access`); the others are still listed by hand. The server refuses to start with a route missing here, so a route added
 * next month cannot skip the table; the route battery derives its expectations from it.
 * Routes serving Excel with `?format=xlsx` name `read` here and ask `export` in their handler.
 */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = {
  'GET /api/health': open('liveness probe, answers nothing about data'),
  'GET /api/ready': open('readiness probe: whether the database and LISTEN answer, nothing about data'),
  'POST /api/auth/login': open('signing in'),
  'POST /api/auth/otp/send': open('signing in (rate-limited per phone, IP and district)'),
  'POST /api/auth/otp/login': open('signing in'),
  'POST /api/auth/logout': open("ends the caller's own session if any"),
  'POST /api/auth/password': write('account'),
  'GET /api/me': read('account'),
  'GET /api/session': open('whether the caller is signed in: its own user or null'),
  'GET /api/me/residence-claim': read('account'),
  'POST /api/me/residence-claim': write('account'),
  'GET /api/residence-claims': read('residenceClaim'),
  'POST /api/residence-claims/:id/approve': write('residenceClaim'),
  'POST /api/residence-claims/:id/reject': write('residenceClaim'),

  'GET /api/org/nodes': read('orgTree'),
  'GET /api/org/nodes/:id': read('orgTree'),
  'GET /api/org/nodes/:id/households': read('household'),
  'GET /api/org/departments': read('orgTree'),
  'GET /api/org/search': read('orgTree'),
  'GET /api/org/party-orgs': read('partyOrg'),

  'GET /api/residents': read('resident'),
  'GET /api/residents/:id': read('resident'),
  'POST /api/residents/:id/reveal': read('residentIdentity'),
  'GET /api/residents/import/template': read('resident'),
  'POST /api/residents/import': write('resident'),

  'GET /api/users': read('user'),
  'POST /api/users': write('user'),
  'PATCH /api/users/:id': write('user'),
  'POST /api/users/:id/posts': write('user'),
  'DELETE /api/users/:id/posts/:postId': write('user'),
  'GET /api/audit': read('audit'),

  'GET /api/calendar/overrides': read('calendar'),
  'PUT /api/calendar/overrides/:day': write('calendar'),
  'DELETE /api/calendar/overrides/:day': write('calendar'),

  ...accessTableOf(Object.values(caseEndpoints)),

  ...accessTableOf(Object.values(hotlineEndpoints)),

  'GET /api/notifications': read('notification'),
  'POST /api/notifications/read': write('notification'),
  'GET /api/notifications/stream': read('notification'),

  ...accessTableOf(Object.values(claimsEndpoints)),

  'GET /api/volunteer-teams': read('volunteer'),
  'POST /api/volunteer-teams': write('volunteer'),
  'POST /api/volunteer-teams/:id/members': write('volunteer'),
  'DELETE /api/volunteer-teams/:id/members/:userId': write('volunteer'),
  'GET /api/volunteer-skills': read('volunteer'),
  'PUT /api/volunteer-skills': write('volunteer'),
  'GET /api/volunteer-skills/me': read('volunteer'),
  'GET /api/volunteer-posts': read('volunteer'),
  'POST /api/volunteer-posts': write('volunteer'),
  'POST /api/volunteer-posts/:id/claim': write('volunteer'),
  'POST /api/volunteer-posts/:id/release': write('volunteer'),
  'GET /api/volunteer-activities': read('volunteer'),
  'POST /api/volunteer-activities': write('volunteer'),
  'GET /api/volunteer-activities/:id': read('volunteer'),
  'GET /api/volunteer-activities/:id/checkin-token': write('volunteer'),
  'POST /api/volunteer-activities/:id/sign-ups': write('volunteer'),
  'POST /api/volunteer-sign-ups/:id/cancel': write('volunteer'),
  'POST /api/volunteer-checkins': write('volunteer'),
  'GET /api/volunteer-hours/me': read('volunteer'),
  'GET /api/volunteer-calendar': read('volunteer'),
  'POST /api/volunteer-rotations': write('volunteerRota'),
  'POST /api/volunteer-rotations/:id/roster': write('volunteerRota'),
  'GET /api/volunteer-rotations/head-units': read('volunteerRota'),
  'GET /api/volunteer-figures': read('volunteerRota'),
  'GET /api/volunteer-figures/export': exportOf('volunteerRota'),
};

/**
 * Route prefixes answered without the table: the OpenAPI document and its viewer, and the Open311
 * GeoReport interface, which is public by its standard (public fields only, posting needs an
 * api_key) and checks its clients itself.
 */
export const PUBLIC_ROUTE_PREFIXES: readonly string[] = ['/api/docs', '/open311/v2/'];

/** The access a registered route asks, or undefined when the table has no entry for it. */
export function routeAccessOf(method: string, url: string): RouteAccess | undefined {
  const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  if (ROUTE_ACCESS[key]) return ROUTE_ACCESS[key];
  if (PUBLIC_ROUTE_PREFIXES.some((p) => url === p.replace(/\/$/, '') || url.startsWith(p))) return { public: 'public interface' };
  return undefined;
}
