import { hotlineOrderTypeOf, type HotlineOrderType } from '@linli/shared';
import type { RawHotlineRow } from './hotline-workbook';

/** A hotline row that passed the per-row checks; places are resolved later. */
export interface HotlineRow {
  orderNo: string;
  calledAt: Date;
  /** Beijing `YYYY-MM` of the call. */
  month: string;
  callerName: string | null;
  /** Digits only; a mainland mobile (11 digits, 1…) or a landline (0…). */
  phone: string | null;
  phoneIsMobile: boolean;
  /** A phone cell that could not be read (dropped, noted in the report). */
  phoneDropped: boolean;
  type: HotlineOrderType;
  title: string | null;
  content: string;
  streetName: string | null;
  communityName: string;
  complexName: string | null;
  address: string | null;
  handlingUnit: string | null;
  limit: { days: number; calendar: boolean } | null;
}

const OFFSET_MS = 8 * 3_600_000;
const ORDER_NO = /^[0-9A-Za-z][0-9A-Za-z_-]{2,49}$/;
const DATE_TIME =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?\s*秒?)?\s*分?)?$/;

/** Full-width letters, digits and spaces to half-width, whitespace removed. */
export function normalizeText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');
}

/** Reads a Beijing wall-clock date-time (`2026-03-05 09:30`, `2026/3/5 9:30:00`, `2026年3月5日`) as an instant and its month. */
export function parseBeijingTime(text: string): { at: Date; month: string } | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over to March: a changed field means the date does not exist.
  if (wall.getUTCFullYear() !== year || wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return { at: new Date(wall.getTime() - OFFSET_MS), month: `${year}-${String(month).padStart(2, '0')}` };
}

/** Reads 办理时限: `5`, `5天`, `5个工作日` (working days) or `7个自然日` (calendar days). */
export function parseLimit(text: string): { days: number; calendar: boolean } | null | 'invalid' {
  const value = normalizeText(text);
  if (!value) return null;
  const m = /^(\d{1,3})(个)?(工作日|自然日|天|日)?$/.exec(value);
  if (!m || Number(m[1]) === 0) return 'invalid';
  return { days: Number(m[1]), calendar: m[3] === '自然日' };
}

function phoneOf(text: string): { phone: string | null; mobile: boolean; dropped: boolean } {
  const value = normalizeText(text)
    .replace(/^\+?86/, '')
    .replace(/[-()（）]/g, '');
  if (!value) return { phone: null, mobile: false, dropped: false };
  if (/^1[3-9]\d{9}$/.test(value)) return { phone: value, mobile: true, dropped: false };
  if (/^0\d{9,11}$/.test(value)) return { phone: value, mobile: false, dropped: false };
  return { phone: null, mobile: false, dropped: true };
}

function textOrNull(text: string | undefined, max: number): string | null {
  const value = (text ?? '').trim().replace(/\s+/g, ' ');
  return value ? value.slice(0, max) : null;
}

/**
 * Checks one sheet row: order number, call time (not after `now`), content and community are
 * required; the rest is optional and read leniently. Returns the row or the reason it is rejected.
 */
export function parseHotlineRow(raw: RawHotlineRow, now: Date): { row: HotlineRow } | { reason: string } {
  const orderNo = normalizeText(raw['工单编号'] ?? '');
  if (!orderNo) return { reason: '缺少工单编号' };
  if (!ORDER_NO.test(orderNo)) return { reason: '工单编号只能由字母、数字、“-”“_”组成（3–50位）' };
  const calledText = (raw['来电时间'] ?? '').trim();
  if (!calledText) return { reason: '缺少来电时间' };
  const called = parseBeijingTime(calledText);
  if (!called) return { reason: `来电时间“${calledText}”无法识别，应为 2026-03-05 09:30 格式` };
  if (called.at.getTime() > now.getTime()) return { reason: '来电时间晚于当前时间' };
  const content = (raw['诉求内容'] ?? '').trim();
  if (!content) return { reason: '缺少诉求内容' };
  if (content.length < 5) return { reason: '诉求内容过短（至少5个字）' };
  const communityName = normalizeText(raw['所属社区'] ?? '');
  if (!communityName) return { reason: '缺少所属社区' };
  const limit = parseLimit(raw['办理时限'] ?? '');
  if (limit === 'invalid') return { reason: '办理时限应为天数，如 5 或 5个工作日' };
  const phone = phoneOf(raw['联系电话'] ?? '');
  const title = textOrNull(raw['诉求标题'], 60);
  return {
    row: {
      orderNo,
      calledAt: called.at,
      month: called.month,
      callerName: textOrNull(raw['来电人'], 30),
      phone: phone.phone,
      phoneIsMobile: phone.mobile,
      phoneDropped: phone.dropped,
      type: hotlineOrderTypeOf(raw['诉求类型']),
      title: title && title.length >= 2 ? title : null,
      content: content.slice(0, 1900),
      streetName: normalizeText(raw['所属街道'] ?? '') || null,
      communityName,
      complexName: normalizeText(raw['小区名称'] ?? '') || null,
      address: textOrNull(raw['详细地址'], 200),
      handlingUnit: textOrNull(raw['承办单位'], 100),
      limit,
    },
  };
}
