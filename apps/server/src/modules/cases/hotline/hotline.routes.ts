import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  HOTLINE_STAFF_ROLES,
  assignComplexLeaderRequest,
  complexAssignmentView,
  complexLeaderCandidates,
  complexLeaderCandidatesQuery,
  hotlineImportReport,
  okResponse,
  topComplexesQuery,
  topComplexesResponse,
  unassignComplexLeaderQuery,
  type TopComplexItem,
} from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { recordAudit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors';
import { buildWorkbook, sendWorkbook, type SheetColumn } from '../../../platform/excel/xlsx-writer';
import { auditActorOf, requireActor, requireRole } from '../../auth';
import { importHotlineOrders } from './hotline-import';
import { buildHotlineTemplate } from './hotline-workbook';
import * as service from './hotline.service';

const percent = (rate: number | null) => (rate === null ? '—' : `${rate > 0 ? '+' : ''}${(rate * 100).toFixed(1)}%`);

const reportColumns: SheetColumn<TopComplexItem>[] = [
  { header: '排名', value: (r) => r.rank },
  { header: '小区', width: 24, value: (r) => r.complexName },
  { header: '所属社区', width: 16, value: (r) => r.communityName },
  { header: '本月工单数', value: (r) => r.count },
  { header: '上月工单数', value: (r) => r.previousCount },
  { header: '环比增减', value: (r) => r.change },
  { header: '环比', value: (r) => percent(r.changeRate) },
  { header: '帮包领导', width: 14, value: (r) => r.leader?.name ?? '' },
  { header: '帮包说明', width: 30, value: (r) => r.leader?.note ?? '' },
];

/** 12345 hotline: order import and template, the monthly worst-complexes report, and 帮包整治 assignments. */
export function registerHotlineRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/hotline/import/template', { schema: { tags: ['hotline'] } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, HOTLINE_STAFF_ROLES);
    return sendWorkbook(reply, '12345工单导入模板', await buildHotlineTemplate());
  });

  r.post('/api/hotline/import', { schema: { tags: ['hotline'], response: { 200: hotlineImportReport } } }, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, HOTLINE_STAFF_ROLES);
    if (!req.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以表单方式上传 .xlsx 文件', 'file');
    const part = await req.file();
    if (!part) throw new AppError('VALIDATION_FAILED', '请选择要导入的 .xlsx 文件', 'file');
    return importHotlineOrders(deps, actor, await part.toBuffer());
  });

  r.get(
    '/api/hotline/top-complexes',
    { schema: { tags: ['hotline'], querystring: topComplexesQuery, response: { 200: topComplexesResponse } } },
    async (req, reply) => {
      const actor = await requireActor(deps, req);
      const { format, ...query } = req.query;
      const report = await service.topComplexes(deps, actor, query);
      if (format !== 'xlsx') return report;
      await recordAudit(deps.db, auditActorOf(actor), {
        action: 'hotline.topComplexes.export',
        detail: { month: report.month, nodeId: query.nodeId ?? null, rows: report.items.length },
      });
      return sendWorkbook(reply, `12345投诉小区排名-${report.month}`, await buildWorkbook(`${report.month}投诉小区排名`, reportColumns, report.items));
    },
  );

  r.get(
    '/api/hotline/top-complexes/leaders',
    { schema: { tags: ['hotline'], querystring: complexLeaderCandidatesQuery, response: { 200: complexLeaderCandidates } } },
    async (req) => service.listLeaderCandidates(deps, await requireActor(deps, req), req.query.complexId),
  );

  r.post(
    '/api/hotline/top-complexes/assign',
    { schema: { tags: ['hotline'], body: assignComplexLeaderRequest, response: { 200: complexAssignmentView } } },
    async (req) => service.assignLeader(deps, await requireActor(deps, req), req.body),
  );

  r.delete(
    '/api/hotline/top-complexes/assign',
    { schema: { tags: ['hotline'], querystring: unassignComplexLeaderQuery, response: { 200: okResponse } } },
    async (req) => {
      await service.unassignLeader(deps, await requireActor(deps, req), req.query.month, req.query.complexId);
      return { ok: true as const };
    },
  );
}
