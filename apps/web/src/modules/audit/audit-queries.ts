import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { auditEndpoints as ep, exportEndpoints, type QueryOf } from '@linli/shared';
import { call, hrefOf } from '../../api/client';

/** Filters of the audit log (all optional): the list query of `GET /api/audit` without its paging and format; dates are `YYYY-MM-DD`. */
export type AuditFilters = Omit<QueryOf<typeof ep.list>, 'limit' | 'after' | 'format'>;

/** Path of the Excel export of the entries matching the filters. */
export function auditExportHref(filters: AuditFilters): string {
  return hrefOf(ep.list, { query: { ...filters, format: 'xlsx' } });
}

/** Audit entries matching the filters, newest first, page by page (keyset: `nextCursor` is the next `after`). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam }) => call(ep.list, { query: { ...filters, after: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Accounts whose name or username contains `q`, for the person filter. */
export function useAuditPeople(q: string) {
  return useQuery({
    queryKey: ['audit', 'people', q],
    queryFn: () => call(ep.people, { query: { q } }),
    placeholderData: keepPreviousData,
  });
}

/** Starts the Excel export of every entry matching the filters (at once when small, else in the background). */
export function requestAuditExport(filters: AuditFilters) {
  return call(exportEndpoints.requestAudit, { body: filters });
}
