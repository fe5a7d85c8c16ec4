import { EXPORT_RUNNING, exportEndpoints as ep, type ExportJobView } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { call, hrefOf } from '../../api/client';

/** Query keys of the caller's exports. */
export const exportKeys = { mine: ['exports', 'mine'] as const };

/** How often a page asks for progress while an export is being written. */
export const EXPORT_POLL_MS = 1000;

/** The caller's latest exports; polled while one of them is still being written. */
export function useMyExports(enabled: boolean) {
  return useQuery({
    queryKey: exportKeys.mine,
    queryFn: () => call(ep.mine),
    enabled,
    refetchInterval: (query) => (query.state.data?.items.some((j) => j.state === EXPORT_RUNNING) ? EXPORT_POLL_MS : false),
  });
}

/** The download address of a finished export (only its requester gets the file). */
export function exportFileHref(job: Pick<ExportJobView, 'id'>): string {
  return hrefOf(ep.file, { params: { id: job.id } });
}

/** Runs a failed or expired export again. */
export function retryExport(job: Pick<ExportJobView, 'id'>): Promise<ExportJobView> {
  return call(ep.retry, { params: { id: job.id } });
}
