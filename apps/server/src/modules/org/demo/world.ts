import type { GridType } from '@linli/shared';
import { apportion } from './apportion';
import type { DistrictDivisions, DivisionCommunity } from './divisions';
import { chineseNumeral } from './numerals';
import { createComplexNamer, type ComplexNamer } from './place-names';
import type { Random } from './random';

/** A building of the plan: its houses are enumerated by `housesOf`. */
export interface PlannedBuilding {
  /** Grid code + 2 digits. */
  code: string;
  /** '清泉花园3号楼'. */
  name: string;
  /** Index into the community's `complexes`. */
  complexIndex: number;
  /** The 号 of the building inside its complex. */
  number: number;
  floors: number;
  units: number;
  /** Occupied houses, at most floors × units × 2; each holds exactly one household. */
  houses: number;
}

/** A grid of the plan; `households` is the sum of its buildings' houses. */
export interface PlannedGrid {
  /** Community code + 3 digits (15 digits). */
  code: string;
  name: string;
  gridType: Extract<GridType, 'community' | 'special'>;
  households: number;
  buildings: PlannedBuilding[];
}

/** A community (or village) of the plan with its grids and complexes. */
export interface PlannedCommunity extends DivisionCommunity {
  households: number;
  grids: PlannedGrid[];
  complexes: { name: string }[];
}

/** A street of the plan. */
export interface PlannedStreet {
  code: string;
  name: string;
  isTown: boolean;
  households: number;
  communities: PlannedCommunity[];
}

/** The whole demo world below the district, before any person is generated. */
export interface WorldPlan {
  district: { code: string; name: string };
  streets: PlannedStreet[];
}

/** One house of a building: unit 1…, floor 1…, door 1–2 on each floor. */
export interface PlannedHouse {
  unit: number;
  floor: number;
  door: number;
}

// DOMAIN §1: a grid is about 300–500 households.
const GRID_TARGET_MIN = 350;
const GRID_TARGET_MAX = 450;
// Grids are split until their mean is at most this, so that with ±10% jitter none passes 500.
const GRID_MEAN_MAX = 450;
// The district seat (first street, 临城街道 in Xuecheng) holds this share of all households.
const SEAT_SHARE = 0.4;
const SPECIAL_GRID_SHARE = 0.04;

/** The smallest household count for which every community of the district gets at least one household. */
export function minimumHouseholds(divisions: DistrictDivisions): number {
  const [seat, ...rest] = divisions.streets;
  const seatCount = seat?.communities.length ?? 0;
  const restCount = rest.reduce((n, s) => n + s.communities.length, 0);
  let n = seatCount + restCount;
  while (Math.round(n * SEAT_SHARE) < seatCount || n - Math.round(n * SEAT_SHARE) < restCount) n++;
  return n;
}

/**
 * Lays out the district: households per street and community, grids of 300–500 households (at
 * least one per community), complexes and buildings. Deterministic for (divisions, households, rng seed).
 * The household total is exactly `households`: the last building of a grid is sized to what is left.
 */
export function planWorld(divisions: DistrictDivisions, households: number, rng: Random): WorldPlan {
  const minimum = minimumHouseholds(divisions);
  if (!Number.isInteger(households) || households < minimum) {
    throw new RangeError(`户数至少为 ${minimum}，才能让每个社区都有住户 / households must be an integer ≥ ${minimum}`);
  }
  const [seat, ...rest] = divisions.streets;
  const seatTotal = Math.round(households * SEAT_SHARE);
  const seatParts = apportion(
    seatTotal,
    seat.communities.map((c, i) => communityWeight(rng, c, false, i)),
    1,
  );
  const restCommunities = rest.flatMap((s) => s.communities.map((c) => ({ c, town: s.isTown })));
  const restParts = apportion(
    households - seatTotal,
    restCommunities.map(({ c, town }) => communityWeight(rng, c, town, 99)),
    1,
  );
  const partOf = new Map<string, number>();
  seat.communities.forEach((c, i) => partOf.set(c.code, seatParts[i]));
  restCommunities.forEach(({ c }, i) => partOf.set(c.code, restParts[i]));

  const namer = createComplexNamer(rng);
  // Special grids (商圈, 农贸市场) only in the seat's two largest urban communities after the first.
  const specialCodes = new Set(
    seat.communities
      .slice(1)
      .filter((c) => !c.isVillage)
      .sort((a, b) => partOf.get(b.code)! - partOf.get(a.code)! || a.code.localeCompare(b.code))
      .slice(0, 2)
      .map((c) => c.code),
  );
  let specialCount = 0;
  const streets = divisions.streets.map((street) => {
    const communities = street.communities.map((c, index) => {
      const special = specialCodes.has(c.code) ? (specialCount++ % 2 === 0 ? 'business' : 'market') : null;
      return planCommunity(rng, namer, c, index, partOf.get(c.code)!, special);
    });
    return { code: street.code, name: street.name, isTown: street.isTown, households: sum(communities.map((c) => c.households)), communities };
  });
  return { district: { code: divisions.code, name: divisions.name }, streets };
}

