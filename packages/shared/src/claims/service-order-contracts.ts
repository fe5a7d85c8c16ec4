import { z } from 'zod';
import { pageQuery } from '../common/page';
import { claimEventView } from './claims-contracts';
import { ORDER_ACTIONS, ORDER_STATES } from './service-order-workflow';

const photoKey = z.string().regex(/^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}\.(jpg|png)$/, '图片标识无效');

/** `POST /api/orders` (a resident on the H5 page): order an item from their community's service menu 服务清单. */
export const createOrderRequest = z.object({
  serviceId: z.uuid('请选择服务项目'),
  /** What the resident needs, in their words (time, place, details). */
  note: z.string().trim().min(2, '请简单说明您的需要').max(500),
});
export type CreateOrderRequest = z.input<typeof createOrderRequest>;

/**
 * `GET /api/orders` filters. `mine=ordered`: the caller's own orders (a resident's 我的订单);
 * `mine=taken`: orders the caller or their unit holds; `mine=open`: open orders the caller may take;
 * none: staff see the orders of their area (scoped), others the union of the three.
 */
export const listOrdersQuery = pageQuery.extend({
  mine: z.enum(['ordered', 'taken', 'open']).optional(),
  state: z.enum(ORDER_STATES).optional(),
  communityId: z.uuid().optional(),
});
export type ListOrdersQuery = z.input<typeof listOrdersQuery>;

/** An order on a list. `ordererName` is masked for everyone but the orderer and staff. */
export const orderListItem = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceTitle: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  state: z.enum(ORDER_STATES),
  ordererName: z.string(),
  note: z.string(),
  takerName: z.string().nullable(),
  takerUnitName: z.string().nullable(),
  orderedAt: z.string(),
  rating: z.number().int().nullable(),
  version: z.number().int(),
});
export type OrderListItem = z.infer<typeof orderListItem>;

/** `GET /api/orders/:id`: with proof, rating, timeline and the actions the caller may take now. */
export const orderDetail = orderListItem.extend({
  takenAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  ratedAt: z.string().nullable(),
  proofNote: z.string().nullable(),
  proofPhotos: z.array(z.string()),
  rateNote: z.string().nullable(),
  timeline: z.array(claimEventView),
  allowedActions: z.array(z.object({ action: z.enum(ORDER_ACTIONS), required: z.array(z.string()), optional: z.array(z.string()) })),
});
export type OrderDetail = z.infer<typeof orderDetail>;

/** `POST /api/orders/:id/actions`: one order workflow action with the fields it needs. */
export const orderActionRequest = z.object({
  action: z.enum(ORDER_ACTIONS),
  expectedVersion: z.number().int().min(1),
  /** dispatch: the partner unit the community hands the order to; take: the unit a liaison takes it for. */
  unitId: z.uuid().optional(),
  note: z.string().trim().max(1000).optional(),
  reason: z.string().trim().min(2, '请填写原因').max(500).optional(),
  photos: z.array(photoKey).max(9).optional(),
  rating: z.number().int().min(1, '评分为1到5星').max(5, '评分为1到5星').optional(),
});
export type OrderActionRequest = z.input<typeof orderActionRequest>;
/** A validated order action. */
export type OrderActionInput = z.output<typeof orderActionRequest>;
