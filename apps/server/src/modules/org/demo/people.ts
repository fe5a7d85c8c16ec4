import type { Gender, Relation, SpecialTag } from '@linli/shared';
import { createIdentityIssuer } from './identity';
import { createNameMaker } from './names';
import { weightedPicker, type Random } from './random';

/** One generated resident, before encryption. */
export interface DemoPerson {
  name: string;
  gender: Gender;
  birthDate: string;
  relation: Relation;
  idNumber: string;
  phone: string | null;
  tags: SpecialTag[];
}

/** Where a household lives: villages are older and have left-behind children and women. */
export interface HouseholdSetting {
  rural: boolean;
}

/** Generates whole households (1–5 people) with consistent ages, relations, names and tags. */
export interface PeopleGenerator {
  household(setting: HouseholdSetting): DemoPerson[];
  /** A standalone adult name (for staff accounts), from the same seeded source. */
  adultName(gender: Gender): string;
}

/** Options of the people generator. */
export interface PeopleOptions {
  /** Region code most ID numbers start with (the district's); others come from neighbouring districts. */
  regionCode: string;
  /** The date ages are counted at (YYYY-MM-DD); fixed so the output does not drift day by day. */
  asOf: string;
}

// Most residents were registered in the district itself, the rest in the rest of Zaozhuang.
const NEIGHBOUR_REGIONS = ['370402', '370404', '370405', '370406', '370481'] as const;

// Age bands of household heads, [min, max, weight]; villages skew older (young adults work away).
const URBAN_HEAD_AGES = [
  [22, 29, 10],
  [30, 39, 20],
  [40, 49, 20],
  [50, 59, 20],
  [60, 69, 14],
  [70, 79, 9],
  [80, 94, 4],
] as const;
const RURAL_HEAD_AGES = [
  [22, 29, 6],
  [30, 39, 13],
  [40, 49, 18],
  [50, 59, 22],
  [60, 69, 21],
  [70, 79, 14],
  [80, 94, 6],
] as const;

type Shape = 'single' | 'couple' | 'nuclear' | 'threeGeneration' | 'skipGeneration';

interface Draft {
  gender: Gender;
  age: number;
  relation: Relation;
  tags: SpecialTag[];
}

