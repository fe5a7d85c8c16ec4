import { z } from 'zod';
import { pageQuery } from '../common/page';
import { CHECKIN_KINDS, SIGNUP_ACTIONS, SIGNUP_STATES, TEAM_LEVELS, VOLUNTEER_POST_STATES } from './volunteer-enums';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');
const skill = z.string().trim().min(1, '技能不能为空').max(20, '技能名称不超过20字');

// ---------------------------------------------------------------- teams and skills

/** `POST /api/volunteer-teams`: a service team 志愿服务队 at a community or street. */
export const createTeamRequest = z.object({
  name: z.string().trim().min(2, '请填写服务队名称').max(40),
  level: z.enum(TEAM_LEVELS),
  nodeId: z.uuid('请选择所属社区或街道'),
  description: z.string().trim().max(500).default(''),
});
export type CreateTeamInput = z.infer<typeof createTeamRequest>;

/** `POST /api/volunteer-teams/:id/members`. */
export const addTeamMemberRequest = z.object({ userId: z.uuid('请选择队员') });

/** One team member. */
export const teamMemberView = z.object({ userId: z.string(), name: z.string() });

/** A team as lists show it. */
export const teamView = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(TEAM_LEVELS),
  nodeId: z.string(),
  nodeName: z.string(),
  description: z.string(),
  members: z.array(teamMemberView),
});
export type TeamView = z.infer<typeof teamView>;

/** `PUT /api/volunteer-skills`: a member's own entry in the skills library 技能库, or staff entering it for a member. */
export const setSkillsRequest = z.object({
  userId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  profession: z.string().trim().max(30).default(''),
  skills: z.array(skill).min(1, '请至少填写一项技能').max(10, '技能不超过10项'),
});
export type SetSkillsInput = z.infer<typeof setSkillsRequest>;

/** `GET /api/volunteer-skills`: who can do X within the caller's area. */
export const searchSkillsQuery = pageQuery.extend({ skill: z.string().trim().max(20).optional(), communityId: z.uuid().optional() });
export type SearchSkillsQuery = z.output<typeof searchSkillsQuery>;

/** One member in the skills library. */
export const skillEntryView = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  profession: z.string(),
  skills: z.array(z.string()),
});
export type SkillEntryView = z.infer<typeof skillEntryView>;

// ---------------------------------------------------------------- volunteer posts 志愿岗

/** `POST /api/volunteer-posts`: a community publishes a post needing a skill or profession. */
export const createVolunteerPostRequest = z.object({
  communityId: z.uuid().optional(),
  title: z.string().trim().min(2, '请填写岗位名称').max(40),
  description: z.string().trim().max(500).default(''),
  skill,
});
export type CreateVolunteerPostInput = z.infer<typeof createVolunteerPostRequest>;

/** `GET /api/volunteer-posts`. */
export const listVolunteerPostsQuery = pageQuery.extend({
  state: z.enum(VOLUNTEER_POST_STATES).optional(),
  communityId: z.uuid().optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListVolunteerPostsQuery = z.output<typeof listVolunteerPostsQuery>;

/** A volunteer post with the actions the caller may take now. */
export const volunteerPostView = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  title: z.string(),
  description: z.string(),
  skill: z.string(),
  state: z.enum(VOLUNTEER_POST_STATES),
  claimantName: z.string().nullable(),
  claimedAt: z.string().nullable(),
  createdAt: z.string(),
  allowedActions: z.array(z.enum(['claim', 'release'])),
});
export type VolunteerPostView = z.infer<typeof volunteerPostView>;

// ---------------------------------------------------------------- activities 志愿活动

/** `POST /api/volunteer-activities`. */
export const createActivityRequest = z
  .object({
    communityId: z.uuid().optional(),
    title: z.string().trim().min(2, '请填写活动名称').max(60),
    description: z.string().trim().max(1000).default(''),
    place: z.string().trim().min(2, '请填写活动地点').max(60),
    startsAt: z.iso.datetime({ offset: true, message: '请填写开始时间' }),
    endsAt: z.iso.datetime({ offset: true, message: '请填写结束时间' }),
    capacity: z.number().int().min(1, '名额至少为1').max(500, '名额不超过500'),
  })
  .refine((v) => new Date(v.endsAt) > new Date(v.startsAt), { message: '结束时间应晚于开始时间', path: ['endsAt'] });
export type CreateActivityInput = z.infer<typeof createActivityRequest>;

/** `GET /api/volunteer-activities`. */
export const listActivitiesQuery = pageQuery.extend({ communityId: z.uuid().optional(), when: z.enum(['upcoming', 'past']).optional() });
export type ListActivitiesQuery = z.output<typeof listActivitiesQuery>;

/** The caller's own sign-up, with what they may do with it. */
export const mySignUpView = z.object({
  id: z.string(),
  state: z.enum(SIGNUP_STATES),
  queueNo: z.number().int(),
  waitlistPosition: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(SIGNUP_ACTIONS)),
});
export type MySignUpView = z.infer<typeof mySignUpView>;

/** An activity as lists show it. */
export const activityListItem = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  title: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  signedUpCount: z.number().int(),
  waitlistCount: z.number().int(),
  mySignUp: mySignUpView.nullable(),
  canSignUp: z.boolean(),
});
export type ActivityListItem = z.infer<typeof activityListItem>;

/** One sign-up as staff see it on the activity page. */
export const signUpRowView = z.object({
  id: z.string(),
  userName: z.string(),
  state: z.enum(SIGNUP_STATES),
  queueNo: z.number().int(),
  signedUpAt: z.string(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  minutes: z.number().int().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(SIGNUP_ACTIONS)),
});
export type SignUpRowView = z.infer<typeof signUpRowView>;

