import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approveResidenceClaimRequest,
  createResidenceClaimRequest,
  idParams,
  myResidenceClaimResponse,
  rejectResidenceClaimRequest,
  residenceClaimsResponse,
  residenceClaimView,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import * as service from './residence-claims.service';

/** Residence claims 住址认证: a pending resident's own claim, and the staff's list and decisions. */
export function registerResidenceClaimRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.get('/api/me/residence-claim', { schema: { tags, response: { 200: myResidenceClaimResponse } } }, async (req) =>
    service.getMyClaim(deps, await requireActor(deps, req)),
  );

  r.post('/api/me/residence-claim', { schema: { tags, body: createResidenceClaimRequest, response: { 200: residenceClaimView } } }, async (req) =>
    service.createClaim(deps, await requireActor(deps, req), req.body),
  );

  r.get('/api/residence-claims', { schema: { tags, response: { 200: residenceClaimsResponse } } }, async (req) => ({
    items: await service.listClaims(deps, await requireActor(deps, req)),
  }));

  r.post(
    '/api/residence-claims/:id/approve',
    { schema: { tags, params: idParams, body: approveResidenceClaimRequest, response: { 200: residenceClaimView } } },
    async (req) => service.approveClaim(deps, await requireActor(deps, req), req.params.id, req.body.houseId),
  );

  r.post(
    '/api/residence-claims/:id/reject',
    { schema: { tags, params: idParams, body: rejectResidenceClaimRequest, response: { 200: residenceClaimView } } },
    async (req) => service.rejectClaim(deps, await requireActor(deps, req), req.params.id, req.body.reason),
  );
}
