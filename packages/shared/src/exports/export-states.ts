import type { ExportState } from './export-contracts';

/** An export being written; a user has at most one at a time. */
export const EXPORT_RUNNING: ExportState = 'running';

/** An export whose complete file can be downloaded until it expires. */
export const EXPORT_READY: ExportState = 'ready';

/** An export that stopped (an error, or its server stopped); it can be retried. */
export const EXPORT_FAILED: ExportState = 'failed';

/** A ready export whose file was removed after the keep time; it can be retried. */
export const EXPORT_EXPIRED: ExportState = 'expired';

/** Whether an export in `state` may be run again (a new export with the same filters). */
export function isRetryableExport(state: ExportState): boolean {
  return state === EXPORT_FAILED || state === EXPORT_EXPIRED;
}
