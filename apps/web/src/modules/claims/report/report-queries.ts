import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { communityStatsResponse, dailyBulletinResponse, domainStatsResponse, monthlyReportResponse } from '@linli/shared';
import { apiGet, withQuery } from '../../../api/client';

/** The period of the figures: Beijing days, `to` exclusive. */
export interface Period {
  from: string;
  to: string;
}

/** Address of a claims figure (JSON, or the Excel export with `xlsx`). */
export const reportPaths = {
  communities: (p: Period, format?: 'xlsx') => withQuery('/api/claims-stats/communities', { ...p, format }),
  domains: (p: Period, format?: 'xlsx') => withQuery('/api/claims-stats/domains', { ...p, format }),
  daily: (date: string, format?: 'xlsx') => withQuery('/api/claims-reports/daily', { date, format }),
  monthly: (month: string, format?: 'xlsx') => withQuery('/api/claims-reports/monthly', { month, format }),
};

/** Figures per community over the period, with totals. */
export function useCommunityStats(p: Period) {
  return useQuery({
    queryKey: ['claims-stats', 'communities', p],
    queryFn: () => apiGet(reportPaths.communities(p), communityStatsResponse),
    placeholderData: keepPreviousData,
  });
}

/** Need figures per domain over the period. */
export function useDomainStats(p: Period) {
  return useQuery({
    queryKey: ['claims-stats', 'domains', p],
    queryFn: () => apiGet(reportPaths.domains(p), domainStatsResponse),
    placeholderData: keepPreviousData,
  });
}

/** 日通报 of one day. */
export function useDailyBulletin(date: string) {
  return useQuery({
    queryKey: ['claims-reports', 'daily', date],
    queryFn: () => apiGet(reportPaths.daily(date), dailyBulletinResponse),
    placeholderData: keepPreviousData,
  });
}

/** 月报 of one month. */
export function useMonthlyReport(month: string) {
  return useQuery({
    queryKey: ['claims-reports', 'monthly', month],
    queryFn: () => apiGet(reportPaths.monthly(month), monthlyReportResponse),
    placeholderData: keepPreviousData,
  });
}
