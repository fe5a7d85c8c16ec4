import { exportOf, readOf, writeOf } from '../access/access-of';
import { idParams, okResponse, pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
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
  createdRotationResponse,
  createRotationRequest,
  createTeamRequest,
  createVolunteerPostRequest,
  headUnitList,
  headUnitsQuery,
  listActivitiesQuery,
  listTeamsQuery,
  listVolunteerPostsQuery,
  myHoursResponse,
  mySkillsResponse,
  rosterRequest,
  searchSkillsQuery,
  setSkillsRequest,
  skillEntryView,
  teamList,
  teamMemberParams,
  teamView,
  volunteerFiguresList,
  volunteerFiguresQuery,
  volunteerPostView,
} from './volunteer-contracts';

const tag = 'volunteers';
const read = readOf('volunteer');
const write = writeOf('volunteer');

/** The volunteers module's endpoints (DOMAIN §4): teams, skills, posts, activities with sign-up and QR check-in, rotations, figures. */
export const volunteerEndpoints = {
  // ---- teams 志愿服务队 and the skills library 技能库
  createTeam: defineEndpoint({ method: 'POST', path: '/api/volunteer-teams', tag, access: write, body: createTeamRequest, response: teamView, status: 201 }),
  teams: defineEndpoint({ method: 'GET', path: '/api/volunteer-teams', tag, access: read, query: listTeamsQuery, response: teamList }),
  addTeamMember: defineEndpoint({
    method: 'POST',
    path: '/api/volunteer-teams/:id/members',
    tag,
    access: write,
    params: idParams,
    body: addTeamMemberRequest,
    response: teamView,
  }),
  removeTeamMember: defineEndpoint({
    method: 'DELETE',
    path: '/api/volunteer-teams/:id/members/:userId',
    tag,
    access: write,
    params: teamMemberParams,
    response: teamView,
  }),
  setSkills: defineEndpoint({ method: 'PUT', path: '/api/volunteer-skills', tag, access: write, body: setSkillsRequest, response: skillEntryView }),
  mySkills: defineEndpoint({ method: 'GET', path: '/api/volunteer-skills/me', tag, access: read, response: mySkillsResponse }),
  searchSkills: defineEndpoint({ method: 'GET', path: '/api/volunteer-skills', tag, access: read, query: searchSkillsQuery, response: pageOf(skillEntryView) }),

  // ---- volunteer posts 志愿岗
  createPost: defineEndpoint({
    method: 'POST',
    path: '/api/volunteer-posts',
    tag,
    access: write,
    body: createVolunteerPostRequest,
    response: volunteerPostView,
    status: 201,
  }),
  posts: defineEndpoint({
    method: 'GET',
    path: '/api/volunteer-posts',
    tag,
    access: read,
    query: listVolunteerPostsQuery,
    response: pageOf(volunteerPostView),
  }),
  claimPost: defineEndpoint({ method: 'POST', path: '/api/volunteer-posts/:id/claim', tag, access: write, params: idParams, response: volunteerPostView }),
  releasePost: defineEndpoint({ method: 'POST', path: '/api/volunteer-posts/:id/release', tag, access: write, params: idParams, response: volunteerPostView }),

  // ---- activities 志愿活动, sign-ups and QR check-in
  createActivity: defineEndpoint({
    method: 'POST',
    path: '/api/volunteer-activities',
    tag,
    access: write,
    body: createActivityRequest,
    response: activityDetail,
    status: 201,
  }),
  activities: defineEndpoint({
    method: 'GET',
    path: '/api/volunteer-activities',
    tag,
    access: read,
    query: listActivitiesQuery,
    response: pageOf(activityListItem),
  }),
  activity: defineEndpoint({ method: 'GET', path: '/api/volunteer-activities/:id', tag, access: read, params: idParams, response: activityDetail }),
  signUp: defineEndpoint({ method: 'POST', path: '/api/volunteer-activities/:id/sign-ups', tag, access: write, params: idParams, response: activityDetail }),
  cancelSignUp: defineEndpoint({
    method: 'POST',
    path: '/api/volunteer-sign-ups/:id/cancel',
    tag,
    access: write,
    params: idParams,
    body: cancelSignUpRequest,
    response: activityDetail,
  }),
  /** Staff showing the station QR: it mints a token, so it asks `write` though it is a GET. */
  checkinToken: defineEndpoint({
    method: 'GET',
    path: '/api/volunteer-activities/:id/checkin-token',
    tag,
    access: write,
    params: idParams,
    query: checkinTokenQuery,
    response: checkinTokenResponse,
  }),
  checkin: defineEndpoint({ method: 'POST', path: '/api/volunteer-checkins', tag, access: write, body: checkinRequest, response: checkinResult }),
  myHours: defineEndpoint({ method: 'GET', path: '/api/volunteer-hours/me', tag, access: read, response: myHoursResponse }),

  // ---- rotations 轮值
  headUnits: defineEndpoint({
    method: 'GET',
    path: '/api/volunteer-rotations/head-units',
    tag,
    access: readOf('volunteerRota'),
    query: headUnitsQuery,
    response: headUnitList,
  }),
  createRotation: defineEndpoint({
    method: 'POST',
    path: '/api/volunteer-rotations',
    tag,
    access: writeOf('volunteerRota'),
    body: createRotationRequest,
    response: createdRotationResponse,
    status: 201,
  }),
  roster: defineEndpoint({
    method: 'POST',
    path: '/api/volunteer-rotations/:id/roster',
    tag,
    access: writeOf('volunteerRota'),
    params: idParams,
    body: rosterRequest,
    response: okResponse,
  }),
  calendar: defineEndpoint({ method: 'GET', path: '/api/volunteer-calendar', tag, access: read, query: calendarQuery, response: calendarResponse }),

  // ---- figures
  figures: defineEndpoint({
    method: 'GET',
    path: '/api/volunteer-figures',
    tag,
    access: readOf('volunteerRota'),
    query: volunteerFiguresQuery,
    response: volunteerFiguresList,
  }),
  /** The month's figures as an Excel workbook. */
  figuresExport: defineEndpoint({ method: 'GET', path: '/api/volunteer-figures/export', tag, access: exportOf('volunteerRota'), query: volunteerFiguresQuery }),
};
