/**
 * Splits free text into groups of digit characters, however they are written: ASCII, full-width,
 * Chinese numerals (〇/零, 幺 for one, 两 for two, the banker's 壹…玖). People dodge number filters
 * by writing `一三九`, `１３９` or `139.1234.5678`, so the redaction reads all of them as digits.
 */

const DIGIT_OF: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  两: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};

/** One character between two groups that still reads as one number: space, dot, dash and their full-width forms. */
const SEPARATORS = new Set([' ', '\t', '\u00a0', '\u3000', '-', '－', '—', '–', '.', '．', '·']);

/** A run of digit characters at `[start, end)` of the text, and the single separator joining it to the previous group, if any. */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  joinedBy: string | null;
}

/** The ASCII digit a character stands for, or undefined when it is no digit. */
export function digitOf(ch: string): string | undefined {
  if (ch >= '0' && ch <= '9') return ch;
  if (ch >= '０' && ch <= '９') return String(ch.charCodeAt(0) - 0xff10);
  return DIGIT_OF[ch];
}

/** The digit groups of `text`, in order. */
export function digitGroups(text: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let current: DigitGroup | null = null;
  for (let i = 0; i < text.length; i++) {
    const digit = digitOf(text[i]);
    if (digit === undefined) {
      current = null;
      continue;
    }
    if (!current) {
      const previous = groups[groups.length - 1];
      const gap = previous ? text.slice(previous.end, i) : '';
      current = { start: i, end: i, digits: '', joinedBy: gap.length === 1 && SEPARATORS.has(gap) ? gap : null };
      groups.push(current);
    }
    current.digits += digit;
    current.end = i + 1;
  }
  return groups;
}