/** One activity; `signUps` only for staff of its community, `canManage` says whether the caller is. */
export const activityDetail = activityListItem.extend({
  description: z.string(),
  canManage: z.boolean(),
  signUps: z.array(signUpRowView),
});
export type ActivityDetail = z.infer<typeof activityDetail>;

/** `POST /api/volunteer-signups/:id/cancel`. */
export const cancelSignUpRequest = z.object({ expectedVersion: z.number().int() });

/** `GET /api/volunteer-activities/:id/checkin-token?kind=in|out`. */
export const checkinTokenQuery = z.object({ kind: z.enum(CHECKIN_KINDS) });

/** A short-lived signed token for the station's QR code. */
export const checkinTokenResponse = z.object({ token: z.string(), kind: z.enum(CHECKIN_KINDS), expiresAt: z.string(), activityTitle: z.string() });
export type CheckinTokenResponse = z.infer<typeof checkinTokenResponse>;

/** `POST /api/volunteer-checkins`: the member's phone posts the token it scanned. */
export const checkinRequest = z.object({ token: z.string().min(10, '二维码无效').max(400) });

/** What a scan did. */
export const checkinResult = z.object({
  activityId: z.string(),
  activityTitle: z.string(),
  kind: z.enum(CHECKIN_KINDS),
  at: z.string(),
  minutes: z.number().int().nullable(),
  points: z.number().int(),
});
export type CheckinResult = z.infer<typeof checkinResult>;

/** `GET /api/volunteer-hours/me`: the member's credited service. */
export const myHoursResponse = z.object({
  totalMinutes: z.number().int(),
  items: z.array(z.object({ activityId: z.string(), title: z.string(), communityName: z.string(), startsAt: z.string(), minutes: z.number().int() })),
});
export type MyHoursResponse = z.infer<typeof myHoursResponse>;

// ---------------------------------------------------------------- rotations 轮值

/** `POST /api/volunteer-rotations`: one month's rotating station head 轮值站长 and fixed service day. */
export const createRotationRequest = z
  .object({
    communityId: z.uuid().optional(),
    month,
    headUnitId: z.uuid('请选择轮值站长单位'),
    serviceWeekday: z.number().int().min(0).max(6),
    startTime: clock,
    endTime: clock,
    weekThemes: z.array(z.string().trim().max(30)).max(6).default([]),
  })
  .refine((v) => v.endTime > v.startTime, { message: '结束时间应晚于开始时间', path: ['endTime'] });
export type CreateRotationInput = z.infer<typeof createRotationRequest>;

/** `POST /api/volunteer-rotations/:id/roster`: teams (groups) rostered to the shifts in turn. */
export const rosterRequest = z.object({ teamIds: z.array(z.uuid()).min(1, '请至少选择一个服务队') });

/** `GET /api/volunteer-calendar`. */
export const calendarQuery = z.object({ communityId: z.uuid().optional(), month });

/** One shift of a rotation. */
export const shiftView = z.object({
  id: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  memberNames: z.array(z.string()),
});
export type ShiftView = z.infer<typeof shiftView>;

/** One station month: the head unit, week themes, shifts and the activities of that month. */
export const calendarResponse = z.object({
  communityId: z.string(),
  communityName: z.string(),
  month: z.string(),
  rotation: z
    .object({
      id: z.string(),
      headUnitId: z.string(),
      headUnitName: z.string(),
      serviceWeekday: z.number().int(),
      weeks: z.array(z.object({ weekStart: z.string(), theme: z.string() })),
    })
    .nullable(),
  shifts: z.array(shiftView),
  activities: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
  canManage: z.boolean(),
});
export type CalendarResponse = z.infer<typeof calendarResponse>;

/** Partner units registered with a community: the candidates for station head. */
export const headUnitOption = z.object({ id: z.string(), name: z.string() });

// ---------------------------------------------------------------- figures

/** `GET /api/volunteer-figures?month=`: hours and activity counts per community (scoped). */
export const volunteerFiguresQuery = z.object({ month });

/** One community's volunteer figures for a month, computed from activities and sign-ups. */
export const volunteerFiguresRow = z.object({
  communityId: z.string(),
  communityName: z.string(),
  activities: z.number().int(),
  signUps: z.number().int(),
  volunteers: z.number().int(),
  minutes: z.number().int(),
  hours: z.number(),
});
export type VolunteerFiguresRow = z.infer<typeof volunteerFiguresRow>;

// ---------------------------------------------------------------- route lists and parameters

/** `GET /api/volunteer-teams?nodeId=`: teams of the caller's area, or of one node. */
export const listTeamsQuery = z.object({ nodeId: z.uuid().optional() });

/** `GET /api/volunteer-teams`. */
export const teamList = z.object({ items: z.array(teamView) });

/** `DELETE /api/volunteer-teams/:id/members/:userId`. */
export const teamMemberParams = z.object({ id: z.uuid(), userId: z.uuid() });

/** `GET /api/volunteer-skills/me`: the caller's own entry, null before they wrote one. */
export const mySkillsResponse = z.object({ entry: skillEntryView.nullable() });

/** `GET /api/volunteer-rotations/head-units?communityId=`. */
export const headUnitsQuery = z.object({ communityId: z.uuid().optional() });

/** `GET /api/volunteer-rotations/head-units`. */
export const headUnitList = z.object({ items: z.array(headUnitOption) });

/** `POST /api/volunteer-rotations`: the new rotation's id. */
export const createdRotationResponse = z.object({ id: z.string() });

/** `GET /api/volunteer-figures`. */
export const volunteerFiguresList = z.object({ items: z.array(volunteerFiguresRow) });
