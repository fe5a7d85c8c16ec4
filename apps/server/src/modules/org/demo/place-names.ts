import { chineseNumeral } from './numerals';
import type { Random } from './random';

// Words northern Chinese housing estates are typically named with.
const PREFIXES = [
  '泉兴',
  '御景',
  '锦绣',
  '翰林',
  '和谐',
  '阳光',
  '金鼎',
  '幸福',
  '泰和',
  '民生',
  '世纪',
  '康居',
  '紫荆',
  '铁道',
  '电厂',
  '矿建',
  '供电',
  '惠民',
  '丽景',
  '凤鸣',
  '欣悦',
  '盛世',
  '嘉禾',
  '华山',
  '振兴',
  '光明',
  '怡和',
  '富源',
  '明珠',
  '文化',
  '学府',
  '广厦',
  '恒泰',
  '祥和',
  '福泉',
  '奚仲',
  '泉城',
  '枣园',
  '荷香',
  '景秀',
  '天衢',
  '新苑',
  '安居',
  '绿城',
  '金桥',
];
const SUFFIXES = ['苑', '小区', '花园', '家园', '新村', '公寓', '名郡', '佳园', '华庭', '雅居', '宿舍', '嘉园', '府', '城'];
// The two showcase communities of a street get the estate named after them ('清泉花园', '龙潭小区').
const FIRST_SUFFIXES = ['花园', '小区'];

/** The part of a community name before 社区/村, used to name its estates ('清泉社区' → '清泉'). */
export function rootOf(communityName: string): string {
  return communityName.replace(/(社区|村)$/, '') || communityName;
}

/** Names the residential complexes (小区) of one district; names never repeat within the district. */
export interface ComplexNamer {
  /** Next estate name in an urban community; the first one is named after the community. */
  urban(communityName: string, indexInCommunity: number, indexInStreet: number): string;
  /** Village groups: '挪庄村第一村民组'. */
  village(villageName: string, indexInCommunity: number): string;
  /** The estate of a special grid (business district or market). */
  special(communityName: string, kind: 'business' | 'market'): string;
}

/** Creates a namer that remembers every name it gave out. */
export function createComplexNamer(rng: Random): ComplexNamer {
  const used = new Set<string>();
  const take = (name: string): string => {
    let candidate = name;
    for (let phase = 2; used.has(candidate); phase++) candidate = `${name}${chineseNumeral(phase)}期`;
    used.add(candidate);
    return candidate;
  };
  return {
    urban(communityName, indexInCommunity, indexInStreet) {
      const root = rootOf(communityName);
      if (indexInCommunity === 0) return take(root + FIRST_SUFFIXES[indexInStreet % FIRST_SUFFIXES.length]);
      for (let attempt = 0; attempt < 20; attempt++) {
        const prefix = rng.pick(PREFIXES);
        const suffix = rng.pick(SUFFIXES);
        // '学府' + '府' would read '学府府'.
        if (prefix.endsWith(suffix[0])) continue;
        if (!used.has(prefix + suffix)) return take(prefix + suffix);
      }
      return take(root + rng.pick(PREFIXES) + rng.pick(SUFFIXES));
    },
    village(villageName, indexInCommunity) {
      return take(`${villageName}第${chineseNumeral(Math.min(99, indexInCommunity + 1))}村民组`);
    },
    special(communityName, kind) {
      return take(rootOf(communityName) + (kind === 'business' ? '商业广场' : '农贸市场'));
    },
  };
}
