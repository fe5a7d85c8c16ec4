import type { FastifyInstance } from 'fastify';
import { volunteerEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { sendWorkbook } from '../../platform/excel/xlsx-writer';
import { serve } from '../../platform/http/serve-endpoint';
import { requireRole } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import * as activities from './activities.service';
import * as checkin from './checkin.service';
import { volunteerFigures, volunteerFiguresWorkbook } from './figures.service';
import * as postsService from './posts.service';
import * as rotations from './rotations.service';
import * as teams from './teams.service';
import { VOLUNTEER_STAFF_ROLES, staffScope } from './volunteers-access';

/** Teams, skills library, volunteer posts, activities with sign-up and QR check-in, rotations and figures (DOMAIN §4). */
export function registerVolunteerRoutes(app: FastifyInstance, deps: AppDeps): void {
  // ---- teams 志愿服务队 and the skills library 技能库
  serve(app, ep.createTeam, async (req) => teams.createTeam(deps, await requireActor(deps, req), req.body));
  serve(app, ep.teams, async (req) => ({ items: await teams.listTeams(deps, await requireActor(deps, req), req.query) }));
  serve(app, ep.addTeamMember, async (req) => teams.addTeamMember(deps, await requireActor(deps, req), req.params.id, req.body.userId));
  serve(app, ep.removeTeamMember, async (req) => teams.removeTeamMember(deps, await requireActor(deps, req), req.params.id, req.params.userId));
  serve(app, ep.setSkills, async (req) => teams.setSkills(deps, await requireActor(deps, req), req.body));
  serve(app, ep.mySkills, async (req) => ({ entry: await teams.mySkills(deps, await requireActor(deps, req)) }));
  serve(app, ep.searchSkills, async (req) => teams.searchSkills(deps, await requireActor(deps, req), req.query));

  // ---- volunteer posts 志愿岗
  serve(app, ep.createPost, async (req) => postsService.createPost(deps, await requireActor(deps, req), req.body));
  serve(app, ep.posts, async (req) => postsService.listPosts(deps, await requireActor(deps, req), req.query));
  serve(app, ep.claimPost, async (req) => postsService.claimPost(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.releasePost, async (req) => postsService.releasePost(deps, await requireActor(deps, req), req.params.id));

  // ---- activities 志愿活动, sign-ups and QR check-in
  serve(app, ep.createActivity, async (req) => activities.createActivity(deps, await requireActor(deps, req), req.body));
  serve(app, ep.activities, async (req) => activities.listActivities(deps, await requireActor(deps, req), req.query));
  serve(app, ep.activity, async (req) => activities.getActivity(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.signUp, async (req) => activities.signUp(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.cancelSignUp, async (req) => activities.cancelSignUp(deps, await requireActor(deps, req), req.params.id, req.body.expectedVersion));
  serve(app, ep.checkinToken, async (req) => checkin.issueCheckinToken(deps, await requireActor(deps, req), req.params.id, req.query.kind));
  serve(app, ep.checkin, async (req) => checkin.scanCheckin(deps, await requireActor(deps, req), req.body.token));
  serve(app, ep.myHours, async (req) => checkin.myHours(deps, await requireActor(deps, req)));

  // ---- rotations 轮值
  serve(app, ep.headUnits, async (req) => ({ items: await rotations.headUnitOptions(deps, await requireActor(deps, req), req.query.communityId) }));
  serve(app, ep.createRotation, async (req) => ({ id: await rotations.createRotation(deps, await requireActor(deps, req), req.body) }));
  serve(app, ep.roster, async (req) => {
    await rotations.rosterRotation(deps, await requireActor(deps, req), req.params.id, req.body.teamIds);
    return { ok: true as const };
  });
  serve(app, ep.calendar, async (req) => rotations.stationCalendar(deps, await requireActor(deps, req), req.query));

  // ---- figures
  serve(app, ep.figures, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, VOLUNTEER_STAFF_ROLES);
    return { items: await volunteerFigures(deps.db, staffScope(actor), req.query.month) };
  });
  serve(app, ep.figuresExport, async (req, reply) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, VOLUNTEER_STAFF_ROLES);
    const rows = await volunteerFigures(deps.db, staffScope(actor), req.query.month);
    return sendWorkbook(reply, `志愿服务统计-${req.query.month}`, await volunteerFiguresWorkbook(rows, req.query.month));
  });
}
