import { describe, expect, it } from 'vitest';
import { idNumberFacts, isValidIdNumber } from '@linli/shared';
import { createPeopleGenerator, type DemoPerson } from './people';
import { createRandom } from './random';

const AS_OF = '2025-01-01';

function generate(seed: number, count: number, rural = false): DemoPerson[][] {
  const people = createPeopleGenerator(createRandom(seed), { regionCode: '370403', asOf: AS_OF });
  return Array.from({ length: count }, () => people.household({ rural }));
}

// Exact age on AS_OF (1 January): one less than the year difference unless born on 1 January.
const ageOf = (p: DemoPerson) => 2025 - Number(p.birthDate.slice(0, 4)) - (p.birthDate.endsWith('-01-01') ? 0 : 1);
const share = (part: number, whole: number) => part / whole;

describe('demo people generator', () => {
  it('issues valid, unique ID numbers that encode the birth date and gender', () => {
    const people = generate(1, 5000).flat();
    for (const p of people) {
      expect(isValidIdNumber(p.idNumber), p.idNumber).toBe(true);
      expect(idNumberFacts(p.idNumber)).toEqual({ birthDate: p.birthDate, gender: p.gender });
    }
    expect(new Set(people.map((p) => p.idNumber)).size).toBe(people.length);
    expect(people.filter((p) => p.idNumber.startsWith('370403')).length / people.length).toBeGreaterThan(0.7);
  });

  it('gives adults unique 11-digit mobile numbers and young children none', () => {
    const people = generate(2, 5000).flat();
    const phones = people.flatMap((p) => (p.phone ? [p.phone] : []));
    for (const phone of phones) expect(phone).toMatch(/^1(3[5689]|5[08]|8[67])\d{8}$/);
    expect(new Set(phones).size).toBe(phones.length);
    expect(people.filter((p) => ageOf(p) < 16 && p.phone !== null)).toEqual([]);
    expect(share(people.filter((p) => ageOf(p) >= 18 && ageOf(p) < 80 && p.phone).length, people.filter((p) => ageOf(p) >= 18 && ageOf(p) < 80).length)).toBe(
      1,
    );
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generate(42, 300)).toEqual(generate(42, 300));
    expect(generate(43, 300)).not.toEqual(generate(42, 300));
  });

  it('builds households of 1–5 people with one head, a spouse of the other gender and children younger than the head', () => {
    for (const household of generate(3, 3000)) {
      expect(household.length).toBeGreaterThanOrEqual(1);
      expect(household.length).toBeLessThanOrEqual(5);
      expect(household.filter((p) => p.relation === 'head')).toHaveLength(1);
      const head = household[0];
      expect(head.relation).toBe('head');
      for (const spouse of household.filter((p) => p.relation === 'spouse')) expect(spouse.gender).not.toBe(head.gender);
      for (const child of household.filter((p) => p.relation === 'child')) expect(ageOf(child)).toBeLessThan(ageOf(head) - 15);
    }
  });

  it('tags special populations at realistic rates', () => {
    const urban = generate(4, 20000).flat();
    const rural = generate(5, 20000, true).flat();
    const all = [...urban, ...rural];
    const tagged = (list: DemoPerson[], tag: string) => list.filter((p) => p.tags.includes(tag as never)).length;
    expect(share(tagged(all, 'subsistence'), all.length)).toBeGreaterThan(0.01);
    expect(share(tagged(all, 'subsistence'), all.length)).toBeLessThan(0.03);
    expect(share(tagged(all, 'extremePoverty'), all.length)).toBeGreaterThan(0.001);
    expect(share(tagged(all, 'extremePoverty'), all.length)).toBeLessThan(0.006);
    expect(share(tagged(all, 'disabled'), all.length)).toBeGreaterThan(0.02);
    expect(share(tagged(all, 'disabled'), all.length)).toBeLessThan(0.04);
    const over70 = all.filter((p) => ageOf(p) >= 70);
    expect(share(tagged(over70, 'elderlyAlone'), over70.length)).toBeGreaterThan(0.1);
    expect(share(tagged(over70, 'elderlyAlone'), over70.length)).toBeLessThan(0.2);
    const men40 = all.filter((p) => p.gender === 'male' && ageOf(p) >= 40);
    expect(share(tagged(men40, 'veteran'), men40.length)).toBeGreaterThan(0.01);
    expect(share(tagged(men40, 'veteran'), men40.length)).toBeLessThan(0.03);
    expect(all.filter((p) => p.tags.includes('veteran') && (p.gender !== 'male' || ageOf(p) < 40))).toEqual([]);
    // Left-behind children and women are a village phenomenon in this generator.
    expect(tagged(urban, 'leftBehindChild') + tagged(urban, 'leftBehindWoman')).toBe(0);
    expect(tagged(rural, 'leftBehindChild')).toBeGreaterThan(100);
    expect(rural.filter((p) => p.tags.includes('leftBehindChild') && ageOf(p) >= 16)).toEqual([]);
  });
});
