import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  GRID_TYPE_LABELS,
  NODE_KIND_LABELS,
  departmentsResponse,
  householdView,
  idParams,
  listNodesQuery,
  orgNodeDetail,
  orgNodeView,
  partyOrgView,
  searchHit,
  searchQuery,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { buildWorkbook, sendWorkbook } from '../../platform/excel/xlsx-writer';
import { requireActor } from '../../platform/auth/request-actor';
import * as service from './directory.service';

/** Browse and search the area tree and the party organisations. */
export function registerOrgRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/org/nodes',
    { schema: { tags: ['org'], querystring: listNodesQuery, response: { 200: z.object({ items: z.array(orgNodeView) }) } } },
    async (req, reply) => {
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
    },
  );

  r.get('/api/org/departments', { schema: { tags: ['org'], response: { 200: departmentsResponse } } }, async (req) => ({
    items: await service.listDepartments(deps, await requireActor(deps, req)),
  }));

  r.get('/api/org/nodes/:id', { schema: { tags: ['org'], params: idParams, response: { 200: orgNodeDetail } } }, async (req) =>
    service.getNode(deps, await requireActor(deps, req), req.params.id),
  );

  r.get(
    '/api/org/nodes/:id/households',
    { schema: { tags: ['org'], params: idParams, response: { 200: z.object({ items: z.array(householdView) }) } } },
    async (req) => ({
      items: await service.listHouseholds(deps, await requireActor(deps, req), req.params.id),
    }),
  );

  r.get(
    '/api/org/search',
    { schema: { tags: ['org'], querystring: searchQuery, response: { 200: z.object({ items: z.array(searchHit) }) } } },
    async (req) => ({
      items: await service.search(deps, await requireActor(deps, req), req.query.q),
    }),
  );

  r.get(
    '/api/org/party-orgs',
    { schema: { tags: ['org'], querystring: z.object({ parentId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(partyOrgView) }) } } },
    async (req) => ({
      items: await service.listPartyOrgs(deps, await requireActor(deps, req), req.query.parentId),
    }),
  );
}
