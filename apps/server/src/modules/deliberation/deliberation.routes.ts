import type { FastifyInstance } from 'fastify';
import { deliberationEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { sendWorkbook } from '../../platform/excel/xlsx-writer';
import { sendImmediateExport } from '../../platform/exports/immediate-export';
import { serve } from '../../platform/http/serve-endpoint';
import { auditActorOf } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { deliberationAreaFigures } from './area-figures.service';
import { meetingExportSource, suggestionExportSource } from './export-sources';
import * as meetingsService from './meetings.service';
import * as registrations from './registrations.service';
import * as reports from './reports.service';
import * as suggestionsService from './suggestions.service';
import { registerVoteRoutes } from './votes.routes';

/** Meetings 议事会 with registration and check-in, suggestions 建议 and their outcomes, held vs required, the funnel (DOMAIN §5). */
export function registerDeliberationRoutes(app: FastifyInstance, deps: AppDeps): void {
  // ---- series and the calendar
  serve(app, ep.series, async (req) => ({ items: await meetingsService.seriesList(deps, await requireActor(deps, req), req.query.communityId) }));
  serve(app, ep.createSeries, async (req) => meetingsService.createSeries(deps, await requireActor(deps, req), req.body));
  serve(app, ep.meetings, async (req) => ({ items: await meetingsService.meetingList(deps, await requireActor(deps, req), req.query) }));
  serve(app, ep.meetingsExport, async (req, reply) => sendImmediateExport(reply, deps, await requireActor(deps, req), meetingExportSource, req.query));
  serve(app, ep.createMeeting, async (req) => meetingsService.createMeeting(deps, await requireActor(deps, req), req.body));
  serve(app, ep.meeting, async (req) => meetingsService.getMeeting(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.actOnMeeting, async (req) => meetingsService.actOnMeeting(deps, await requireActor(deps, req), req.params.id, req.body));

  // ---- registration, waitlist and check-in
  serve(app, ep.register, async (req) => registrations.register(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.leave, async (req) => registrations.leave(deps, await requireActor(deps, req), req.params.id, req.body.expectedVersion));
  serve(app, ep.codeCheckin, async (req) => registrations.checkInByCode(deps, await requireActor(deps, req), req.params.id, req.body.code));
  serve(app, ep.checkinToken, async (req) => registrations.issueCheckinToken(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.scanCheckin, async (req) => registrations.scanCheckin(deps, await requireActor(deps, req), req.body.token));
  serve(app, ep.myMeetings, async (req) => ({ items: await registrations.myMeetings(deps, await requireActor(deps, req)) }));

  // ---- held vs required
  serve(app, ep.compliance, async (req) => reports.meetingCompliance(deps, await requireActor(deps, req), req.query));

  // ---- suggestions
  serve(app, ep.createSuggestion, async (req) => suggestionsService.createSuggestion(deps, await requireActor(deps, req), req.body));
  serve(app, ep.suggestions, async (req) => suggestionsService.listSuggestions(deps, await requireActor(deps, req), req.query));
  serve(app, ep.suggestionsExport, async (req, reply) => sendImmediateExport(reply, deps, await requireActor(deps, req), suggestionExportSource, req.query));
  serve(app, ep.suggestion, async (req) => suggestionsService.getSuggestion(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.actOnSuggestion, async (req) => suggestionsService.actOnSuggestion(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.mySuggestions, async (req) => ({ items: await suggestionsService.mySuggestions(deps, await requireActor(deps, req)) }));

  // ---- the funnel, and the dashboard's figures per area
  serve(app, ep.areaFigures, async (req) => deliberationAreaFigures(deps, await requireActor(deps, req), req.query));
  serve(app, ep.funnel, async (req) => ({ items: await reports.funnelReportOf(deps, await requireActor(deps, req), req.query) }));
  serve(app, ep.funnelExport, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const rows = await reports.funnelReportOf(deps, actor, req.query);
    await recordAudit(deps.db, auditActorOf(actor), { action: 'deliberation.funnel.export', detail: { rows: rows.length } });
    return sendWorkbook(reply, '建议办理漏斗', await reports.funnelWorkbook(rows));
  });

  // ---- live votes
  registerVoteRoutes(app, deps);
}
