import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../app-deps';
import { recordAudit } from '../audit/audit';
import { auditActorOf, type Actor } from '../auth/actor';
import { AppError } from '../errors';
import { buildWorkbook, sendWorkbook } from '../excel/xlsx-writer';
import type { ExportSource } from './export-source';
import { exportSettingsOf } from './export-settings';

/** Every row of `source` matching `filters`, page by page through its scoped read. */
export async function* exportRows<F, T>(deps: AppDeps, actor: Actor, source: ExportSource<F, T>, filters: F, pageRows: number): AsyncGenerator<T[]> {
  let after: string | undefined;
  do {
    const page = await source.page(deps, actor, filters, after, pageRows);
    yield page.items;
    after = page.nextCursor ?? undefined;
  } while (after);
}

/**
 * A list's `?format=xlsx`: written inside the request when it holds at most the immediate rows, every
 * one of them; a larger one is refused at once with EXPORT_TOO_LARGE (never cut short), saying how many
 * rows match and what to do — the export button starts a background export instead.
 */
export async function sendImmediateExport<F, T>(
  reply: FastifyReply,
  deps: AppDeps,
  actor: Actor,
  source: ExportSource<F, T>,
  filters: F,
): Promise<FastifyReply> {
  const { immediateRows, pageRows } = exportSettingsOf(deps);
  const total = await source.count(deps, actor, filters);
  if (total > immediateRows) throw exportTooLarge(`符合条件的有 ${total} 条，超过直接导出的上限 ${immediateRows} 条`);
  const rows: T[] = [];
  for await (const page of exportRows(deps, actor, source, filters, pageRows)) rows.push(...page);
  await recordAudit(deps.db, auditActorOf(actor), { action: source.auditAction, detail: { rows: rows.length, filter: filters as Record<string, unknown> } });
  return sendWorkbook(reply, source.title, await buildWorkbook(source.title, [...source.columns], rows));
}

/**
 * The refusal of an export that would not hold every matching row (never a silently cut file):
 * `why` says how many match or that more than the limit do.
 */
export function exportTooLarge(why: string): AppError {
  return new AppError('EXPORT_TOO_LARGE', `${why}：请用页面上的“导出”按钮在后台生成文件，或缩小筛选范围后再导出`);
}
