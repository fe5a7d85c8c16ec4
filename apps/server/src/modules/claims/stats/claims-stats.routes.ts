import type { FastifyInstance } from 'fastify';
import { claimsEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import { serve } from '../../../platform/http/serve-endpoint';
import { sendWorkbook } from '../../../platform/excel/xlsx-writer';
import { requireActor } from '../../../platform/auth/request-actor';
import { communityWorkbook, dailyWorkbook, domainWorkbook, monthlyWorkbook } from './claims-stats-excel';
import { communityStats, dailyBulletin, domainStats, monthlyReport } from './claims-stats.service';

/** Claims figures (DOMAIN §3–4 "Figures"): per community, per domain, the daily bulletin and the monthly report, each as JSON or Excel. */
export function registerClaimsStatsRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.communityStats, async (req, reply) => {
    const res = await communityStats(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, '认领统计-按社区', await communityWorkbook(res)) : res;
  });
  serve(app, ep.domainStats, async (req, reply) => {
    const res = await domainStats(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, '需求统计-按领域', await domainWorkbook(res)) : res;
  });
  serve(app, ep.dailyBulletin, async (req, reply) => {
    const res = await dailyBulletin(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, `双报到日通报-${res.date}`, await dailyWorkbook(res)) : res;
  });
  serve(app, ep.monthlyReport, async (req, reply) => {
    const res = await monthlyReport(deps, await requireActor(deps, req), req.query);
    return req.query.format === 'xlsx' ? sendWorkbook(reply, `双报到月报-${res.month}`, await monthlyWorkbook(res)) : res;
  });
}
