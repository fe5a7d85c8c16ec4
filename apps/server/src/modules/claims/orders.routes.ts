import type { FastifyInstance } from 'fastify';
import { claimsEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { serve } from '../../platform/http/serve-endpoint';
import { requireActor } from '../../platform/auth/request-actor';
import * as orders from './orders.service';

/** Service orders 订单式服务: residents order from the menu, the community dispatches or a team takes, the resident rates. */
export function registerOrderRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.createOrder, async (req) => {
    const actor = await requireActor(deps, req);
    const id = await orders.createOrder(deps, actor, req.body);
    return orders.getOrder(deps, actor, id);
  });
  serve(app, ep.listOrders, async (req) => orders.listOrders(deps, await requireActor(deps, req), req.query));
  serve(app, ep.order, async (req) => orders.getOrder(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.actOnOrder, async (req) => orders.actOnOrder(deps, await requireActor(deps, req), req.params.id, req.body));
}
