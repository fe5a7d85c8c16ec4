import type { FastifyInstance } from 'fastify';
import { GRID_TYPE_LABELS, NODE_KIND_LABELS, orgEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { buildWorkbook, sendWorkbook } from '../../platform/excel/xlsx-writer';
import { requireActor } from '../../platform/auth/request-actor';
import { serve } from '../../platform/http/serve-endpoint';
import * as service from './directory.service';

/** Browse and search the area tree and the party organisations. */
export function registerOrgRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.nodes, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const items = await service.listNodes(deps, actor, req.query.parentId);
    if (req.query.format === 'xlsx') {
      const book = await buildWorkbook(
        '区域列表',
        [
          { header: '名称', width: 28, value: (n: (typeof items)[number]) => n.name },
          { header: '类型', value: (n) => NODE_KIND_LABELS[n.kind] },
          { header: '编码', width: 20, value: (n) => n.code },
          { header: '网格类型', value: (n) => (n.gridType ? GRID_TYPE_LABELS[n.gridType] : '') },
          { header: '下级数', value: (n) => n.childCount },
          { header: '户数', value: (n) => n.householdCount },
        ],
        items,
      );
      return sendWorkbook(reply, '区域列表', book);
    }
    return { items };
  });

  serve(app, ep.departments, async (req) => ({ items: await service.listDepartments(deps, await requireActor(deps, req)) }));

  serve(app, ep.node, async (req) => service.getNode(deps, await requireActor(deps, req), req.params.id));

  serve(app, ep.households, async (req) => ({ items: await service.listHouseholds(deps, await requireActor(deps, req), req.params.id) }));

  serve(app, ep.search, async (req) => ({ items: await service.search(deps, await requireActor(deps, req), req.query.q) }));

  serve(app, ep.partyOrgs, async (req) => ({ items: await service.listPartyOrgs(deps, await requireActor(deps, req), req.query.parentId) }));
}
