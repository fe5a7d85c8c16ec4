import type { FastifyInstance } from 'fastify';
import { geoEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { requireActor } from '../../../platform/auth/request-actor';
import { serve } from '../../../platform/http/serve-endpoint';
import { casePoints, nodeMap } from './case-map.service';

/** The case layers of the map (`/api/geo/nodes/:id/map`, `/case-points`): outlines come from geo, figures and points from cases. */
export function registerCaseMapRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.nodeMap, async (req) => nodeMap(deps.db, await requireActor(deps, req), req.params.id, req.query.zoom));
  serve(app, ep.casePoints, async (req) => casePoints(deps.db, await requireActor(deps, req), req.params.id, req.query.bbox, req.query.limit));
}
