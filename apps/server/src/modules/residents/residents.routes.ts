import type { FastifyInstance } from 'fastify';
import { GENDER_LABELS, RELATION_LABELS, SPECIAL_TAG_LABELS, residentsEndpoints as ep, type ResidentListItem } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { AppError } from '../../platform/errors';
import { buildWorkbook, sendWorkbook, type SheetColumn } from '../../platform/excel/xlsx-writer';
import { auditActorOf } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { serve } from '../../platform/http/serve-endpoint';
import { importLedger } from './ledger-import';
import { buildLedgerTemplate } from './ledger-workbook';
import * as service from './residents.service';

/** The most rows one Excel export holds. */
const EXPORT_LIMIT = 50_000;

const exportColumns: SheetColumn<ResidentListItem>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '性别', value: (r) => GENDER_LABELS[r.gender] },
  { header: '年龄', value: (r) => r.age },
  { header: '与户主关系', value: (r) => RELATION_LABELS[r.relation] },
  { header: '手机号', width: 16, value: (r) => r.phoneMasked },
  { header: '身份证号', width: 22, value: (r) => r.idNumberMasked },
  { header: '特殊人群', value: (r) => (r.tags ? r.tags.map((t) => SPECIAL_TAG_LABELS[t]).join('、') : '') },
  { header: '住址', width: 40, value: (r) => r.address },
];

/** Resident search, detail, audited reveal, and the household-ledger import and export. */
export function registerResidentRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.list, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const { format, ...query } = req.query;
    if (format !== 'xlsx') return service.listResidents(deps, actor, query);
    // Export every row the user can see (masked, DESIGN rule 5), page by page through the same scoped read.
    const rows: ResidentListItem[] = [];
    let after: string | undefined;
    do {
      const page = await service.listResidents(deps, actor, { ...query, limit: 200, after });
      rows.push(...page.items);
      after = page.nextCursor ?? undefined;
    } while (after && rows.length < EXPORT_LIMIT);
    await recordAudit(deps.db, auditActorOf(actor), { action: 'residents.export', detail: { rows: rows.length, filter: query } });
    return sendWorkbook(reply, '居民信息', await buildWorkbook('居民信息', exportColumns, rows));
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
