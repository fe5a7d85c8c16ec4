import type { FastifyInstance } from 'fastify';
import { authEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import { serve } from '../../platform/http/serve-endpoint';
import * as service from './residence-claims.service';

/** Residence claims 住址认证: a pending resident's own claim, and the staff's list and decisions. */
export function registerResidenceClaimRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.myResidenceClaim, async (req) => service.getMyClaim(deps, await requireActor(deps, req)));

  serve(app, ep.createResidenceClaim, async (req) => service.createClaim(deps, await requireActor(deps, req), req.body));

  serve(app, ep.residenceClaims, async (req) => ({ items: await service.listClaims(deps, await requireActor(deps, req)) }));

  serve(app, ep.approveResidenceClaim, async (req) => service.approveClaim(deps, await requireActor(deps, req), req.params.id, req.body.houseId));

  serve(app, ep.rejectResidenceClaim, async (req) => service.rejectClaim(deps, await requireActor(deps, req), req.params.id, req.body.reason));
}
