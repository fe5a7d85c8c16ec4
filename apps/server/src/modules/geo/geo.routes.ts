import type { FastifyInstance } from 'fastify';
import { geoEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import { notFound } from '../../platform/errors';
import { serve } from '../../platform/http/serve-endpoint';
import { locate } from './locate';
import { gridNoticeBoards, noticeBoard } from './notice-board.service';
import { findBuildingPlace, listPlaces } from './places.service';

/** The map routes geo serves itself: places, locate, a building's place and notice boards (the case layers are the cases module's). */
export function registerGeoRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.nodePlaces, async (req) => listPlaces(deps.db, await requireActor(deps, req), req.params.id, req.query));

  serve(app, ep.locate, async (req) => {
    await requireActor(deps, req);
    return locate(deps.db, [req.query.lng, req.query.lat]);
  });

  serve(app, ep.buildingPlace, async (req) => {
    await requireActor(deps, req);
    return (await findBuildingPlace(deps.db, req.params.id)) ?? notFound('楼栋');
  });

  serve(app, ep.noticeBoard, async (req) => noticeBoard(deps.db, await requireActor(deps, req), req.params.id));

  serve(app, ep.gridNoticeBoards, async (req) => ({ items: await gridNoticeBoards(deps.db, await requireActor(deps, req), req.params.id) }));
}
