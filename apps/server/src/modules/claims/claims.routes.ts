import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES, claimsEndpoints as ep, type Role } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { serve } from '../../platform/http/serve-endpoint';
import { requireActor } from '../../platform/auth/request-actor';
import { requireRole } from '../../platform/auth/actor';
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
  // ---- wishes 微心愿
  serve(app, ep.createWish, async (req) => {
    const actor = await requireActor(deps, req);
    const id = await wishesService.createWish(deps, actor, req.body);
    return wishesService.getWish(deps, actor, id);
  });
  serve(app, ep.listWishes, async (req) => wishesService.listWishes(deps, await requireActor(deps, req), req.query));
  serve(app, ep.wish, async (req) => wishesService.getWish(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.claimWish, async (req) => wishesService.claimWish(deps, await requireActor(deps, req), req.params.id, req.body?.note));
  serve(app, ep.actOnWish, async (req) => wishesService.actOnWish(deps, await requireActor(deps, req), req.params.id, req.body));

  // ---- needs 需求清单 and claims 认领
  serve(app, ep.createNeed, async (req) => {
    const actor = await requireActor(deps, req);
    const id = await needsService.createNeed(deps, actor, req.body);
    return needsService.getNeed(deps, actor, id);
  });
  serve(app, ep.listNeeds, async (req) => needsService.listNeeds(deps, await requireActor(deps, req), req.query));
  serve(app, ep.need, async (req) => needsService.getNeed(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.claimNeed, async (req) => needsService.claimNeed(deps, await requireActor(deps, req), req.params.id, req.body ?? {}));
  serve(app, ep.listClaims, async (req) => needsService.listClaims(deps, await requireActor(deps, req), req.query));
  serve(app, ep.actOnClaim, async (req) => needsService.actOnClaim(deps, await requireActor(deps, req), req.params.id, req.body));

  // ---- partner units 共建单位, resources 资源清单, services 服务清单
  serve(app, ep.createPartnerUnit, async (req) => ({ id: await partners.createPartnerUnit(deps, await requireActor(deps, req), req.body) }));
  serve(app, ep.listPartnerUnits, async (req) => partners.listPartnerUnits(deps, await requireActor(deps, req), req.query));
  serve(app, ep.setUnitLiaison, async (req) => {
    await partners.setUnitLiaison(deps, await requireActor(deps, req), req.params.id, req.body);
    return { ok: true as const };
  });
  serve(app, ep.registerUnit, async (req) => {
    await partners.registerUnit(deps, await requireActor(deps, req), req.params.id, req.body);
    return { ok: true as const };
  });
  serve(app, ep.createResource, async (req) => partners.createResource(deps, await requireActor(deps, req), req.body));
  serve(app, ep.listResources, async (req) => partners.listResources(deps, await requireActor(deps, req), req.query));
  serve(app, ep.createService, async (req) => partners.createService(deps, await requireActor(deps, req), req.body));
  serve(app, ep.listServices, async (req) => partners.listServices(deps, await requireActor(deps, req), req.query));

  // ---- in-service party members 在职党员双报到
  serve(app, ep.createRegistration, async (req) => partners.requestRegistration(deps, await requireActor(deps, req), req.body));
  serve(app, ep.listRegistrations, async (req) => partners.listRegistrations(deps, await requireActor(deps, req), req.query));
  serve(app, ep.actOnRegistration, async (req) => partners.actOnRegistration(deps, await requireActor(deps, req), req.params.id, req.body));

  // ---- points 积分 and rewards
  serve(app, ep.myPoints, async (req) => points.myPoints(deps, await requireActor(deps, req)));
  serve(app, ep.pointRules, async (req) => {
    await requireActor(deps, req);
    return { items: await points.listPointRules(deps) };
  });
  serve(app, ep.setPointRule, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, POINT_ADMIN_ROLES);
    return points.setPointRule(deps, actor, req.params.key, req.body.points);
  });
  serve(app, ep.createReward, async (req) => points.createReward(deps, await requireActor(deps, req), req.body));
  serve(app, ep.listRewards, async (req) => ({ items: await points.listRewards(deps, await requireActor(deps, req), req.query) }));
  serve(app, ep.redeemReward, async (req) => points.redeemReward(deps, await requireActor(deps, req), req.params.id));

  registerOrderRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerClaimsStatsRoutes(app, deps);
}
