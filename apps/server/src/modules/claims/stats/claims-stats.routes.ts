import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  claimsStatsQuery,
  communityStatsResponse,
  dailyBulletinQuery,
  dailyBulletinResponse,
  domainStatsResponse,
  monthlyReportQuery,
  monthlyReportResponse,
} from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { sendWorkbook } from '../../../platform/excel/xlsx-writer';
import { requireActor } from '../../auth';
import { communityWorkbook, dailyWorkbook, domainWorkbook, monthlyWorkbook } from './claims-stats-excel';
import { communityStats, dailyBulletin, domainStats, monthlyReport } from './claims-stats.service';

/** Claims figures (DOMAIN §3–4 "Figures"): per community, per domain, the daily bulletin and the monthly report, each as JSON or Excel. */
export function registerClaimsStatsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['claims'];
  r.get('/api/claims-stats/communities', { schema: { tags, querystring: claimsStatsQuery, response: { 200: communityStatsResponse } } }, async (req, reply) => {
    const res = await communityStats(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, '认领统计-按社区', await communityWorkbook(res)) : res;
  });
  r.get('/api/claims-stats/domains', { schema: { tags, querystring: claimsStatsQuery, response: { 200: domainStatsResponse } } }, async (req, reply) => {
    const res = await domainStats(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, '需求统计-按领域', await domainWorkbook(res)) : res;
  });
  r.get('/api/claims-reports/daily', { schema: { tags, querystring: dailyBulletinQuery, response: { 200: dailyBulletinResponse } } }, async (req, reply) => {
    const res = await dailyBulletin(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, `双报到日通报-${res.date}`, await dailyWorkbook(res)) : res;
  });
  r.get('/api/claims-reports/monthly', { schema: { tags, querystring: monthlyReportQuery, response: { 200: monthlyReportResponse } } }, async (req, reply) => {
    const res = await monthlyReport(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, `双报到月报-${res.month}`, await monthlyWorkbook(res)) : res;
  });
}
