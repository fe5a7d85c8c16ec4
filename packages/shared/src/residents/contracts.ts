import { z } from 'zod';
import { pageQuery } from '../common/page';
import { GENDERS, RELATIONS, SPECIAL_TAGS } from './special-tags';

/** `GET /api/residents`: search residents in scope by name or phone, or list one node's or household's residents. */
export const listResidentsQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  nodeId: z.uuid().optional(),
  householdId: z.uuid().optional(),
  tag: z.enum(SPECIAL_TAGS).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

/** A resident as lists show them: phone and ID number masked, tags only for roles that may see them. */
export const residentListItem = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  birthDate: z.string(),
  age: z.number().int(),
  relation: z.enum(RELATIONS),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string(),
  tags: z.array(z.enum(SPECIAL_TAGS)).nullable(),
  householdId: z.string(),
  address: z.string(),
});
export type ResidentListItem = z.infer<typeof residentListItem>;

/** `GET /api/residents/:id`: one resident, still masked, with the household and its members. */
export const residentDetail = residentListItem.extend({
  nodeId: z.string(),
  householdNo: z.string(),
  householdMembers: z.array(z.object({ id: z.string(), name: z.string(), relation: z.enum(RELATIONS) })),
  gridName: z.string(),
  communityName: z.string(),
});
export type ResidentDetail = z.infer<typeof residentDetail>;

/** `POST /api/residents/:id/reveal` body: which field to show in full; the read is audited. */
export const revealRequest = z.object({
  field: z.enum(['phone', 'idNumber']),
  reason: z.string().trim().min(2, '请填写查看原因').max(200),
});

/** The full value of a revealed field. */
export const revealResponse = z.object({ field: z.enum(['phone', 'idNumber']), value: z.string().nullable() });

/** One row of the household-ledger import report. */
export const importRowResult = z.object({
  row: z.number().int(),
  status: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  name: z.string().nullable(),
  reason: z.string().nullable(),
});
export type ImportRowResult = z.infer<typeof importRowResult>;

/** `POST /api/residents/import` answer: per-row report and totals. */
export const importReport = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  rows: z.array(importRowResult),
});
export type ImportReport = z.infer<typeof importReport>;

/** Column headers of the household ledger (台账), in order; the template download uses the same list. */
export const LEDGER_COLUMNS = ['网格编码', '小区', '楼栋', '单元', '房号', '姓名', '性别', '身份证号', '手机号', '与户主关系', '特殊人群'] as const;
