import type { FastifyInstance } from 'fastify';
import { caseEndpoints } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { recordAudit } from '../../../platform/audit/audit';
import { serve } from '../../../platform/http/serve-endpoint';
import { sendWorkbook } from '../../../platform/excel/xlsx-writer';
import { auditActorOf } from '../../../platform/auth/actor';
import { requireActor } from '../../../platform/auth/request-actor';
import { caseStats } from './stats.service';
import { buildStatsWorkbook } from './stats-workbook';

/** `GET /api/cases/stats`: case figures of a node over a period, as JSON or an Excel workbook. */
export function registerCaseStatsRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, caseEndpoints.stats, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const { format, ...input } = req.query;
    const stats = await caseStats(deps, actor, input);
    if (format !== 'xlsx') return stats;
    await recordAudit(deps.db, auditActorOf(actor), { action: 'cases.stats.export', targetType: 'node', targetId: stats.node.id, detail: { ...stats.period } });
    return sendWorkbook(reply, `案件统计-${stats.node.name}`, await buildStatsWorkbook(stats));
  });
}
