import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hotlineEndpoints as ep, type AssignComplexLeaderRequest, type HotlineOrderType, type QueryOf } from '@linli/shared';
import { call, hrefOf } from '../../../api/client';
import { useExcelUpload } from '../../../ui/excel-import/use-excel-upload';

/** Where the empty 12345 work-order template is downloaded from. */
export const HOTLINE_TEMPLATE_PATH = hrefOf(ep.importTemplate);

/** Query keys of the hotline module. */
export const hotlineKeys = {
  all: ['hotline'] as const,
  top: (month: string | undefined, type: HotlineOrderType | undefined) => ['hotline', 'top', month ?? null, type ?? null] as const,
  leaders: (complexId: string) => ['hotline', 'leaders', complexId] as const,
};

/** Filters of the worst-complexes report; absent month = this month (server's clock). */
export interface TopFilters {
  month?: string;
  type?: HotlineOrderType;
}

/** The report's query with the size the page shows. */
const topQuery = (f: TopFilters, format?: 'xlsx'): QueryOf<typeof ep.topComplexes> => ({ month: f.month, type: f.type, limit: 10, format });

/** Address of the top-ten report (JSON, or the Excel export with `xlsx`). */
export function topComplexesPath(f: TopFilters, format?: 'xlsx'): string {
  return hrefOf(ep.topComplexes, { query: topQuery(f, format) });
}

/** The month's ten complexes with the most 12345 orders, with last month's counts and the assigned leaders. */
export function useTopComplexes(f: TopFilters) {
  return useQuery({
    queryKey: hotlineKeys.top(f.month, f.type),
    queryFn: () => call(ep.topComplexes, { query: topQuery(f) }),
    placeholderData: keepPreviousData,
  });
}

/** Street officers who may lead the fixing of a complex (loaded when the picker opens). */
export function useLeaderCandidates(complexId: string | null) {
  return useQuery({
    queryKey: hotlineKeys.leaders(complexId ?? ''),
    queryFn: () => call(ep.leaderCandidates, { query: { complexId: complexId ?? '' } }).then((r) => r.items),
    enabled: Boolean(complexId),
  });
}

/** 指派包保领导: puts a street leader in charge of a complex for a month (replaces an earlier one). */
export function useAssignLeader() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignComplexLeaderRequest) => call(ep.assign, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: hotlineKeys.all }),
  });
}

/** Removes the month's leader of a complex. */
export function useUnassignLeader() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (q: { month: string; complexId: string }) => call(ep.unassign, { query: q }),
    onSuccess: () => client.invalidateQueries({ queryKey: hotlineKeys.all }),
  });
}

/** Uploads a 12345 work-order export (.xlsx) and answers the per-row report; `progress` is the upload percentage. */
export function useImportHotline() {
  // New orders change the monthly ranking (and the case lists, which refresh on their own schedule).
  return useExcelUpload(hrefOf(ep.import), ep.import.response, [hotlineKeys.all]);
}
