import { caseActionRequest, type CaseAction, type CaseActionField } from '@linli/shared';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { pickedToIso } from '../../ui/time-format';
import { PHOTO_ACTIONS } from './case-format';

/** The fields of one allowed action, as the server listed them. */
export interface ActionSpec {
  action: CaseAction;
  required: string[];
  optional: string[];
}

const KNOWN_FIELDS: readonly CaseActionField[] = [
  'note',
  'reason',
  'categoryId',
  'tier',
  'assigneeUserId',
  'leadDepartmentId',
  'coDepartmentIds',
  'newDeadline',
  'approve',
  'solved',
  'satisfaction',
  'primaryCaseId',
];

/** The fields an action's form shows, required first; unknown names are ignored. */
export function actionFields(spec: ActionSpec): { field: CaseActionField; required: boolean }[] {
  const known = (f: string): f is CaseActionField => (KNOWN_FIELDS as readonly string[]).includes(f);
  return [
    ...spec.required.filter(known).map((field) => ({ field, required: true })),
    ...spec.optional.filter(known).map((field) => ({ field, required: false })),
  ];
}

/** True when the action needs a form (fields or photos) rather than a single click. */
export function needsForm(spec: ActionSpec): boolean {
  return actionFields(spec).length > 0 || PHOTO_ACTIONS.includes(spec.action);
}

/** Turns the form's values into the action request body (empty values left out, times as ISO). */
export function actionBody(spec: ActionSpec, version: number, values: Record<string, unknown>) {
  const body: Record<string, unknown> = { action: spec.action, expectedVersion: version };
  for (const { field } of actionFields(spec)) {
    const v = values[field];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    body[field] = field === 'newDeadline' && dayjs.isDayjs(v) ? pickedToIso(v) : typeof v === 'string' ? v.trim() : v;
  }
  const photos = values.photos;
  if (Array.isArray(photos) && photos.length) body.photos = photos;
  return body as z.input<typeof caseActionRequest>;
}
