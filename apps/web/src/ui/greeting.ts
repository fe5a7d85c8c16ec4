import { shanghaiParts } from './time-format';

/** 早上好 / 中午好 / 下午好 / 晚上好 for the Beijing hour of `now`. */
export function greetingFor(now: Date): string {
  const h = shanghaiParts(now).hour;
  if (h < 5) return '夜深了';
  if (h < 11) return '早上好';
  if (h < 13) return '中午好';
  if (h < 18) return '下午好';
  return '晚上好';
}