function communityWeight(rng: Random, c: DivisionCommunity, town: boolean, index: number): number {
  // Urban 社区 are denser than villages, 街道 denser than 镇; the seat's first two are the showcase.
  const base = (c.isVillage ? 1 : 3) * (town ? 1 : 1.5) * (index < 2 ? 1.5 : 1);
  return base * rng.between(0.5, 1.5);
}

function planCommunity(
  rng: Random,
  namer: ComplexNamer,
  c: DivisionCommunity,
  indexInStreet: number,
  households: number,
  special: 'business' | 'market' | null,
): PlannedCommunity {
  const specialHouseholds = special ? Math.round(households * SPECIAL_GRID_SHARE) : 0;
  const regular = households - specialHouseholds;
  let gridCount = Math.max(1, Math.round(regular / rng.int(GRID_TARGET_MIN, GRID_TARGET_MAX)));
  while (regular / gridCount > GRID_MEAN_MAX) gridCount++;
  const gridParts = apportion(
    regular,
    Array.from({ length: gridCount }, () => rng.between(0.9, 1.1)),
  );
  const complexes: { name: string }[] = [];
  let current = { index: -1, left: 0, number: 0 };
  const nextComplex = () => {
    const index = complexes.length;
    const name = c.isVillage ? namer.village(c.name, index) : namer.urban(c.name, index, indexInStreet);
    complexes.push({ name });
    current = { index, left: c.isVillage ? rng.int(6, 14) : rng.int(4, 24), number: 0 };
  };
  const grids: PlannedGrid[] = gridParts.map((part, i) => {
    const code = c.code + String(i + 1).padStart(3, '0');
    const buildings = planBuildings(rng, code, part, c.isVillage, () => {
      if (current.left === 0) nextComplex();
      current.left--;
      return { complexIndex: current.index, number: ++current.number, complexName: complexes[current.index].name };
    });
    return { code, name: `${c.name}第${chineseNumeral(i + 1)}网格`, gridType: 'community', households: part, buildings };
  });
  if (special) {
    const code = c.code + String(grids.length + 1).padStart(3, '0');
    const complexIndex = complexes.length;
    complexes.push({ name: namer.special(c.name, special) });
    let number = 0;
    const buildings = planBuildings(rng, code, specialHouseholds, false, () => ({ complexIndex, number: ++number, complexName: complexes[complexIndex].name }));
    const label = special === 'business' ? '商圈' : '农贸市场';
    grids.push({ code, name: `${c.name}${label}专属网格`, gridType: 'special', households: specialHouseholds, buildings });
  }
  return { ...c, households, grids, complexes };
}

function planBuildings(
  rng: Random,
  gridCode: string,
  households: number,
  village: boolean,
  place: () => { complexIndex: number; number: number; complexName: string },
): PlannedBuilding[] {
  const buildings: PlannedBuilding[] = [];
  for (let left = households; left > 0;) {
    // Villages: low resettlement blocks; towns: 6-floor walk-ups, mid-rise and high-rise towers.
    let floors = village ? rng.int(3, 6) : rng.weighted([6, rng.int(7, 11), rng.int(12, 18)], [35, 25, 40]);
    let units = village ? rng.int(1, 3) : floors <= 7 ? rng.int(2, 4) : rng.int(1, 3);
    let houses = floors * units * 2;
    if (houses >= left) {
      // The grid's last building is sized to the households left, so the total stays exact.
      units = Math.min(units, Math.max(1, Math.floor(left / 12)));
      floors = Math.ceil(left / (2 * units));
      houses = left;
    }
    const where = place();
    const seq = buildings.length + 1;
    if (seq > 99) throw new Error(`grid ${gridCode} needs more than 99 buildings`);
    buildings.push({
      code: gridCode + String(seq).padStart(2, '0'),
      name: `${where.complexName}${where.number}号楼`,
      complexIndex: where.complexIndex,
      number: where.number,
      floors,
      units,
      houses,
    });
    left -= houses;
  }
  return buildings;
}

/** The occupied houses of a building in order (unit, floor, door); only a grid's last building stops short. */
export function* housesOf(building: PlannedBuilding): Generator<PlannedHouse> {
  let n = 0;
  for (let unit = 1; unit <= building.units; unit++) {
    for (let floor = 1; floor <= building.floors; floor++) {
      for (let door = 1; door <= 2; door++) {
        if (n++ >= building.houses) return;
        yield { unit, floor, door };
      }
    }
  }
}

/** Room number as on the door and in the house code: floor 3 door 2 → '0302'. */
export function roomNumber(house: PlannedHouse): string {
  return String(house.floor * 100 + house.door).padStart(4, '0');
}

/** Counts of a plan (what `generateDemoDistrict` will insert below the district). */
export function planTotals(plan: WorldPlan): { streets: number; communities: number; grids: number; complexes: number; buildings: number; houses: number } {
  const communities = plan.streets.flatMap((s) => s.communities);
  const grids = communities.flatMap((c) => c.grids);
  const buildings = grids.flatMap((g) => g.buildings);
  return {
    streets: plan.streets.length,
    communities: communities.length,
    grids: grids.length,
    complexes: sum(communities.map((c) => c.complexes.length)),
    buildings: buildings.length,
    houses: sum(buildings.map((b) => b.houses)),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
