import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createOrderRequest, idParams, listOrdersQuery, orderActionRequest, orderDetail, orderListItem, pageOf } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../auth';
import * as orders from './orders.service';

/** Service orders 订单式服务: residents order from the menu, the community dispatches or a team takes, the resident rates. */
export function registerOrderRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['claims'];
  r.post('/api/orders', { schema: { tags, body: createOrderRequest, response: { 201: orderDetail } } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const id = await orders.createOrder(deps, actor, req.body);
    reply.status(201);
    return orders.getOrder(deps, actor, id);
  });
  r.get('/api/orders', { schema: { tags, querystring: listOrdersQuery, response: { 200: pageOf(orderListItem) } } }, async (req) =>
    orders.listOrders(deps, await requireActor(deps, req), req.query),
  );
  r.get('/api/orders/:id', { schema: { tags, params: idParams, response: { 200: orderDetail } } }, async (req) =>
    orders.getOrder(deps, await requireActor(deps, req), req.params.id),
  );
  r.post('/api/orders/:id/actions', { schema: { tags, params: idParams, body: orderActionRequest, response: { 200: orderDetail } } }, async (req) =>
    orders.actOnOrder(deps, await requireActor(deps, req), req.params.id, req.body),
  );
}
