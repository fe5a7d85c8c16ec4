import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { EXPORT_KIND_LABELS, type ExportKind } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { actorFromSnapshot } from '../../platform/auth/actor-snapshot';
import { openSheetStream } from '../../platform/excel/xlsx-stream';
import { exportRows } from '../../platform/exports/immediate-export';
import type { AnyExportSource } from '../../platform/exports/export-source';
import { exportSettingsOf } from '../../platform/exports/export-settings';
import { ensureExportDir, exportFilePath, partFilePath, removeExportFiles } from './export-files';
import { markFailed, markReady, touchJob, type ExportJobRow } from './export-jobs.repository';

/** What a requester reads when the server stopped under their export. */
export const INTERRUPTED = '服务器重启，导出中断，请点“重试”重新导出';

/** What a requester reads when writing failed for another reason (the cause is logged). */
const FAILED = '导出时出错，请点“重试”；仍不行请联系管理员';

const nowOf = (deps: AppDeps) => (deps.now ? deps.now() : new Date());

/** The download's file name: the list's title and the day it was asked (Beijing time). */
export function exportFileName(kind: ExportKind, createdAt: Date): string {
  return `${EXPORT_KIND_LABELS[kind]}-${createdAt.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })}.xlsx`;
}

/**
 * Writes export `job` to its file: keyset pages read as the requester at request time (their posts
 * then), each page streamed into the workbook and let go, progress after every page. The file is
 * written as `<id>.xlsx.part` and renamed only when complete, and the job is marked ready only after
 * that: a failure or an abort half-way removes the part file and marks the job failed.
 */
export async function runExportJob(deps: AppDeps, job: ExportJobRow, source: AnyExportSource, signal?: AbortSignal): Promise<void> {
  const { dir, pageRows, keepHours } = exportSettingsOf(deps);
  const part = partFilePath(dir, job.id);
  try {
    await ensureExportDir(dir);
    const out = fs.createWriteStream(part, { mode: 0o600, flags: 'w' });
    const sheet = openSheetStream(out, source.title, source.columns);
    const actor = actorFromSnapshot(job.actor);
    let done = 0;
    try {
      for await (const rows of exportRows(deps, actor, source, job.filters, pageRows)) {
        if (signal?.aborted) throw signal.reason;
        await sheet.add(rows);
        done += rows.length;
        await touchJob(deps.db, job.id, done, nowOf(deps));
      }
      await sheet.finish();
    } catch (err) {
      await sheet.abandon();
      throw err;
    }
    await fsp.rename(part, exportFilePath(dir, job.id));
    const finishedAt = nowOf(deps);
    const expiresAt = new Date(finishedAt.getTime() + keepHours * 3_600_000);
    const ready = await markReady(deps.db, job.id, { rowsDone: done, fileName: exportFileName(job.kind as ExportKind, job.createdAt), finishedAt, expiresAt });
    // The sweep took it for dead meanwhile (failed): its file must not outlive the failed record.
    if (!ready) await removeExportFiles(dir, job.id);
  } catch (err) {
    await removeExportFiles(dir, job.id).catch(() => undefined);
    const aborted = signal?.aborted === true;
    if (!aborted)
      console.error(JSON.stringify({ msg: 'export failed', exportId: job.id, kind: job.kind, err: err instanceof Error ? err.message : String(err) }));
    await markFailed(deps.db, job.id, aborted ? INTERRUPTED : FAILED, nowOf(deps)).catch(() => undefined);
  }
}

/** The exports this server instance is writing; stopping them marks them failed with a retry (shutdown). */
export interface ExportRunner {
  /** Writes the export and resolves when it is ready or failed. */
  run(job: ExportJobRow, source: AnyExportSource): Promise<void>;
  /** Starts writing in the background. */
  start(job: ExportJobRow, source: AnyExportSource): void;
  /** Aborts every export under way and resolves once each is marked failed. */
  stopAll(): Promise<void>;
}

/** An export runner over `deps`. */
export function createExportRunner(deps: AppDeps): ExportRunner {
  const running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  const run = (job: ExportJobRow, source: AnyExportSource) => {
    const abort = new AbortController();
    const done = runExportJob(deps, job, source, abort.signal).finally(() => running.delete(job.id));
    running.set(job.id, { abort, done });
    return done;
  };
  return {
    run,
    start: (job, source) => void run(job, source),
    async stopAll() {
      const all = [...running.values()];
      for (const r of all) r.abort.abort(new Error('server stopping'));
      await Promise.all(all.map((r) => r.done));
    },
  };
}
