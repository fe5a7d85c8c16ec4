import { z } from 'zod';
import { pageQuery } from '../common/page';
import { CASE_ACTIONS, CASE_CHANNELS, CASE_STATES, CASE_TIERS, LIMIT_CLOCKS, LIMIT_KINDS, LIMIT_STATUSES, SATISFACTION_LEVELS } from './case-enums';

const storageKey = z.string().regex(/^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}\.(jpg|png)$/, '图片标识无效');

/** `POST /api/cases`: a resident's report, or staff entering a case from a channel on someone's behalf. */
export const createCaseRequest = z.object({
  description: z.string().trim().min(5, '请至少用5个字描述问题').max(2000),
  title: z.string().trim().min(2).max(60).optional(),
  categoryId: z.uuid().optional(),
  channel: z.enum(CASE_CHANNELS).default('residentApp'),
  /** The grid the case belongs to; residents default to their own grid. */
  gridId: z.uuid().optional(),
  /** A building or house inside that grid, when known. */
  locationNodeId: z.uuid().optional(),
  address: z.string().trim().max(200).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  photos: z.array(storageKey).max(9, '最多9张照片').default([]),
  anonymous: z.boolean().default(false),
  reporterName: z.string().trim().max(30).optional(),
  reporterPhone: z
    .string()
    .regex(/^1[3-9]\d{9}$/, '请输入11位手机号')
    .optional(),
});
export type CreateCaseRequest = z.input<typeof createCaseRequest>;
/** A validated intake request. */
export type CreateCaseInput = z.output<typeof createCaseRequest>;

/** `POST /api/cases/:id/actions`: one workflow action, with the fields that action needs. */
export const caseActionRequest = z.object({
  action: z.enum(CASE_ACTIONS),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().max(2000).optional(),
  reason: z.string().trim().min(2, '请填写原因').max(500).optional(),
  categoryId: z.uuid().optional(),
  tier: z.enum(CASE_TIERS).optional(),
  assigneeUserId: z.uuid().optional(),
  leadDepartmentId: z.uuid().optional(),
  coDepartmentIds: z.array(z.uuid()).max(10).optional(),
  newDeadline: z.iso.datetime({ offset: true }).optional(),
  approve: z.boolean().optional(),
  solved: z.boolean().optional(),
  satisfaction: z.enum(SATISFACTION_LEVELS).optional(),
  primaryCaseId: z.uuid().optional(),
  photos: z.array(storageKey).max(9).default([]),
});
export type CaseActionRequest = z.input<typeof caseActionRequest>;
/** A validated action request. */
export type CaseActionInput = z.output<typeof caseActionRequest>;

