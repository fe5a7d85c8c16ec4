import type { FastifyInstance } from 'fastify';
import { residentsEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/errors';
import { sendWorkbook } from '../../platform/excel/xlsx-writer';
import { sendImmediateExport } from '../../platform/exports/immediate-export';
import { requireActor } from '../../platform/auth/request-actor';
import { serve } from '../../platform/http/serve-endpoint';
import { importLedger } from './ledger-import';
import { buildLedgerTemplate } from './ledger-workbook';
import * as service from './residents.service';
import { residentExportSource } from './resident-export';

/** Resident search, detail, audited reveal, and the household-ledger import and export. */
export function registerResidentRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.list, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const { format, ...query } = req.query;
    if (format !== 'xlsx') return service.listResidents(deps, actor, query);
    // Every row the user can see, masked (DESIGN rule 5), through the same scoped read; too many for one request is refused, never cut.
    const { limit: _limit, after: _after, ...filters } = query;
    return sendImmediateExport(reply, deps, actor, residentExportSource, filters);
  });

  serve(app, ep.importTemplate, async (req, reply) => {
    await requireActor(deps, req);
    return sendWorkbook(reply, '居民台账模板', await buildLedgerTemplate());
  });

  serve(app, ep.import, async (req) => {
    const actor = await requireActor(deps, req);
    if (!req.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以表单方式上传 .xlsx 文件', 'file');
    const part = await req.file();
    if (!part) throw new AppError('VALIDATION_FAILED', '请选择要导入的 .xlsx 文件', 'file');
    const data = await part.toBuffer();
    return importLedger(deps, actor, data);
  });

  serve(app, ep.detail, async (req) => service.getResident(deps, await requireActor(deps, req), req.params.id));

  serve(app, ep.reveal, async (req) => service.revealResident(deps, await requireActor(deps, req), req.params.id, req.body.field, req.body.reason));
}
