import { REDACTION_LABELS } from '../glossary/zh-CN';
import { digitGroups, type DigitGroup } from './digit-groups';

type Kind = 'phone' | 'idNumber' | 'bankCard';
interface Hit {
  start: number;
  end: number;
  kind: Kind;
}

const MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;
/** 0 + a 2–3 digit area code + a 7–8 digit number (`010-12345678`, `0632-1234567`). */
const LANDLINE = /^0[1-9]\d{9,10}$/;
/** 6 region digits, a 19xx/20xx birth date, 3 sequence digits and the check digit. */
const ID_18 = /^\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}$/;
/** Our own case numbers (YYYYMMDD + 6 digits) and timestamps of the same shape are not card numbers. */
const CASE_NO = /^20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{6}$/;
/** Longest digit string worth looking at: a 19-digit card, or 0086 and a mobile. */
const MAX_DIGITS = 19;

/**
 * The spans that read as one number: groups i..j joined by one and the same separator throughout
 * (`139-1234-5678`), so a date beside a phone (`2026.12.06 139…`) stays two numbers.
 */
function* spans(groups: DigitGroup[], i: number, used: boolean[]): Generator<[number, string]> {
  let digits = '';
  for (let j = i; j < groups.length && !used[j]; j++) {
    if (j > i && (groups[j].joinedBy === null || (j > i + 1 && groups[j].joinedBy !== groups[i + 1].joinedBy))) return;
    digits += groups[j].digits;
    if (digits.length > MAX_DIGITS) return;
    yield [j, digits];
  }
}

/** True when group i begins a number rather than continuing one (`6222 0212 3456…` holds no landline). */
function startsNumber(groups: DigitGroup[], i: number, j: number): boolean {
  return groups[i].joinedBy === null || (j > i && groups[i].joinedBy !== groups[i + 1].joinedBy);
}

function findPhones(text: string, groups: DigitGroup[], used: boolean[], hits: Hit[]): void {
  for (let i = 0; i < groups.length; i++) {
    for (const [j, digits] of spans(groups, i, used)) {
      const mobile = MOBILE.test(digits);
      if (!mobile && !(LANDLINE.test(digits) && startsNumber(groups, i, j))) continue;
      let first = i;
      // `+86 139-1234-5678`: the country code sits apart, joined by a different separator.
      if (mobile && digits.length === 11 && i > 0 && !used[i - 1] && groups[i].joinedBy !== null && /^(?:0086|86)$/.test(groups[i - 1].digits)) first = i - 1;
      const start = groups[first].start - (text[groups[first].start - 1] === '+' ? 1 : 0);
      take(used, first, j, hits, { start, end: groups[j].end, kind: 'phone' });
      i = j;
      break;
    }
  }
}

function findIdNumbers(text: string, groups: DigitGroup[], used: boolean[], hits: Hit[]): void {
  for (let i = 0; i < groups.length; i++) {
    for (const [j, digits] of spans(groups, i, used)) {
      const end = groups[j].end;
      const withX = digits.length === 17 && /^[Xx]$/.test(text[end] ?? '');
      // The old 15-digit number only as one unbroken group: four-digit card groups add up to 15 too.
      if (!withX && !ID_18.test(digits) && !(digits.length === 15 && i === j)) continue;
      take(used, i, j, hits, { start: groups[i].start, end: withX ? end + 1 : end, kind: 'idNumber' });
      i = j;
      break;
    }
  }
}

function findBankCards(groups: DigitGroup[], used: boolean[], hits: Hit[]): void {
  for (let i = 0; i < groups.length; i++) {
    // Longest first: `6222 0212 3456 7890 123` is one card, not a shorter one and a remainder.
    const candidates = [...spans(groups, i, used)].reverse();
    for (const [j, digits] of candidates) {
      if (digits.length < 13 || CASE_NO.test(digits)) continue;
      // Cards are written in groups of 3–6 digits; a house number before one is not part of it.
      if (j > i && groups.slice(i, j + 1).some((g) => g.digits.length < 3 || g.digits.length > 6)) continue;
      take(used, i, j, hits, { start: groups[i].start, end: groups[j].end, kind: 'bankCard' });
      i = j;
      break;
    }
  }
}

function take(used: boolean[], from: number, to: number, hits: Hit[], hit: Hit): void {
  for (let k = from; k <= to; k++) used[k] = true;
  hits.push(hit);
}

/**
 * Scrubs personal data out of free text shown to anyone but staff and its author (DESIGN rule 5).
 * Phones (mainland mobiles, with or without +86; landlines with area code), ID numbers (18 digits
 * or 17 and X, old 15-digit) and bank cards (13–19 digits) are replaced by a label such as
 * `[电话已隐去]` (`REDACTION_LABELS`), also when written with dots, spaces or dashes, in full-width
 * digits or Chinese numerals. Dates, times, amounts, house and case numbers are kept. Each of
 * `names` (two characters or more) becomes `[姓名已隐去]`. Not caught: local numbers without an area
 * code, and a number whose groups use different separators (`139 1234-5678`).
 */
export function redactText(text: string, names: readonly (string | null | undefined)[] = []): string {
  const groups = digitGroups(text);
  const used = groups.map(() => false);
  const hits: Hit[] = [];
  // Phones first, so a phone after a house number (`501 13912345678`) is not read as a card.
  findPhones(text, groups, used, hits);
  findIdNumbers(text, groups, used, hits);
  findBankCards(groups, used, hits);
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + REDACTION_LABELS[hit.kind];
    at = hit.end;
  }
  out += text.slice(at);
  for (const name of names) if (name && name.trim().length >= 2) out = out.split(name.trim()).join(REDACTION_LABELS.name);
  return out;
}
