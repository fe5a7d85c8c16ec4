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

/**
 * Makes every route ask the capability table (DESIGN rule 3) before anything else runs: a route
 * registered without an entry in ROUTE_ACCESS stops the server at start-up, and a request whose
 * caller holds no role the table lists for the route's (kind, action) is refused — 401 without a
 * session, 403 with one — before its body is parsed. `?format=xlsx` on a read asks `export`. Scope (where) is the handler's question.
 */
export function registerAccessGate(app: FastifyInstance, deps: AppDeps): void {
  provideActorFinder(app, (request) => findActor(deps, request));
  app.addHook('onRoute', (route) => {
    if (!isGoverned(route.url)) return;
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
