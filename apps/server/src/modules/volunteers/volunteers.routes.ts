import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityDetail,
  activityListItem,
  addTeamMemberRequest,
  calendarQuery,
  calendarResponse,
  cancelSignUpRequest,
  checkinRequest,
  checkinResult,
  checkinTokenQuery,
  checkinTokenResponse,
  createActivityRequest,
  createRotationRequest,
  createTeamRequest,
  createVolunteerPostRequest,
  headUnitOption,
  idParams,
  listActivitiesQuery,
  listVolunteerPostsQuery,
  myHoursResponse,
  okResponse,
  pageOf,
  rosterRequest,
  searchSkillsQuery,
  setSkillsRequest,
  skillEntryView,
  teamView,
  volunteerFiguresQuery,
  volunteerFiguresRow,
  volunteerPostView,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { sendWorkbook } from '../../platform/excel/xlsx-writer';
import { requireActor } from '../../platform/auth/request-actor';
import { requireRole } from '../../platform/auth/actor';
import * as activities from './activities.service';
import * as checkin from './checkin.service';
import { volunteerFigures, volunteerFiguresWorkbook } from './figures.service';
import * as postsService from './posts.service';
import * as rotations from './rotations.service';
import * as teams from './teams.service';
import { VOLUNTEER_STAFF_ROLES, staffScope } from './volunteers-access';

