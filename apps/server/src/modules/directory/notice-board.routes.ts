import type { FastifyInstance } from 'fastify';
import { noticeBoardEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import { serve } from '../../platform/http/serve-endpoint';
import { getNoticeBoard, getReportPlace } from './notice-board.service';

/** The building notice board 楼宇公示牌 and the building its QR code opens the report page at. */
export function registerNoticeBoardRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.noticeBoard, async (req) => getNoticeBoard(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.reportPlace, async (req) => {
    await requireActor(deps, req);
    return getReportPlace(deps, req.params.id);
  });
}
