import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES, caseEndpoints as ep, type CaseCategoryView } from '@linli/shared';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, notFound } from '../../platform/errors';
import { sendImmediateExport } from '../../platform/exports/immediate-export';
import { serve } from '../../platform/http/serve-endpoint';
import { storePhoto } from '../../platform/storage/photos';
import { auditActorOf, requireRole } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { mayOpenPhoto } from './case-photos';
import { findSimilarOpenCases, suggestCategories } from './case-suggest';
import { findCategory, listCategories, type CategoryRow } from './categories.repository';
import { caseCategories } from './cases.tables';
import * as service from './cases.service';
import { revealReporterPhone } from './reporter-phone';
import { listMyWork } from './case-todo';
import { caseExportSource } from './case-export';

function categoryView(c: CategoryRow): CaseCategoryView {
  return {
    id: c.id,
    parentId: c.parentId,
    code: c.code,
    name: c.name,
    kind: c.kind as CaseCategoryView['kind'],
    version: c.version,
    urgency: c.urgency as 'normal' | 'urgent',
    limitAmount: c.limitAmount,
    limitClock: c.limitClock as CaseCategoryView['limitClock'],
    defaultDepartment: c.defaultDepartment,
    active: c.active,
    sensitive: c.sensitive,
  };
}

/** Case intake, lists, detail with allowed actions, workflow actions, categories and photo upload. */
export function registerCaseRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.create, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const { id, created, detail } = await service.intakeCase(deps, actor, req.body, req.headers['idempotency-key']);
    reply.status(created ? 201 : 200);
    return detail ?? service.getCase(deps, actor, id);
  });

  serve(app, ep.list, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const { format, ...query } = req.query;
    if (format !== 'xlsx') return service.listCases(deps, actor, query);
    const { limit: _limit, after: _after, ...filters } = query;
    return sendImmediateExport(reply, deps, actor, caseExportSource, filters);
  });

  serve(app, ep.suggest, async (req) => {
    const actor = await requireActor(deps, req);
    const categories = await suggestCategories(deps, req.query.text);
    const similarCases = req.query.gridId ? await findSimilarOpenCases(deps, actor, req.query.gridId, req.query.text) : [];
    return { categories, similarCases };
  });

  serve(app, ep.todo, async (req) => listMyWork(deps, await requireActor(deps, req), req.query.limit));

  serve(app, ep.detail, async (req) => service.getCase(deps, await requireActor(deps, req), req.params.id));

  serve(app, ep.revealReporterPhone, async (req) => revealReporterPhone(deps, await requireActor(deps, req), req.params.id, req.body.reason));

  serve(app, ep.act, async (req) => service.actOnCase(deps, await requireActor(deps, req), req.params.id, req.body));

  serve(app, ep.categories, async (req) => {
    await requireActor(deps, req);
    return { items: (await listCategories(deps.db)).map(categoryView) };
  });

  serve(app, ep.updateCategory, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, ADMIN_ROLES);
    const existing = await findCategory(deps.db, req.params.id);
    if (!existing) notFound('类别');
    await deps.db.transaction(async (tx) => {
      await tx.update(caseCategories).set(req.body).where(eq(caseCategories.id, req.params.id));
      await recordAudit(tx, auditActorOf(actor), { action: 'cases.category.update', targetType: 'category', targetId: req.params.id, detail: req.body });
    });
    return categoryView((await findCategory(deps.db, req.params.id))!);
  });

  serve(app, ep.uploadPhotos, async (req) => {
    await requireActor(deps, req);
    if (!req.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以表单方式上传照片', 'photos');
    const keys: string[] = [];
    for await (const part of req.files({ limits: { files: 9 } })) keys.push(await storePhoto(deps.storage, await part.toBuffer()));
    if (keys.length === 0) throw new AppError('VALIDATION_FAILED', '请选择照片', 'photos');
    return { keys };
  });

  // A photo a case shows opens to those who may see the case (mayOpenPhoto); a link signed by the
  // server (Open311 media_url) opens one without a session.
  serve(app, ep.photo, async (req, reply) => {
    const key = `${req.params.year}/${req.params.month}/${req.params.name}`;
    const now = deps.now ? deps.now() : new Date();
    const signed = deps.fileLinks.verify(key, req.query.exp, req.query.sig, now);
    if (!signed && !(await mayOpenPhoto(deps.db, await requireActor(deps, req), key))) notFound('文件');
    const data = await deps.storage.get(key);
    if (!data) notFound('文件');
    return reply.header('content-type', 'image/jpeg').header('cache-control', 'private, max-age=86400').send(data);
  });
}
