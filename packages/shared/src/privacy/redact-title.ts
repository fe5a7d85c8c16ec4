import { digitGroups } from './digit-groups';
import { redactText } from './redact-text';

const TRAILING_SEPARATORS = /[\s\-－—–.．·]+$/;

/**
 * {@link redactText} for a title that may be cut short with `…` (intake titles a case with the
 * first characters of its description): a number cut in half at the end goes too, since its first
 * digits (`139 1234 5…`) are no less personal than the whole.
 */
export function redactTitle(title: string, names: readonly (string | null | undefined)[] = []): string {
  const out = redactText(title, names);
  if (!out.endsWith('…')) return out;
  const body = out.slice(0, -1).replace(TRAILING_SEPARATORS, '');
  const groups = digitGroups(body);
  let first = groups.length - 1;
  if (first < 0 || groups[first].end !== body.length) return out;
  let digits = groups[first].digits.length;
  while (first > 0 && groups[first].joinedBy !== null) digits += groups[--first].digits.length;
  return digits >= 3 ? `${body.slice(0, groups[first].start)}…` : out;
}
