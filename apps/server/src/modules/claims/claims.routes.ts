import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADMIN_ROLES, idParams, okResponse, pageOf, type Role } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor, requireRole } from '../auth';
import {
  POINT_RULE_KEYS,
  claimActionRequest,
  claimItemRequest,
  claimView,
  communityListQuery,
  createMemberRegistrationRequest,
  createNeedRequest,
  createPartnerUnitRequest,
  createResourceRequest,
  createRewardRequest,
  createServiceRequest,
  createWishRequest,
  listClaimsQuery,
  listNeedsQuery,
  listRegistrationsQuery,
  listWishesQuery,
  memberRegistrationView,
  myPointsResponse,
  needDetail,
  needListItem,
  partnerUnitView,
  pointRuleView,
  redeemResponse,
  registerUnitRequest,
  setUnitLiaisonRequest,
  registrationActionRequest,
  resourceView,
  rewardView,
  serviceView,
  updatePointRuleRequest,
  wishActionRequest,
  wishDetail,
  wishListItem,
} from '@linli/shared';
import * as needsService from './needs.service';
import * as partners from './partners.service';
import * as points from './points.service';
import * as wishesService from './wishes.service';
import { registerMeetingRoutes } from './meeting.routes';
import { registerOrderRoutes } from './orders.routes';
import { registerClaimsStatsRoutes } from './stats/claims-stats.routes';

/** Admins who set points rules. */
const POINT_ADMIN_ROLES: readonly Role[] = [...ADMIN_ROLES, 'districtOfficer'];

