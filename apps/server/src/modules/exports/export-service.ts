import { EXPORT_KIND_LABELS, EXPORT_READY, EXPORT_RUNNING, isRetryableExport, type ExportJobView, type ExportKind, type ExportState } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf, requireCapability, type Actor } from '../../platform/auth/actor';
import { snapshotActor, type ActorSnapshot } from '../../platform/auth/actor-snapshot';
import { AppError, notFound } from '../../platform/errors';
import type { AnyExportSource } from '../../platform/exports/export-source';
import { exportSettingsOf } from '../../platform/exports/export-settings';
import { newId } from '../../platform/ids';
import { findOwnJob, findRunningJob, insertJob, type ExportJobRow } from './export-jobs.repository';
import type { ExportRunner } from './export-runner';

const nowOf = (deps: AppDeps) => (deps.now ? deps.now() : new Date());

/** An export as its requester sees it. */
export function exportJobViewOf(job: ExportJobRow): ExportJobView {
  const kind = job.kind as ExportKind;
  return {
    id: job.id,
    kind,
    title: EXPORT_KIND_LABELS[kind] ?? job.kind,
    state: job.state as ExportJobView['state'],
    rowsDone: job.rowsDone,
    rowsTotal: job.rowsTotal,
    fileName: job.state === EXPORT_READY ? job.fileName : null,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: job.state === EXPORT_READY ? (job.expiresAt?.toISOString() ?? null) : null,
  };
}

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';

/**
 * Starts an export of `source` as `actor` sees it now (posts and scope kept with the job), audited as the
 * list's export always was. One that fits the immediate rows is written before the answer (state ready);
 * a larger one runs in the background and the page polls its progress. One running export per user.
 */
export async function requestExport(
  deps: AppDeps,
  runner: ExportRunner,
  actor: Actor,
  source: AnyExportSource,
  filters: Record<string, unknown>,
  snapshot: ActorSnapshot = snapshotActor(actor),
): Promise<ExportJobView> {
  requireCapability(actor, source.recordKind, 'export');
  const busy = '您有一个导出正在生成，请等它完成（或失败）后再导出';
  if (await findRunningJob(deps.db, actor.userId)) throw new AppError('CONFLICT', busy);
  const total = await source.count(deps, actor, filters);
  const { immediateRows } = exportSettingsOf(deps);
  const now = nowOf(deps);
  const id = newId(now);
  const job = await deps.db
    .transaction(async (tx) => {
      const row = await insertJob(tx, {
        id,
        userId: actor.userId,
        kind: source.kind,
        filters,
        actor: snapshot,
        state: EXPORT_RUNNING,
        rowsTotal: total,
        createdAt: now,
        heartbeatAt: now,
      });
      await recordAudit(tx, auditActorOf(actor), {
        action: source.auditAction,
        detail: { rows: total, filter: filters, exportId: id, background: total > immediateRows },
      });
      return row;
    })
    .catch((err: unknown) => {
      // Two requests at once: the partial unique index lets only one be running.
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', busy);
      throw err;
    });
  if (total <= immediateRows) await runner.run(job, source);
  else runner.start(job, source);
  return exportJobViewOf((await findOwnJob(deps.db, actor.userId, id))!);
}

/** Runs a failed or expired export of the caller's again, with its filters and the caller's scope now. */
export async function retryExport(
  deps: AppDeps,
  runner: ExportRunner,
  actor: Actor,
  sources: ReadonlyMap<string, AnyExportSource>,
  id: string,
): Promise<ExportJobView> {
  const job = await findOwnJob(deps.db, actor.userId, id);
  if (!job) notFound('导出');
  if (!isRetryableExport(job.state as ExportState)) throw new AppError('CONFLICT', job.state === EXPORT_RUNNING ? '这个导出还在生成中' : '这个导出已可下载');
  const source = sources.get(job.kind);
  if (!source) notFound('导出');
  return requestExport(deps, runner, actor, source, job.filters);
}
