import type { FastifyInstance } from 'fastify';
import { routeAccessOf } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireCapability } from '../../platform/auth/actor';
import { provideActorFinder, requireActor } from '../../platform/auth/request-actor';
import { findActor } from './authenticate';

/** True for the paths the capability table governs (the rest is the web app's static files). */
function isGoverned(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/open311/');
}

/** Each app's routes outside /api and /open311 (`METHOD /path`), which the table does not govern: the route battery checks the list. */
const outsideTheTable = new WeakMap<FastifyInstance, string[]>();

/** The routes of `app` the capability table does not govern (static web app, `/metrics`, test-only routes), as registered. */
export function routesOutsideTheTable(app: FastifyInstance): string[] {
  return [...(outsideTheTable.get(app) ?? [])];
}

/**
 * Makes every route ask the capability table (DESIGN rule 3) before anything else runs: a route
 * registered without an entry in ROUTE_ACCESS stops the server at start-up, and a request whose
 * caller holds no role the table lists for the route's (kind, action) is refused — 401 without a
 * session, 403 with one — before its body is parsed. `?format=xlsx` on a read asks `export`. Scope (where) is the handler's question.
 */
export function registerAccessGate(app: FastifyInstance, deps: AppDeps): void {
  provideActorFinder(app, (request) => findActor(deps, request));
  const outside: string[] = [];
  outsideTheTable.set(app, outside);
  app.addHook('onRoute', (route) => {
    if (!isGoverned(route.url)) {
      for (const method of [route.method].flat()) if (method !== 'HEAD') outside.push(`${method} ${route.url}`);
      return;
    }
    for (const method of [route.method].flat()) {
      if (!routeAccessOf(method, route.url)) {
        throw new Error(`${method} ${route.url} has no entry in ROUTE_ACCESS (packages/shared/src/access/route-access.ts)`);
      }
    }
  });
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (!url || !isGoverned(url)) return;
    const access = routeAccessOf(request.method, url);
    if (!access || 'public' in access) return;
    // A list served as Excel (`?format=xlsx`) is an export, whatever the route's usual action.
    const asExcel = (request.query as Record<string, unknown> | undefined)?.format === 'xlsx';
    const action = access.action === 'read' && asExcel ? 'export' : access.action;
    requireCapability(await requireActor(deps, request), access.kind, action);
  });
}