/** Teams, skills library, volunteer posts, activities with sign-up and QR check-in, rotations and figures (DOMAIN §4). */
export function registerVolunteerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];

  // ---- teams 志愿服务队 and the skills library 技能库
  r.post('/api/volunteer-teams', { schema: { tags, body: createTeamRequest, response: { 201: teamView } } }, async (req, reply) => {
    const view = await teams.createTeam(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return view;
  });
  r.get(
    '/api/volunteer-teams',
    { schema: { tags, querystring: z.object({ nodeId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(teamView) }) } } },
    async (req) => ({
      items: await teams.listTeams(deps, await requireActor(deps, req), req.query),
    }),
  );
  r.post('/api/volunteer-teams/:id/members', { schema: { tags, params: idParams, body: addTeamMemberRequest, response: { 200: teamView } } }, async (req) =>
    teams.addTeamMember(deps, await requireActor(deps, req), req.params.id, req.body.userId),
  );
  r.delete(
    '/api/volunteer-teams/:id/members/:userId',
    { schema: { tags, params: z.object({ id: z.uuid(), userId: z.uuid() }), response: { 200: teamView } } },
    async (req) => teams.removeTeamMember(deps, await requireActor(deps, req), req.params.id, req.params.userId),
  );
  r.put('/api/volunteer-skills', { schema: { tags, body: setSkillsRequest, response: { 200: skillEntryView } } }, async (req) =>
    teams.setSkills(deps, await requireActor(deps, req), req.body),
  );
  r.get('/api/volunteer-skills/me', { schema: { tags, response: { 200: z.object({ entry: skillEntryView.nullable() }) } } }, async (req) => ({
    entry: await teams.mySkills(deps, await requireActor(deps, req)),
  }));
  r.get('/api/volunteer-skills', { schema: { tags, querystring: searchSkillsQuery, response: { 200: pageOf(skillEntryView) } } }, async (req) =>
    teams.searchSkills(deps, await requireActor(deps, req), req.query),
  );

  // ---- volunteer posts 志愿岗
  r.post('/api/volunteer-posts', { schema: { tags, body: createVolunteerPostRequest, response: { 201: volunteerPostView } } }, async (req, reply) => {
    const view = await postsService.createPost(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return view;
  });
  r.get('/api/volunteer-posts', { schema: { tags, querystring: listVolunteerPostsQuery, response: { 200: pageOf(volunteerPostView) } } }, async (req) =>
    postsService.listPosts(deps, await requireActor(deps, req), req.query),
  );
  r.post('/api/volunteer-posts/:id/claim', { schema: { tags, params: idParams, response: { 200: volunteerPostView } } }, async (req) =>
    postsService.claimPost(deps, await requireActor(deps, req), req.params.id),
  );
  r.post('/api/volunteer-posts/:id/release', { schema: { tags, params: idParams, response: { 200: volunteerPostView } } }, async (req) =>
    postsService.releasePost(deps, await requireActor(deps, req), req.params.id),
  );

  // ---- activities 志愿活动, sign-ups and QR check-in
  r.post('/api/volunteer-activities', { schema: { tags, body: createActivityRequest, response: { 201: activityDetail } } }, async (req, reply) => {
    const view = await activities.createActivity(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return view;
  });
  r.get('/api/volunteer-activities', { schema: { tags, querystring: listActivitiesQuery, response: { 200: pageOf(activityListItem) } } }, async (req) =>
    activities.listActivities(deps, await requireActor(deps, req), req.query),
  );
  r.get('/api/volunteer-activities/:id', { schema: { tags, params: idParams, response: { 200: activityDetail } } }, async (req) =>
    activities.getActivity(deps, await requireActor(deps, req), req.params.id),
  );
  r.post('/api/volunteer-activities/:id/sign-ups', { schema: { tags, params: idParams, response: { 200: activityDetail } } }, async (req) =>
    activities.signUp(deps, await requireActor(deps, req), req.params.id),
  );
  r.post(
    '/api/volunteer-sign-ups/:id/cancel',
    { schema: { tags, params: idParams, body: cancelSignUpRequest, response: { 200: activityDetail } } },
    async (req) => activities.cancelSignUp(deps, await requireActor(deps, req), req.params.id, req.body.expectedVersion),
  );
  r.get(
    '/api/volunteer-activities/:id/checkin-token',
    { schema: { tags, params: idParams, querystring: checkinTokenQuery, response: { 200: checkinTokenResponse } } },
    async (req) => checkin.issueCheckinToken(deps, await requireActor(deps, req), req.params.id, req.query.kind),
  );
  r.post('/api/volunteer-checkins', { schema: { tags, body: checkinRequest, response: { 200: checkinResult } } }, async (req) =>
    checkin.scanCheckin(deps, await requireActor(deps, req), req.body.token),
  );
  r.get('/api/volunteer-hours/me', { schema: { tags, response: { 200: myHoursResponse } } }, async (req) =>
    checkin.myHours(deps, await requireActor(deps, req)),
  );

  // ---- rotations 轮值
  r.get(
    '/api/volunteer-rotations/head-units',
    { schema: { tags, querystring: z.object({ communityId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(headUnitOption) }) } } },
    async (req) => ({
      items: await rotations.headUnitOptions(deps, await requireActor(deps, req), req.query.communityId),
    }),
  );
  r.post('/api/volunteer-rotations', { schema: { tags, body: createRotationRequest, response: { 201: z.object({ id: z.string() }) } } }, async (req, reply) => {
    const id = await rotations.createRotation(deps, await requireActor(deps, req), req.body);
    reply.status(201);
    return { id };
  });
  r.post('/api/volunteer-rotations/:id/roster', { schema: { tags, params: idParams, body: rosterRequest, response: { 200: okResponse } } }, async (req) => {
    await rotations.rosterRotation(deps, await requireActor(deps, req), req.params.id, req.body.teamIds);
    return { ok: true as const };
  });
  r.get('/api/volunteer-calendar', { schema: { tags, querystring: calendarQuery, response: { 200: calendarResponse } } }, async (req) =>
    rotations.stationCalendar(deps, await requireActor(deps, req), req.query),
  );

  // ---- figures
  r.get(
    '/api/volunteer-figures',
    { schema: { tags, querystring: volunteerFiguresQuery, response: { 200: z.object({ items: z.array(volunteerFiguresRow) }) } } },
    async (req) => {
      const actor = await requireActor(deps, req);
      requireRole(actor, VOLUNTEER_STAFF_ROLES);
      return { items: await volunteerFigures(deps.db, staffScope(actor), req.query.month) };
    },
  );
  r.get('/api/volunteer-figures/export', { schema: { tags, querystring: volunteerFiguresQuery } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, VOLUNTEER_STAFF_ROLES);
    const rows = await volunteerFigures(deps.db, staffScope(actor), req.query.month);
    return sendWorkbook(reply, `志愿服务统计-${req.query.month}`, await volunteerFiguresWorkbook(rows, req.query.month));
  });
}
