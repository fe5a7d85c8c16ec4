import type { DataScope } from '../../../platform/auth/data-scope';
import type { DbOrTx } from '../../../platform/db/database';
import { listComplexBuildingsWithGrid, queryComplexes, queryNodes, queryNodesWithParentName } from '../../org';
import { normalizeText } from './hotline-row';

/** A community the importer may write to. */
export interface CommunityPlace {
  id: string;
  name: string;
  path: string;
  streetName: string;
}

/** A complex of a community. */
export interface ComplexPlace {
  id: string;
  name: string;
  path: string;
}

/** A building that belongs to a complex, with the grid (or micro-grid) holding it. */
interface BuildingPlace {
  id: string;
  name: string;
  path: string;
  complexId: string;
  gridId: string;
  gridPath: string;
}

/** Where an order lands: community, complex (if matched), grid, and building (if the address names one). */
export interface ResolvedPlace {
  community: CommunityPlace;
  complex: ComplexPlace | null;
  gridId: string;
  buildingId: string | null;
  notes: string[];
}

const COMMUNITY_SUFFIX = /(社区居民委员会|社区居委会|居民委员会|居委会|社区|村民委员会|村委会)$/;
const STREET_SUFFIX = /(街道办事处|办事处|街道|镇人民政府|镇政府|镇|乡)$/;
const COMPLEX_SUFFIX = /(小区|社区|花园小区)$/;
const BUILDING_NO = /(\d+)(号楼|栋|幢|号住宅楼)/;

const keyOf = (text: string, suffix: RegExp) => {
  const value = normalizeText(text);
  return value.replace(suffix, '') || value;
};

/** Communities inside the scope with their street names: the only places an import may write to. */
export async function loadCommunities(db: DbOrTx, scope: DataScope): Promise<CommunityPlace[]> {
  return (await queryNodesWithParentName(db, { kinds: ['community'], scope })).map((n) => ({
    id: n.id,
    name: n.name,
    path: n.path,
    streetName: n.parentName ?? '',
  }));
}

/**
 * Finds the row's community among those in scope by name (with or without the 社区/居委会 suffix),
 * using the street name to tell namesakes apart. Out of scope looks the same as unknown (DESIGN rule 3).
 */
export function matchCommunity(
  communities: CommunityPlace[],
  communityName: string,
  streetName: string | null,
): { community: CommunityPlace } | { reason: string } {
  const key = keyOf(communityName, COMMUNITY_SUFFIX);
  let found = communities.filter((c) => keyOf(c.name, COMMUNITY_SUFFIX) === key);
  if (streetName && found.length) {
    const streetKey = keyOf(streetName, STREET_SUFFIX);
    found = found.filter((c) => keyOf(c.streetName, STREET_SUFFIX) === streetKey);
    if (!found.length) return { reason: `所属街道“${streetName}”与社区“${communityName}”不符` };
  }
  if (!found.length) return { reason: `所属社区“${communityName}”不存在或不在您的管辖范围内` };
  if (found.length > 1) return { reason: `有多个名为“${communityName}”的社区，请填写所属街道` };
  return { community: found[0] };
}

/**
 * Picks the complex of the community an order is about, tolerating how callers and operators write
 * names: the same name (with or without 小区), then one name containing the other, then a complex
 * name found in the address. The longest matching name wins, so 清泉花园二期 beats 清泉花园.
 */
