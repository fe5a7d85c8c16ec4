import type { FastifyInstance } from 'fastify';
import { HOTLINE_STAFF_ROLES, hotlineEndpoints as ep, type TopComplexItem } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { recordAudit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors';
import { serve } from '../../../platform/http/serve-endpoint';
import { buildWorkbook, sendWorkbook, type SheetColumn } from '../../../platform/excel/xlsx-writer';
import { auditActorOf, requireRole } from '../../../platform/auth/actor';
import { requireActor } from '../../../platform/auth/request-actor';
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
  serve(app, ep.importTemplate, async (req, reply) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, HOTLINE_STAFF_ROLES);
    return sendWorkbook(reply, '12345工单导入模板', await buildHotlineTemplate());
  });

  serve(app, ep.import, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, HOTLINE_STAFF_ROLES);
    if (!req.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以表单方式上传 .xlsx 文件', 'file');
    const part = await req.file();
    if (!part) throw new AppError('VALIDATION_FAILED', '请选择要导入的 .xlsx 文件', 'file');
    return importHotlineOrders(deps, actor, await part.toBuffer());
  });

  serve(app, ep.topComplexes, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const { format, ...query } = req.query;
    const report = await service.topComplexes(deps, actor, query);
    if (format !== 'xlsx') return report;
    await recordAudit(deps.db, auditActorOf(actor), {
      action: 'hotline.topComplexes.export',
      detail: { month: report.month, nodeId: query.nodeId ?? null, rows: report.items.length },
    });
    return sendWorkbook(reply, `12345投诉小区排名-${report.month}`, await buildWorkbook(`${report.month}投诉小区排名`, reportColumns, report.items));
  });

  serve(app, ep.leaderCandidates, async (req) => service.listLeaderCandidates(deps, await requireActor(deps, req), req.query.complexId));

  serve(app, ep.assign, async (req) => service.assignLeader(deps, await requireActor(deps, req), req.body));

  serve(app, ep.unassign, async (req) => {
    await service.unassignLeader(deps, await requireActor(deps, req), req.query.month, req.query.complexId);
    return { ok: true as const };
  });
}
