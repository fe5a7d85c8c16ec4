import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { EXPORT_EXPIRED, EXPORT_READY, EXPORT_RUNNING, exportEndpoints as ep, type ExportKind } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { AppError, notFound } from '../../platform/errors';
import type { AnyExportSource } from '../../platform/exports/export-source';
import { exportSettingsOf } from '../../platform/exports/export-settings';
import { serve } from '../../platform/http/serve-endpoint';
import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { exportFilePath } from './export-files';
import { findOwnJob, listOwnJobs } from './export-jobs.repository';
import { createExportRunner } from './export-runner';
import { exportJobViewOf, requestExport, retryExport } from './export-service';

/** Every module's export sources by kind; two modules declaring one kind is a mistake. */
export function exportSourcesOf(modules: readonly ModuleManifest[]): Map<string, AnyExportSource> {
  const sources = new Map<string, AnyExportSource>();
  for (const source of modules.flatMap((m) => m.exports?.(modules) ?? [])) {
    if (sources.has(source.kind)) throw new Error(`export kind "${source.kind}" is declared twice`);
    sources.set(source.kind, source);
  }
  return sources;
}

/** Requesting exports of the lists, the caller's exports with their progress, download and retry. */
export function registerExportRoutes(app: FastifyInstance, deps: AppDeps, modules: readonly ModuleManifest[]): void {
  const sources = exportSourcesOf(modules);
  const runner = createExportRunner(deps);
  // Shutdown (and a test's close) stops the exports under way first, so each is marked failed with a retry.
  app.addHook('onClose', async () => runner.stopAll());
  const sourceOf = (kind: ExportKind) => {
    const source = sources.get(kind);
    if (!source) throw new Error(`no module declares the export "${kind}"`);
    return source;
  };

  serve(app, ep.requestCases, async (req) => requestExport(deps, runner, await requireActor(deps, req), sourceOf('cases'), req.body));
  serve(app, ep.requestResidents, async (req) => requestExport(deps, runner, await requireActor(deps, req), sourceOf('residents'), req.body));
  serve(app, ep.requestAudit, async (req) => requestExport(deps, runner, await requireActor(deps, req), sourceOf('audit'), req.body));
  serve(app, ep.requestMeetings, async (req) => requestExport(deps, runner, await requireActor(deps, req), sourceOf('meetings'), req.body));
  serve(app, ep.requestSuggestions, async (req) => requestExport(deps, runner, await requireActor(deps, req), sourceOf('suggestions'), req.body));
  serve(app, ep.requestDisputes, async (req) => requestExport(deps, runner, await requireActor(deps, req), sourceOf('disputes'), req.body));

  serve(app, ep.mine, async (req) => {
    const actor = await requireActor(deps, req);
    return { items: (await listOwnJobs(deps.db, actor.userId)).map(exportJobViewOf) };
  });

  serve(app, ep.detail, async (req) => {
    const actor = await requireActor(deps, req);
    const job = await findOwnJob(deps.db, actor.userId, req.params.id);
    if (!job) notFound('导出');
    return exportJobViewOf(job);
  });

  serve(app, ep.retry, async (req) => retryExport(deps, runner, await requireActor(deps, req), sources, req.params.id));

  // Only the requester's own file opens (another user's export is a 404 like a wrong id), and each download is audited.
  serve(app, ep.file, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const job = await findOwnJob(deps.db, actor.userId, req.params.id);
    if (!job) notFound('导出');
    if (job.state === EXPORT_RUNNING) throw new AppError('CONFLICT', '文件还在生成中，请稍候');
    if (job.state === EXPORT_EXPIRED) throw new AppError('NOT_FOUND', '导出文件已过期删除，请重新导出');
    if (job.state !== EXPORT_READY || !job.fileName) notFound('导出文件');
    const file = exportFilePath(exportSettingsOf(deps).dir, job.id);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat) notFound('导出文件');
    await recordAudit(deps.db, auditActorOf(actor), { action: 'exports.download', detail: { exportId: job.id, kind: job.kind, rows: job.rowsDone } });
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-length', stat.size)
      .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(job.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(fs.createReadStream(file));
  });
}
