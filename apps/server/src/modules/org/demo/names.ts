import type { Gender } from '@linli/shared';
import { weightedPicker, type Random } from './random';

// Relative frequencies of the common surnames, tilted towards Shandong (more 王/张/李/孙, some local 褚/颜/孔).
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 90],
  ['李', 80],
  ['张', 80],
  ['刘', 60],
  ['陈', 30],
  ['杨', 28],
  ['赵', 25],
  ['黄', 15],
  ['周', 18],
  ['吴', 15],
  ['徐', 17],
  ['孙', 30],
  ['马', 15],
  ['朱', 12],
  ['胡', 10],
  ['郭', 12],
  ['何', 7],
  ['林', 8],
  ['高', 14],
  ['罗', 6],
  ['郑', 8],
  ['梁', 7],
  ['谢', 6],
  ['宋', 9],
  ['唐', 5],
  ['许', 7],
  ['韩', 8],
  ['冯', 6],
  ['邓', 4],
  ['曹', 7],
  ['彭', 4],
  ['曾', 3],
  ['肖', 5],
  ['田', 7],
  ['董', 8],
  ['袁', 4],
  ['潘', 4],
  ['于', 8],
  ['蒋', 3],
  ['蔡', 4],
  ['杜', 5],
  ['程', 5],
  ['苏', 4],
  ['魏', 6],
  ['吕', 5],
  ['丁', 5],
  ['任', 5],
  ['姚', 3],
  ['卢', 4],
  ['姜', 6],
  ['崔', 6],
  ['范', 4],
  ['金', 3],
  ['石', 4],
  ['贾', 4],
  ['付', 4],
  ['方', 3],
  ['白', 3],
  ['孟', 5],
  ['秦', 3],
  ['邱', 2],
  ['尹', 3],
  ['薛', 4],
  ['闫', 4],
  ['段', 2],
  ['侯', 3],
  ['史', 3],
  ['郝', 3],
  ['邵', 3],
  ['褚', 3],
  ['颜', 2],
  ['孔', 3],
  ['邢', 2],
  ['殷', 2],
  ['庞', 2],
  ['牛', 2],
  ['鲍', 1],
  ['葛', 2],
  ['翟', 1],
  ['常', 2],
];

// Given-name characters, about 200 in all: classic pools by gender, and the names popular since 2000.
const MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁健峰亮建国志新海林文东庆德成兵俊龙振虎宝福生贵全忠江山金荣瑞彬凯帅坤旭阳毅锋永胜利祥树春长学';
const FEMALE = '芳娜敏静丽艳娟霞秀玲桂英萍红燕梅琳丹莉婷雪慧倩颖琴云兰凤洁晶媛月莹芬翠珍爱美佳蕾璐瑶欣悦茜薇蓉菲岚淑妍琪花巧彩素玉荷香';
const MODERN_MALE = '浩宇轩睿泽铭辰逸晨宸昊皓骏子梓博奕俊锦一航煜霖哲嘉';
const MODERN_FEMALE = '涵欣怡诗雨诺萱语思可馨若依彤钰研瑾晗梓子一嘉沐悦汐';

/** Generates believable Chinese names: weighted common surnames, 1–2 given characters fitting gender and generation. */
export interface NameMaker {
  /** A surname drawn by frequency. */
  surname(): string;
  /** A full name; pass `surname` to keep a family name (children take the head's). */
  name(gender: Gender, birthYear: number, surname?: string): string;
}

/** Builds a name maker on a seeded random source. */
export function createNameMaker(rng: Random): NameMaker {
  const surname = weightedPicker(rng, SURNAMES);
  const pools = {
    male: [...MALE],
    female: [...FEMALE],
    modernMale: [...MODERN_MALE],
    modernFemale: [...MODERN_FEMALE],
  };
  return {
    surname,
    name(gender, birthYear, family) {
      const modern = birthYear >= 2000 && rng.chance(0.8);
      const pool = gender === 'male' ? (modern ? pools.modernMale : pools.male) : modern ? pools.modernFemale : pools.female;
      // Single-character given names were common before the 1980s and are rare now.
      const single = rng.chance(birthYear < 1980 ? 0.3 : 0.12);
      const given = single ? rng.pick(pool) : rng.pick(pool) + rng.pick(pool);
      return (family ?? surname()) + given;
    },
  };
}
