import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { caseEndpoints as ep, type QueryOf } from '@linli/shared';
import { call, hrefOf } from '../../../api/client';

/** The filters of `GET /api/cases/stats` (`to` is the exclusive end day); an absent value lets the server choose (top scope node, last twelve months). */
export type StatsFilters = Omit<QueryOf<typeof ep.stats>, 'format'>;

/** Query keys of the dashboard. */
export const statsKeys = {
  all: ['case-stats'] as const,
  one: (f: StatsFilters) => ['case-stats', f.nodeId ?? null, f.from ?? null, f.to ?? null, f.categoryId ?? null] as const,
};

/** Address of the stats (JSON, or the Excel workbook with `xlsx`). */
export function statsPath(f: StatsFilters, format?: 'xlsx'): string {
  return hrefOf(ep.stats, { query: { nodeId: f.nodeId, from: f.from, to: f.to, categoryId: f.categoryId, format } });
}

/** How often an open command-centre screen refreshes itself. */
export const STATS_REFRESH_MS = 5 * 60_000;

/** Case figures for the filters; the previous answer stays on screen while the next one loads (drill-down, new period). */
export function useCaseStats(f: StatsFilters) {
  return useQuery({
    queryKey: statsKeys.one(f),
    queryFn: () => call(ep.stats, { query: { nodeId: f.nodeId, from: f.from, to: f.to, categoryId: f.categoryId } }),
    placeholderData: keepPreviousData,
    refetchInterval: STATS_REFRESH_MS,
  });
}
