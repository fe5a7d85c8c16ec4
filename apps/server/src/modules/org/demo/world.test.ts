import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';
import { loadDivisions } from './divisions';
import { chineseNumeral } from './numerals';
import { createRandom } from './random';
import { housesOf, minimumHouseholds, planTotals, planWorld, type WorldPlan } from './world';

const xuecheng = loadDivisions('370403');
const gridsOf = (plan: WorldPlan) => plan.streets.flatMap((s) => s.communities.flatMap((c) => c.grids.map((g) => ({ ...g, community: c }))));

describe('demo world plan', () => {
  it('places exactly the requested households, ≥1 grid per community, grids of at most 500', () => {
    for (const households of [20_000, 250_000]) {
      const plan = planWorld(xuecheng, households, createRandom(7));
      const totals = planTotals(plan);
      expect(totals.houses).toBe(households);
      expect(plan.streets.reduce((n, s) => n + s.households, 0)).toBe(households);
      for (const c of plan.streets.flatMap((s) => s.communities)) {
        expect(c.grids.length).toBeGreaterThanOrEqual(1);
        expect(c.grids.reduce((n, g) => n + g.households, 0)).toBe(c.households);
      }
      for (const g of gridsOf(plan)) {
        expect(g.households).toBeLessThanOrEqual(500);
        expect(g.buildings.reduce((n, b) => n + b.houses, 0)).toBe(g.households);
        expect(g.code).toMatch(new RegExp(`^${g.community.code}\\d{3}$`));
        for (const b of g.buildings) {
          expect(b.code).toMatch(new RegExp(`^${g.code}\\d{2}$`));
          expect([...housesOf(b)]).toHaveLength(b.houses);
          expect(b.houses).toBeLessThanOrEqual(b.floors * b.units * 2);
        }
      }
    }
  });

  it('puts about 40% of households in 临城街道 and sizes the grid count to the district', () => {
    const small = planWorld(xuecheng, 20_000, createRandom(1));
    expect(small.streets[0].name).toBe('临城街道');
    expect(small.streets[0].households).toBe(8000);
    expect(planTotals(small).grids).toBeGreaterThanOrEqual(290);
    expect(planTotals(small).grids).toBeLessThanOrEqual(350);
    const large = planWorld(xuecheng, 250_000, createRandom(1));
    expect(planTotals(large).grids).toBeGreaterThanOrEqual(600);
    expect(planTotals(large).grids).toBeLessThanOrEqual(800);
    // Urban 街道 are denser than 镇: compare households per community.
    const density = (s: WorldPlan['streets'][number]) => s.households / s.communities.length;
    const streets = large.streets.slice(1);
    const avg = (list: typeof streets) => list.reduce((n, s) => n + density(s), 0) / list.length;
    expect(avg(streets.filter((s) => !s.isTown))).toBeGreaterThan(avg(streets.filter((s) => s.isTown)));
  });

  it('names grids, complexes and special grids believably', () => {
    const plan = planWorld(xuecheng, 20_000, createRandom(1));
    const [qingquan, longtan] = plan.streets[0].communities;
    expect(qingquan.grids[0].name).toBe('清泉社区第一网格');
    expect(qingquan.complexes[0].name).toBe('清泉花园');
    expect(longtan.complexes[0].name).toBe('龙潭小区');
    const special = gridsOf(plan).filter((g) => g.gridType === 'special');
    expect(special.length).toBeGreaterThanOrEqual(1);
    for (const g of special) expect(g.code.startsWith('370403001')).toBe(true);
    const village = plan.streets.flatMap((s) => s.communities).find((c) => c.isVillage)!;
    expect(village.complexes[0].name).toBe(`${village.name}第一村民组`);
    const names = plan.streets.flatMap((s) => s.communities.flatMap((c) => c.complexes.map((x) => x.name)));
    expect(new Set(names).size).toBe(names.length);
  });

  it('is deterministic for a seed', () => {
    expect(planWorld(xuecheng, 5000, createRandom(9))).toEqual(planWorld(xuecheng, 5000, createRandom(9)));
    expect(planWorld(xuecheng, 5000, createRandom(10))).not.toEqual(planWorld(xuecheng, 5000, createRandom(9)));
  });

  it('refuses fewer households than communities need', () => {
    const minimum = minimumHouseholds(xuecheng);
    expect(minimum).toBeGreaterThan(294);
    expect(() => planWorld(xuecheng, minimum - 1, createRandom(1))).toThrow(RangeError);
    expect(planTotals(planWorld(xuecheng, minimum, createRandom(1))).houses).toBe(minimum);
  });
});

describe('helpers', () => {
  it('apportions exactly, respecting minimums', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 0, 100], 2)).toEqual([2, 2, 3]);
    expect(() => apportion(5, [1, 1, 1], 2)).toThrow(RangeError);
  });

  it('writes Chinese numerals', () => {
    expect([1, 10, 12, 20, 35, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十五', '九十九']);
  });
});