/** Creates a deterministic people generator on a seeded random source. */
export function createPeopleGenerator(rng: Random, options: PeopleOptions): PeopleGenerator {
  const names = createNameMaker(rng);
  const identity = createIdentityIssuer(rng);
  const asOf = new Date(`${options.asOf}T00:00:00Z`);
  const urbanHeadBand = weightedPicker(
    rng,
    URBAN_HEAD_AGES.map((b) => [b, b[2]] as const),
  );
  const ruralHeadBand = weightedPicker(
    rng,
    RURAL_HEAD_AGES.map((b) => [b, b[2]] as const),
  );
  const region = () => (rng.chance(0.85) ? options.regionCode : rng.pick(NEIGHBOUR_REGIONS));

  function birthDateFor(age: number): string {
    const d = new Date(Date.UTC(asOf.getUTCFullYear() - age, asOf.getUTCMonth(), asOf.getUTCDate()));
    // 1–364 days before the birthday: exactly `age` at asOf, even across a leap year.
    d.setUTCDate(d.getUTCDate() - rng.int(1, 364));
    return d.toISOString().slice(0, 10);
  }

  function shapeFor(age: number, rural: boolean): Shape {
    const pick = (shapes: Shape[], weights: number[]) => rng.weighted(shapes, weights);
    if (age < 30) return pick(['single', 'couple', 'nuclear'], [35, 25, 40]);
    if (age < 55) return pick(['single', 'couple', 'nuclear', 'threeGeneration'], [8, 8, 64, 20]);
    if (age < 70) return pick(['single', 'couple', 'nuclear', 'threeGeneration', 'skipGeneration'], [12, 48, 22, 10, rural ? 15 : 3]);
    return pick(['single', 'couple', 'nuclear'], [34, 46, 20]);
  }

  function draftHousehold(rural: boolean): Draft[] {
    const band = rural ? ruralHeadBand() : urbanHeadBand();
    const age = rng.int(band[0], band[1]);
    const shape = shapeFor(age, rural);
    // Older people living alone are more often women (longer life expectancy).
    const headGender: Gender = shape === 'single' ? (rng.chance(age >= 70 ? 0.4 : 0.55) ? 'male' : 'female') : rng.chance(0.8) ? 'male' : 'female';
    const head: Draft = { gender: headGender, age, relation: 'head', tags: [] };
    const members: Draft[] = [head];
    const spouse = (): Draft => ({
      gender: headGender === 'male' ? 'female' : 'male',
      age: Math.max(20, age + (headGender === 'male' ? -rng.int(-1, 5) : rng.int(-1, 5))),
      relation: 'spouse',
      tags: [],
    });
    const addChildren = (parentAge: number, count: number, relation: Relation) => {
      let childAge = parentAge - rng.int(23, 33);
      for (let i = 0; i < count && childAge >= 0 && members.length < 5; i++) {
        members.push({ gender: rng.chance(0.52) ? 'male' : 'female', age: childAge, relation, tags: [] });
        childAge -= rng.int(2, 6);
      }
    };

    if (shape === 'single') {
      if (age >= 60) head.tags.push('elderlyAlone');
    } else if (shape === 'couple') {
      members.push(spouse());
      if (age >= 60) for (const m of members) m.tags.push('emptyNest');
    } else if (shape === 'nuclear') {
      // Rural husbands often work away: the wife heads the household with the children (留守妇女).
      const leftBehindWoman = rural && age >= 25 && age <= 55 && rng.chance(0.06);
      if (leftBehindWoman) {
        head.gender = 'female';
        head.tags.push('leftBehindWoman');
      } else if (rng.chance(0.92)) {
        members.push(spouse());
      }
      addChildren(age, rng.weighted([1, 2, 3], [45, 45, 10]), 'child');
    } else if (shape === 'threeGeneration') {
      members.push(spouse());
      addChildren(age, rng.weighted([1, 2], [60, 40]), 'child');
      const parentAge = Math.min(95, age + rng.int(22, 32));
      const firstParent: Gender = rng.chance(0.6) ? 'female' : 'male';
      if (members.length < 5) members.push({ gender: firstParent, age: parentAge, relation: 'parent', tags: [] });
      if (members.length < 5 && rng.chance(0.4)) {
        members.push({ gender: firstParent === 'male' ? 'female' : 'male', age: Math.min(95, parentAge + rng.int(-3, 3)), relation: 'parent', tags: [] });
      }
    } else {
      // Grandparents raising grandchildren while the parents work elsewhere (留守儿童 in villages).
      members.push(spouse());
      const before = members.length;
      addChildren(age - rng.int(22, 30), rng.weighted([1, 2], [65, 35]), 'grandchild');
      if (rural) for (const m of members.slice(before)) if (m.age < 16) m.tags.push('leftBehindChild');
    }
    return members;
  }

  function tag(members: Draft[], rural: boolean): void {
    // 低保 is granted per household; 特困 is mostly people with nobody to support them.
    if (rng.chance(rural ? 0.026 : 0.016)) for (const m of members) m.tags.push('subsistence');
    for (const m of members) {
      const alone = members.length === 1;
      if (!m.tags.includes('subsistence') && rng.chance(alone && m.age >= 60 ? 0.03 : 0.0022)) m.tags.push('extremePoverty');
      if (rng.chance(m.age < 18 ? 0.006 : m.age < 60 ? 0.02 : m.age < 80 ? 0.05 : 0.1)) m.tags.push('disabled');
      if (m.gender === 'male' && m.age >= 40 && rng.chance(0.02)) m.tags.push('veteran');
    }
  }

  function hasPhone(age: number): boolean {
    if (age < 16) return false;
    if (age < 18) return rng.chance(0.5);
    return age < 80 || rng.chance(0.5);
  }

  return {
    household({ rural }) {
      const drafts = draftHousehold(rural);
      tag(drafts, rural);
      // Surnames follow the male line: children, grandchildren and a male spouse carry `family`,
      // a male head's father carries the head's, wives and mothers keep their own.
      const family = names.surname();
      const headSurname = drafts[0].gender === 'male' ? family : names.surname();
      const surnameOf = (d: Draft): string | undefined => {
        if (d.relation === 'head') return headSurname;
        if (d.relation === 'child' || d.relation === 'grandchild') return family;
        if (d.gender === 'male' && d.relation === 'spouse') return family;
        if (d.gender === 'male' && d.relation === 'parent') return headSurname;
        return undefined;
      };
      return drafts.map((d) => {
        const issued = identity.idNumber(region(), birthDateFor(d.age), d.gender);
        return {
          name: names.name(d.gender, Number(issued.birthDate.slice(0, 4)), surnameOf(d)),
          gender: d.gender,
          birthDate: issued.birthDate,
          relation: d.relation,
          idNumber: issued.idNumber,
          phone: hasPhone(d.age) ? identity.phone() : null,
          tags: d.tags,
        };
      });
    },
    adultName(gender) {
      return names.name(gender, asOf.getUTCFullYear() - rng.int(25, 55));
    },
  };
}
