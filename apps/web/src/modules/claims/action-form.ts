/** One action the server allows now, with the fields it needs (the shape every claims view uses). */
export interface AllowedAction<A extends string = string> {
  action: A;
  required: string[];
  optional: string[];
}

/** The input fields the claims workflows know; anything else the server lists is ignored. */
export type ActionField = 'unitId' | 'note' | 'reason' | 'photos' | 'rating';
const KNOWN: readonly ActionField[] = ['unitId', 'note', 'reason', 'photos', 'rating'];

/** The fields an action's form shows, required first. */
export function formFields(spec: AllowedAction): { field: ActionField; required: boolean }[] {
  const known = (f: string): f is ActionField => (KNOWN as readonly string[]).includes(f);
  return [
    ...spec.required.filter(known).map((field) => ({ field, required: true })),
    ...spec.optional.filter(known).map((field) => ({ field, required: false })),
  ];
}

/** The action's request body: the action, the version it was decided on and the filled fields. */
export function actionRequest(spec: AllowedAction, version: number, values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { action: spec.action, expectedVersion: version };
  for (const { field } of formFields(spec)) {
    const v = values[field];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    body[field] = typeof v === 'string' ? v.trim() : v;
  }
  return body;
}

const NOTE_LABELS: Record<string, string> = {
  approve: '审核意见',
  complete: '完成情况',
  fulfil: '圆梦情况',
  confirm: '评价意见',
  start: '备注',
  dispatch: '派单说明',
};

const REASON_LABELS: Record<string, string> = {
  reject: '驳回原因',
  sendBack: '退回原因',
  release: '放弃原因',
  cancel: '撤销原因',
};

/** Label of one input of an action's form. */
export function fieldLabel(action: string, field: ActionField): string {
  if (field === 'note') return NOTE_LABELS[action] ?? '备注';
  if (field === 'reason') return REASON_LABELS[action] ?? '原因';
  if (field === 'unitId') return '服务单位';
  if (field === 'photos') return action === 'fulfil' || action === 'complete' ? '完成照片' : '照片';
  return '评分';
}
