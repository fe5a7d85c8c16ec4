import { z } from 'zod';
import { pageQuery } from '../common/page';
import { CASE_STATES } from '../cases/case-enums';
import { NEED_DOMAINS, NEED_KINDS } from './claims-enums';

/**
 * A need's referral by the street joint meeting 联席会 to a functional department: the linked case
 * and its live state, deadline and overdue flag, read from the cases module (its time limits and
 * figures are the case's).
 */
export const needReferralView = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  caseId: z.string(),
  caseNo: z.string(),
  caseState: z.enum(CASE_STATES),
  /** The case's current handling deadline (ISO), set by the case module from the chosen category. */
  handlingDeadline: z.string().nullable(),
  overdue: z.boolean(),
  referredAt: z.string(),
  referredByName: z.string(),
  note: z.string().nullable(),
});
export type NeedReferralView = z.infer<typeof needReferralView>;

/** Which part of the joint-meeting list: needs waiting for a decision, or those already referred. */
export const MEETING_LIST_VIEWS = ['waiting', 'referred'] as const;

/**
 * `GET /api/joint-meeting/needs`: needs of the communities in the caller's street-level scope that
 * stayed unclaimed for the set period (`meetingAfterDays`), or (`view=referred`) those already referred.
 */
export const meetingListQuery = pageQuery.extend({
  view: z.enum(MEETING_LIST_VIEWS).default('waiting'),
  communityId: z.uuid().optional(),
});
export type MeetingListQuery = z.input<typeof meetingListQuery>;

/** One need on the joint-meeting list. */
export const meetingNeedItem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  domain: z.enum(NEED_DOMAINS),
  kind: z.enum(NEED_KINDS),
  communityId: z.string(),
  communityName: z.string(),
  createdAt: z.string(),
  /** Whole days since the need was collected. */
  daysOpen: z.number().int(),
  version: z.number().int(),
  referral: needReferralView.nullable(),
});
export type MeetingNeedItem = z.infer<typeof meetingNeedItem>;

/**
 * `POST /api/joint-meeting/needs/:id/refer` (street officer): refer the need to a functional
 * department. The case category decides the handling time limit (the case module's rule).
 */
export const referNeedRequest = z.object({
  expectedVersion: z.number().int().min(1),
  departmentId: z.uuid('请选择职能部门'),
  categoryId: z.uuid('请选择案件类别'),
  note: z.string().trim().max(500).optional(),
});
export type ReferNeedRequest = z.input<typeof referNeedRequest>;
