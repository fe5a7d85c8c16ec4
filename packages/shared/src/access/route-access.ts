import { auditEndpoints } from '../audit/audit-endpoints';
import { caseEndpoints } from '../cases/case-endpoints';
import { claimsEndpoints } from '../claims/claims-endpoints';
import { hotlineEndpoints } from '../cases/hotline/hotline-endpoints';
import { calendarEndpoints } from '../calendar/calendar-endpoints';
import { notificationEndpoints } from '../notifications/notification-endpoints';
import { orgEndpoints } from '../org/org-endpoints';
import { volunteerEndpoints } from '../volunteers/volunteer-endpoints';
import { accessTableOf } from '../http/define-endpoint';
import { openTo as open, readOf as read, writeOf as write, type RouteAccess } from './access-of';

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

  ...accessTableOf(Object.values(orgEndpoints)),

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
  ...accessTableOf(Object.values(auditEndpoints)),

  ...accessTableOf(Object.values(calendarEndpoints)),

  ...accessTableOf(Object.values(caseEndpoints)),

  ...accessTableOf(Object.values(hotlineEndpoints)),

  ...accessTableOf(Object.values(notificationEndpoints)),

  ...accessTableOf(Object.values(claimsEndpoints)),

  ...accessTableOf(Object.values(volunteerEndpoints)),
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