/** Wishes, needs and claims, partner units and registrations, resources, services, points and rewards (DOMAIN §3–4). */
export function registerClaimsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['claims'];

  // ---- wishes 微心愿
  r.post('/api/wishes', { schema: { tags, body: createWishRequest, response: { 201: wishDetail } } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const id = await wishesService.createWish(deps, actor, req.body);
    reply.status(201);
    return wishesService.getWish(deps, actor, id);
  });
  r.get('/api/wishes', { schema: { tags, querystring: listWishesQuery, response: { 200: pageOf(wishListItem) } } }, async (req) =>
    wishesService.listWishes(deps, await requireActor(deps, req), req.query),
  );
  r.get('/api/wishes/:id', { schema: { tags, params: idParams, response: { 200: wishDetail } } }, async (req) =>
    wishesService.getWish(deps, await requireActor(deps, req), req.params.id),
  );
  r.post('/api/wishes/:id/claim', { schema: { tags, params: idParams, body: claimItemRequest.optional(), response: { 200: wishDetail } } }, async (req) =>
    wishesService.claimWish(deps, await requireActor(deps, req), req.params.id, req.body?.note),
  );
  r.post('/api/wishes/:id/actions', { schema: { tags, params: idParams, body: wishActionRequest, response: { 200: wishDetail } } }, async (req) =>
    wishesService.actOnWish(deps, await requireActor(deps, req), req.params.id, req.body),
  );

  // ---- needs 需求清单 and claims 认领
  r.post('/api/needs', { schema: { tags, body: createNeedRequest, response: { 201: needDetail } } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const id = await needsService.createNeed(deps, actor, req.body);
    reply.status(201);
    return needsService.getNeed(deps, actor, id);
  });
  r.get('/api/needs', { schema: { tags, querystring: listNeedsQuery, response: { 200: pageOf(needListItem) } } }, async (req) =>
    needsService.listNeeds(deps, await requireActor(deps, req), req.query),
  );
  r.get('/api/needs/:id', { schema: { tags, params: idParams, response: { 200: needDetail } } }, async (req) =>
    needsService.getNeed(deps, await requireActor(deps, req), req.params.id),
  );
  r.post('/api/needs/:id/claim', { schema: { tags, params: idParams, body: claimItemRequest.optional(), response: { 200: needDetail } } }, async (req) =>
    needsService.claimNeed(deps, await requireActor(deps, req), req.params.id, req.body ?? {}),
  );
  r.get('/api/claims', { schema: { tags, querystring: listClaimsQuery, response: { 200: pageOf(claimView) } } }, async (req) =>
    needsService.listClaims(deps, await requireActor(deps, req), req.query),
  );
  r.post('/api/claims/:id/actions', { schema: { tags, params: idParams, body: claimActionRequest, response: { 200: claimView } } }, async (req) =>
    needsService.actOnClaim(deps, await requireActor(deps, req), req.params.id, req.body),
  );

  // ---- partner units 共建单位, resources 资源清单, services 服务清单
  r.post('/api/partner-units', { schema: { tags, body: createPartnerUnitRequest, response: { 201: z.object({ id: z.string() }) } } }, async (req, reply) => {
    const id = await partners.createPartnerUnit(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return { id };
  });
  r.get('/api/partner-units', { schema: { tags, querystring: communityListQuery, response: { 200: pageOf(partnerUnitView) } } }, async (req) =>
    partners.listPartnerUnits(deps, await requireActor(deps, req), req.query),
  );
  r.put('/api/partner-units/:id/liaison', { schema: { tags, params: idParams, body: setUnitLiaisonRequest, response: { 200: okResponse } } }, async (req) => {
    await partners.setUnitLiaison(deps, await requireActor(deps, req), req.params.id, req.body);
    return { ok: true as const };
  });
  r.post(
    '/api/partner-units/:id/registrations',
    { schema: { tags, params: idParams, body: registerUnitRequest, response: { 201: okResponse } } },
    async (req, reply) => {
      await partners.registerUnit(deps, await requireActor(deps, req), req.params.id, req.body);
      reply.status(201);
      return { ok: true as const };
    },
  );
  r.post('/api/resources', { schema: { tags, body: createResourceRequest, response: { 201: resourceView } } }, async (req, reply) => {
    const view = await partners.createResource(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return view;
  });
  r.get('/api/resources', { schema: { tags, querystring: communityListQuery, response: { 200: pageOf(resourceView) } } }, async (req) =>
    partners.listResources(deps, await requireActor(deps, req), req.query),
  );
  r.post('/api/services', { schema: { tags, body: createServiceRequest, response: { 201: serviceView } } }, async (req, reply) => {
    const view = await partners.createService(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return view;
  });
  r.get('/api/services', { schema: { tags, querystring: communityListQuery, response: { 200: pageOf(serviceView) } } }, async (req) =>
    partners.listServices(deps, await requireActor(deps, req), req.query),
  );

  // ---- in-service party members 在职党员双报到
  r.post(
    '/api/member-registrations',
    { schema: { tags, body: createMemberRegistrationRequest, response: { 201: memberRegistrationView } } },
    async (req, reply) => {
      const view = await partners.requestRegistration(deps, await requireActor(deps, req), req.body);
      reply.status(201);
      return view;
    },
  );
  r.get(
    '/api/member-registrations',
    { schema: { tags, querystring: listRegistrationsQuery, response: { 200: pageOf(memberRegistrationView) } } },
    async (req) => partners.listRegistrations(deps, await requireActor(deps, req), req.query),
  );
  r.post(
    '/api/member-registrations/:id/actions',
    { schema: { tags, params: idParams, body: registrationActionRequest, response: { 200: memberRegistrationView } } },
    async (req) => partners.actOnRegistration(deps, await requireActor(deps, req), req.params.id, req.body),
  );

  // ---- points 积分 and rewards
  r.get('/api/points/me', { schema: { tags, response: { 200: myPointsResponse } } }, async (req) => points.myPoints(deps, await requireActor(deps, req)));
  r.get('/api/point-rules', { schema: { tags, response: { 200: z.object({ items: z.array(pointRuleView) }) } } }, async (req) => {
    await requireActor(deps, req);
    return { items: await points.listPointRules(deps) };
  });
  r.put(
    '/api/point-rules/:key',
    { schema: { tags, params: z.object({ key: z.enum(POINT_RULE_KEYS) }), body: updatePointRuleRequest, response: { 200: pointRuleView } } },
    async (req) => {
      const actor = await requireActor(deps, req);
      requireRole(actor, POINT_ADMIN_ROLES);
      return points.setPointRule(deps, actor, req.params.key, req.body.points);
    },
  );
  r.post('/api/rewards', { schema: { tags, body: createRewardRequest, response: { 201: rewardView } } }, async (req, reply) => {
    const view = await points.createReward(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return view;
  });
  r.get(
    '/api/rewards',
    {
      schema: {
        tags,
        querystring: z.object({
          communityId: z.uuid().optional(),
          inStock: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(rewardView) }) },
      },
    },
    async (req) => ({
      items: await points.listRewards(deps, await requireActor(deps, req), req.query),
    }),
  );
  r.post('/api/rewards/:id/redeem', { schema: { tags, params: idParams, response: { 200: redeemResponse } } }, async (req) =>
    points.redeemReward(deps, await requireActor(deps, req), req.params.id),
  );

  registerOrderRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerClaimsStatsRoutes(app, deps);
}
