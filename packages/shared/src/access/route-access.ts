import { accessTableOf } from '../http/define-endpoint';
import { ALL_ENDPOINTS } from '../http/endpoints';
import type { RouteAccess } from './access-of';

export type { RouteAccess } from './access-of';

/**
 * Every API route, as `METHOD /path` exactly as the server registers it, with the capability it
 * asks (DESIGN rule 3), taken from the endpoint definitions (`access` of each defineEndpoint). The server refuses to
 * start with a route missing here, so a route added
 * next month cannot skip the table; the route battery derives its expectations from it.
 * Routes serving Excel with `?format=xlsx` name `read` here and ask `export` in their handler.
 */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = accessTableOf(ALL_ENDPOINTS);

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
