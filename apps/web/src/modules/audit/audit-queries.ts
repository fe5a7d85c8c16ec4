import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { auditEntry, pageOf } from '@linli/shared';
import { apiGet, withQuery } from '../../api/client';

const auditPage = pageOf(auditEntry);

/** Filters of the audit log; dates are `YYYY-MM-DD`. */
export interface AuditFilters {
  q?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** Path of the audit list (JSON page or, with `xlsx`, the Excel export). */
export function auditPath(f: AuditFilters, extra: { after?: string; limit?: number; format?: 'xlsx' } = {}): string {
  return withQuery('/api/audit', { q: f.q, action: f.action, from: f.from, to: f.to, ...extra });
}

/** Audit entries matching the filters, newest first, page by page. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => apiGet(auditPath(filters, { after: pageParam, limit: 50 }), auditPage),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