export function matchComplex(
  candidates: ComplexPlace[],
  complexName: string | null,
  address: string | null,
): { complex: ComplexPlace; byAddress: boolean } | null {
  const byLength = [...candidates].sort((a, b) => normalizeText(b.name).length - normalizeText(a.name).length);
  if (complexName) {
    const key = keyOf(complexName, COMPLEX_SUFFIX);
    const exact = byLength.find((c) => normalizeText(c.name) === complexName) ?? byLength.find((c) => keyOf(c.name, COMPLEX_SUFFIX) === key);
    if (exact) return { complex: exact, byAddress: false };
    if (key.length >= 2) {
      const contained = byLength.find((c) => {
        const name = keyOf(c.name, COMPLEX_SUFFIX);
        return name.length >= 2 && (complexName.includes(name) || name.includes(key));
      });
      if (contained) return { complex: contained, byAddress: false };
    }
  }
  if (address) {
    const text = normalizeText(address);
    const inAddress = byLength.find((c) => {
      const name = normalizeText(c.name);
      return name.length >= 2 && (text.includes(name) || text.includes(keyOf(c.name, COMPLEX_SUFFIX) + '小区'));
    });
    if (inAddress) return { complex: inAddress, byAddress: true };
  }
  return null;
}

/** The building number an address names (`3号楼`, `3栋`, `3幢`), or null. */
export function buildingNumberOf(text: string): string | null {
  const m = BUILDING_NO.exec(normalizeText(text));
  return m ? String(Number(m[1])) : null;
}

/**
 * Loads and caches, per community, what placing an order needs: its complexes, the buildings of
 * those complexes with their grids, and its first grid. One import touches each community once.
 */
export class PlaceFinder {
  private readonly cache = new Map<string, Promise<{ complexes: ComplexPlace[]; buildings: BuildingPlace[]; firstGridId: string | null }>>();

  constructor(private readonly db: DbOrTx) {}

  private load(community: CommunityPlace) {
    let entry = this.cache.get(community.id);
    if (!entry) {
      entry = this.fetch(community);
      this.cache.set(community.id, entry);
    }
    return entry;
  }

  private async fetch(community: CommunityPlace) {
    const [complexRows, buildingRows, grids] = await Promise.all([
      queryComplexes(this.db, { communityId: community.id }),
      listComplexBuildingsWithGrid(this.db, community.path),
      queryNodes(this.db, { parentId: community.id, kinds: ['grid'] }, 'sort', 1),
    ]);
    return { complexes: complexRows, buildings: buildingRows as BuildingPlace[], firstGridId: grids[0]?.id ?? null };
  }

  /**
   * Places an order: the complex by {@link matchComplex}; the grid of the building the address
   * names, else the grid holding most of the complex's buildings, else the community's first grid.
   */
  async resolve(community: CommunityPlace, complexName: string | null, address: string | null): Promise<ResolvedPlace | { reason: string }> {
    const { complexes: candidates, buildings, firstGridId } = await this.load(community);
    const notes: string[] = [];
    const matched = matchComplex(candidates, complexName, address);
    if (!matched) notes.push(complexName ? `未找到小区“${complexName}”，未计入小区排名` : '未匹配到小区，未计入小区排名');
    else if (matched.byAddress && complexName) notes.push(`小区按详细地址匹配为“${matched.complex.name}”`);
    const own = matched ? buildings.filter((b) => b.complexId === matched.complex.id) : [];
    const number = address ? buildingNumberOf(address) : null;
    const building = number ? own.find((b) => buildingNumberOf(b.name) === number) : undefined;
    if (building) return { community, complex: matched!.complex, gridId: building.gridId, buildingId: building.id, notes };
    if (own.length) {
      const perGrid = new Map<string, { count: number; path: string }>();
      for (const b of own) perGrid.set(b.gridId, { count: (perGrid.get(b.gridId)?.count ?? 0) + 1, path: b.gridPath });
      const [gridId] = [...perGrid.entries()].sort((a, b) => b[1].count - a[1].count || a[1].path.localeCompare(b[1].path))[0];
      return { community, complex: matched!.complex, gridId, buildingId: null, notes };
    }
    if (!firstGridId) return { reason: `社区“${community.name}”下还没有网格，无法落地案件` };
    if (matched) notes.push('小区尚未关联楼栋，案件归入社区第一网格');
    return { community, complex: matched?.complex ?? null, gridId: firstGridId, buildingId: null, notes };
  }
}
