import {
  GENDER_LABELS,
  LEDGER_COLUMNS,
  RELATION_LABELS,
  SPECIAL_TAG_LABELS,
  idNumberFacts,
  isValidIdNumber,
  keyForLabel,
  type Gender,
  type Relation,
  type SpecialTag,
} from '@linli/shared';

/** One ledger row after validation: every field normalised, ready to write. */
export interface LedgerRow {
  gridCode: string;
  complexName: string | null;
  buildingNo: string;
  unitNo: string;
  roomNo: string;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  relation: Relation;
  tags: SpecialTag[];
}

/** A row's raw cell texts keyed by ledger column header. */
export type RawLedgerRow = Partial<Record<(typeof LEDGER_COLUMNS)[number], string>>;

/** "3号楼", "3栋", "3" → "3"; "2单元" → "2"; keeps letters (e.g. "A座" → "A"). */
function numberPart(text: string, suffixes: RegExp): string {
  return text.trim().replace(suffixes, '').trim();
}

/**
 * Validates and normalises one ledger row. Returns the row or the first reason it cannot be
 * imported, in words a community worker understands.
 */
export function parseLedgerRow(raw: RawLedgerRow): { row: LedgerRow } | { reason: string } {
  const text = (k: (typeof LEDGER_COLUMNS)[number]) => (raw[k] ?? '').trim();
  const gridCode = text('网格编码');
  if (!/^\d{15}$/.test(gridCode)) return { reason: '网格编码应为15位数字' };
  const buildingNo = numberPart(text('楼栋'), /(号楼|栋|幢|号)$/);
  const unitNo = numberPart(text('单元'), /单元$/);
  const roomNo = numberPart(text('房号'), /(室|号)$/);
  if (!/^[0-9A-Za-z]{1,4}$/.test(buildingNo)) return { reason: '楼栋应填写楼号，如"3号楼"' };
  if (!/^[0-9A-Za-z]{1,2}$/.test(unitNo)) return { reason: '单元应填写单元号，如"2单元"' };
  if (!/^\d{1,5}$/.test(roomNo)) return { reason: '房号应为数字，如"302"' };
  const name = text('姓名');
  if (!name) return { reason: '姓名不能为空' };
  if (name.length > 20) return { reason: '姓名超过20个字' };
  const idNumber = text('身份证号').toUpperCase();
  if (!isValidIdNumber(idNumber)) return { reason: '身份证号无效（位数、出生日期或校验位不正确）' };
  const facts = idNumberFacts(idNumber);
  const genderText = text('性别');
  const gender = genderText ? keyForLabel(GENDER_LABELS, genderText) : facts.gender;
  if (!gender) return { reason: '性别应为"男"或"女"' };
  if (gender !== facts.gender) return { reason: '性别与身份证号不一致' };
  const phone = text('手机号').replace(/[\s-]/g, '') || null;
  if (phone && !/^1[3-9]\d{9}$/.test(phone)) return { reason: '手机号应为11位手机号码' };
  const relationText = text('与户主关系');
  const relation = relationText ? keyForLabel(RELATION_LABELS, relationText) : 'other';
  if (!relation) return { reason: `与户主关系"${relationText}"无法识别，可填：${Object.values(RELATION_LABELS).join('、')}` };
  const tags: SpecialTag[] = [];
  for (const label of text('特殊人群')
    .split(/[、，,;；\s]+/)
    .filter(Boolean)) {
    const tag = keyForLabel(SPECIAL_TAG_LABELS, label);
    if (!tag) return { reason: `特殊人群"${label}"无法识别，可填：${Object.values(SPECIAL_TAG_LABELS).join('、')}` };
    if (!tags.includes(tag)) tags.push(tag);
  }
  const complexName = text('小区') || null;
  return { row: { gridCode, complexName, buildingNo, unitNo, roomNo, name, gender, birthDate: facts.birthDate, idNumber, phone, relation, tags } };
}
