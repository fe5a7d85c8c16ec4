import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { claimsEndpoints as ep } from '@linli/shared';
import { call, hrefOf } from '../../../api/client';

/** The period of the figures: Beijing days, `to` exclusive. */
export interface Period {
  from: string;
  to: string;
}

/** Address of a claims figure (JSON, or the Excel export with `xlsx`). */
export const reportPaths = {
  communities: (p: Period, format?: 'xlsx') => hrefOf(ep.communityStats, { query: { ...p, format } }),
  domains: (p: Period, format?: 'xlsx') => hrefOf(ep.domainStats, { query: { ...p, format } }),
  daily: (date: string, format?: 'xlsx') => hrefOf(ep.dailyBulletin, { query: { date, format } }),
  monthly: (month: string, format?: 'xlsx') => hrefOf(ep.monthlyReport, { query: { month, format } }),
};

/** Figures per community over the period, with totals. */
export function useCommunityStats(p: Period) {
  return useQuery({
    queryKey: ['claims-stats', 'communities', p],
    queryFn: () => call(ep.communityStats, { query: p }),
    placeholderData: keepPreviousData,
  });
}

/** Need figures per domain over the period. */
export function useDomainStats(p: Period) {
  return useQuery({
    queryKey: ['claims-stats', 'domains', p],
    queryFn: () => call(ep.domainStats, { query: p }),
    placeholderData: keepPreviousData,
  });
}

/** 日通报 of one day. */
export function useDailyBulletin(date: string) {
  return useQuery({
    queryKey: ['claims-reports', 'daily', date],
    queryFn: () => call(ep.dailyBulletin, { query: { date } }),
    placeholderData: keepPreviousData,
  });
}

/** 月报 of one month. */
export function useMonthlyReport(month: string) {
  return useQuery({
    queryKey: ['claims-reports', 'monthly', month],
    queryFn: () => call(ep.monthlyReport, { query: { month } }),
    placeholderData: keepPreviousData,
  });
}