/** `GET /api/cases` filters; keyset pagination newest first. */
export const listCasesQuery = pageQuery.extend({
  state: z.enum(CASE_STATES).optional(),
  categoryId: z.uuid().optional(),
  nodeId: z.uuid().optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  mine: z.enum(['reported', 'assigned', 'todo']).optional(),
  q: z.string().trim().max(50).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

/** A case in lists. */
export const caseListItem = z.object({
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  state: z.enum(CASE_STATES),
  tier: z.enum(CASE_TIERS),
  channel: z.enum(CASE_CHANNELS),
  categoryName: z.string().nullable(),
  urgency: z.enum(['normal', 'urgent']),
  address: z.string(),
  gridName: z.string(),
  submittedAt: z.string(),
  handlingDeadline: z.string().nullable(),
  warning: z.boolean(),
  overdue: z.boolean(),
  supporters: z.number().int(),
  version: z.number().int(),
});
export type CaseListItem = z.infer<typeof caseListItem>;

/** One timeline entry. */
export const caseEventView = z.object({
  id: z.string(),
  action: z.string(),
  fromState: z.enum(CASE_STATES).nullable(),
  toState: z.enum(CASE_STATES),
  actorName: z.string(),
  at: z.string(),
  note: z.string().nullable(),
  photos: z.array(z.string()),
  isPublic: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type CaseEventView = z.infer<typeof caseEventView>;

/** An action the caller may take now and the fields it needs (DESIGN rule 2: the UI shows exactly these). */
export const allowedActionView = z.object({
  action: z.enum(CASE_ACTIONS),
  required: z.array(z.string()),
  optional: z.array(z.string()),
});

/** One time limit of the case. */
export const caseLimitView = z.object({
  kind: z.enum(LIMIT_KINDS),
  startedAt: z.string(),
  warnAt: z.string(),
  deadline: z.string(),
  metAt: z.string().nullable(),
  status: z.enum(LIMIT_STATUSES),
  departmentName: z.string().nullable(),
});

/** `GET /api/cases/:id`. */
export const caseDetail = caseListItem.extend({
  description: z.string(),
  photos: z.array(z.string()),
  categoryId: z.string().nullable(),
  gridId: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  reporterName: z.string().nullable(),
  reporterPhoneMasked: z.string().nullable(),
  anonymous: z.boolean(),
  assigneeName: z.string().nullable(),
  departments: z.array(
    z.object({ departmentId: z.string(), name: z.string(), role: z.enum(['lead', 'co']), reportDeadline: z.string(), reportedAt: z.string().nullable() }),
  ),
  reworkCount: z.number().int(),
  reopenCount: z.number().int(),
  urgeCount: z.number().int(),
  satisfaction: z.enum(SATISFACTION_LEVELS).nullable(),
  solved: z.boolean().nullable(),
  pendingExtension: z.object({ newDeadline: z.string(), reason: z.string() }).nullable(),
  mergedIntoId: z.string().nullable(),
  closedAt: z.string().nullable(),
  timeline: z.array(caseEventView),
  limits: z.array(caseLimitView),
  allowedActions: z.array(allowedActionView),
  supportedByMe: z.boolean(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

/** A category as pickers show it. */
export const caseCategoryView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['component', 'event', 'livelihood', 'governance']),
  version: z.string(),
  urgency: z.enum(['normal', 'urgent']),
  limitAmount: z.number(),
  limitClock: z.enum(LIMIT_CLOCKS),
  defaultDepartment: z.string().nullable(),
  active: z.boolean(),
  /** Cases in it (or in a child of it) are never shown to neighbours nor on Open311. */
  sensitive: z.boolean(),
});
export type CaseCategoryView = z.infer<typeof caseCategoryView>;

/** `PUT /api/case-categories/:id` (admins): edit a category's limit, urgency, department, activity or sensitivity. */
export const updateCategoryRequest = z.object({
  name: z.string().trim().min(1).max(30).optional(),
  urgency: z.enum(['normal', 'urgent']).optional(),
  limitAmount: z.number().positive().max(365).optional(),
  limitClock: z.enum(LIMIT_CLOCKS).optional(),
  defaultDepartment: z.string().max(20).nullable().optional(),
  active: z.boolean().optional(),
  sensitive: z.boolean().optional(),
});

/** `GET /api/cases/suggest?text=`: categories ranked by what past cases in each said. */
export const suggestQuery = z.object({ text: z.string().trim().min(2).max(2000), gridId: z.uuid().optional() });

/** Category suggestions and open look-alike cases in the same grid ("me too"). */
export const suggestResponse = z.object({
  categories: z.array(z.object({ id: z.string(), name: z.string(), score: z.number() })),
  similarCases: z.array(
    z.object({
      id: z.string(),
      caseNo: z.string(),
      title: z.string(),
      state: z.enum(CASE_STATES),
      supporters: z.number().int(),
      submittedAt: z.string(),
      score: z.number(),
    }),
  ),
});

/** `GET /api/cases/todo`: the caller's work list (overdue first) and its size for the menu badge. */
export const myWorkResponse = z.object({
  items: z.array(caseListItem.extend({ nextActions: z.array(z.enum(CASE_ACTIONS)) })),
  total: z.number().int(),
});

/** `Idempotency-Key` of a case report: a retry with the same key answers the first attempt's case. */
export const intakeHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }).passthrough();

/** Query of the caller's work list. */
export const myWorkQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** The category tree. */
export const caseCategoryList = z.object({ items: z.array(caseCategoryView) });

/** Storage keys of photos just uploaded, in the order sent. */
export const uploadedPhotos = z.object({ keys: z.array(z.string()) });

/** Path of a stored photo: `year/month/uuid.jpg|png`. */
export const photoFileParams = z.object({
  year: z.string().regex(/^\d{4}$/),
  month: z.string().regex(/^\d{2}$/),
  name: z.string().regex(/^[0-9a-f-]{36}\.(jpg|png)$/),
});

/** A signed photo link's expiry and signature (Open311 media_url); without them the session must be allowed to see it. */
export const photoLinkQuery = z.object({ exp: z.string().optional(), sig: z.string().optional() });

/** Why a staff member needs a case reporter's full phone (audited with the read). */
export const revealReporterPhoneRequest = z.object({ reason: z.string().trim().min(2, '请填写查看原因').max(200) });

/** A case reporter's full phone, or null when the case has none registered. */
export const revealReporterPhoneResponse = z.object({ value: z.string().nullable() });
