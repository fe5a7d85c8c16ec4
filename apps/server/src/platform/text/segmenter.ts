import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

// Words that say nothing about what a report is about.
const STOP_WORDS = new Set([
  '的',
  '了',
  '在',
  '是',
  '和',
  '有',
  '我',
  '我们',
  '你',
  '他',
  '她',
  '它',
  '这',
  '那',
  '就',
  '都',
  '也',
  '很',
  '还',
  '又',
  '被',
  '把',
  '给',
  '让',
  '着',
  '过',
  '吗',
  '呢',
  '吧',
  '啊',
  '请',
  '一个',
  '一下',
  '没有',
  '不',
  '好',
  '几天',
  '现在',
  '已经',
  '一直',
  '这个',
  '那个',
  '什么',
  '怎么',
  '问题',
  '反映',
]);

/**
 * Segments Chinese text into search tokens with jieba (DESIGN: neither database segments
 * Chinese): lower-cased, without punctuation, stop words or lone digits.
 */
export function segment(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  const tokens = jieba.cutForSearch(text.toLowerCase(), true);
  return tokens.filter((t) => {
    const w = t.trim();
    if (!w || STOP_WORDS.has(w)) return false;
    if (/^[\p{P}\p{S}\s]+$/u.test(w)) return false;
    if (/^\d{1,2}$/.test(w)) return false;
    return true;
  });
}

// Characters that make a two-character window meaningless (particles).
const PARTICLES = /[的了也在是和有吗呢吧啊着过就都很还又被把给]/;

/**
 * Search tokens: jieba's words plus every two-character window of each Chinese run. Jieba alone
 * misses on short texts ("路灯不亮了" cuts as 路 / 灯不亮); the windows make 路灯 match 路灯.
 */
export function searchTokens(text: string): string[] {
  const tokens = new Set(segment(text));
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!PARTICLES.test(pair)) tokens.add(pair);
    }
  }
  return [...tokens];
}

/** Distinct search tokens joined by spaces: the form stored for `to_tsvector('simple', …)`. */
export function tokenString(text: string): string {
  return searchTokens(text).join(' ');
}

/** A `to_tsquery('simple', …)` OR-query over the text's search tokens, or null when nothing is left to search. */
export function orQuery(text: string): string | null {
  const tokens = searchTokens(text)
    .map((t) => t.replace(/[&|!():*'\\<>]/g, ''))
    .filter(Boolean);
  return tokens.length ? tokens.map((t) => `'${t}'`).join(' | ') : null;
}
