import type { DbOrTx } from '../../platform/db/database';
import type { LngLat } from '@linli/shared';
import { placeCoordinate } from '../geo';
import { queryComplexes, queryNode, queryNodes } from '../org';
import { Open311Error } from './open311-wire';

/** Where a posted request lands: its grid and, when known, a building or house inside it. */
export interface ResolvedLocation {
  gridId: string;
  gridName: string;
  locationNodeId?: string;
}

/** The district a client posts into. */
export interface ClientDistrict {
  id: string;
  path: string;
}

/** What the request said about its place. */
export interface LocationInput {
  gridCode?: string;
  addressId?: string;
  addressString?: string;
  /** `[long, lat]` as posted (WGS-84). */
  point?: LngLat;
}

const GRID_KINDS = ['grid', 'microGrid'];
const PLACE_KINDS = ['building', 'unit', 'house'];
/** Longest name matched inside an address and how much of the address is searched. */
const MAX_NAME = 24;
const MAX_ADDRESS = 80;

function codesOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function pathOf(codes: string[]): string {
  return `/${codes.join('/')}/`;
}

/** The grid (four path codes) at or above a node below the community. */
async function gridAbove(db: DbOrTx, path: string) {
  const codes = codesOf(path);
  if (codes.length < 4) return undefined;
  const grid = await queryNode(db, { path: pathOf(codes.slice(0, 4)) });
  return grid && GRID_KINDS.includes(grid.kind) ? grid : undefined;
}

/** The first grid of a community, in the tree's own order. */
async function firstGridOf(db: DbOrTx, communityId: string) {
  return queryNode(db, { parentId: communityId, kinds: ['grid'] }, 'sort');
}

/** Every substring of the address a node or complex could be named by (names are matched whole, by index). */
function candidateNames(address: string): string[] {
  const text = address.replace(/\s+/g, '').slice(0, MAX_ADDRESS);
  const names = new Set<string>();
  for (let len = 2; len <= Math.min(MAX_NAME, text.length); len++) for (let i = 0; i + len <= text.length; i++) names.add(text.slice(i, i + len));
  return [...names];
}

/** Finds the grid from `address_string`: a complex (and a building of it), else a grid, else a community, named in it. */
async function fromAddress(db: DbOrTx, district: ClientDistrict, address: string): Promise<ResolvedLocation | undefined> {
  const names = candidateNames(address);
  if (names.length === 0) return undefined;
  const flat = address.replace(/\s+/g, '');
  const mentioned = (path: string, ownName: string, byPath: Map<string, string>) =>
    codesOf(path)
      .map((_, i, all) => byPath.get(pathOf(all.slice(0, i + 1))))
      .filter((n): n is string => Boolean(n) && n !== ownName && flat.includes(n!)).length;
  const nodes = await queryNodes(db, { names, kinds: ['street', 'community', ...GRID_KINDS], under: district.path });
  const byPath = new Map(nodes.map((n) => [n.path, n.name]));
  // Prefer the longest name, then the one whose street or community is named too, then tree order.
  const rank = <T extends { name: string; path: string }>(items: T[]) =>
    [...items].sort(
      (a, b) => b.name.length - a.name.length || mentioned(b.path, b.name, byPath) - mentioned(a.path, a.name, byPath) || a.path.localeCompare(b.path),
    );

  const estates = await queryComplexes(db, { names, under: district.path });
  for (const estate of rank(estates)) {
    const buildings = await queryNodes(db, { complexId: estate.id, kinds: ['building'], under: estate.path }, 'path');
    // A building named after the complex's name ("阳光花园3号楼") pins the case to it.
    const after = flat.slice(flat.indexOf(estate.name) + estate.name.length);
    const building = [...buildings].sort((a, b) => b.name.length - a.name.length).find((b) => after.includes(b.name));
    const target = building ?? buildings[0];
    if (!target) continue;
    const grid = await gridAbove(db, target.path);
    if (grid) return { gridId: grid.id, gridName: grid.name, ...(building ? { locationNodeId: building.id } : {}) };
  }
  const [grid] = rank(nodes.filter((n) => GRID_KINDS.includes(n.kind)));
  if (grid) return { gridId: grid.id, gridName: grid.name };
  for (const community of rank(nodes.filter((n) => n.kind === 'community'))) {
    const first = await firstGridOf(db, community.id);
    if (first) return { gridId: first.id, gridName: first.name };
  }
  return undefined;
}

/** The grid of the client's district whose outline holds the point, and its nearest building within 50 m. */
async function fromPoint(db: DbOrTx, district: ClientDistrict, point: LngLat): Promise<ResolvedLocation | undefined> {
  const placed = await placeCoordinate(db, point, district.path);
  if (!placed) return undefined;
  const grid = await queryNode(db, { id: placed.gridId });
  if (!grid) return undefined;
  return { gridId: grid.id, gridName: grid.name, ...(placed.buildingId ? { locationNodeId: placed.buildingId } : {}) };
}

/**
 * Places a posted request in a grid of the client's district: `attribute[grid_code]` first, then
 * `address_id` (the code of a grid, building, unit or house), then names found in
 * `address_string`, then `lat`/`long` (the grid whose outline holds the point, pinned to the
 * nearest building within 50 m). A place none of them finds is a 400.
 */
export async function resolveLocation(db: DbOrTx, district: ClientDistrict, input: LocationInput): Promise<ResolvedLocation> {
  if (input.gridCode) {
    const grid = await queryNode(db, { code: input.gridCode, kinds: GRID_KINDS, under: district.path });
    if (!grid) throw new Open311Error(400, `attribute[grid_code] ${input.gridCode} 不是本区县的网格编码`);
    return { gridId: grid.id, gridName: grid.name };
  }
  if (input.addressId) {
    const node = await queryNode(db, { code: input.addressId, kinds: [...GRID_KINDS, ...PLACE_KINDS], under: district.path });
    if (!node) throw new Open311Error(400, `address_id ${input.addressId} 不是本区县的网格、楼栋或房屋编码`);
    if (GRID_KINDS.includes(node.kind)) return { gridId: node.id, gridName: node.name };
    const grid = await gridAbove(db, node.path);
    if (!grid) throw new Open311Error(400, `address_id ${input.addressId} 不在任何网格内`);
    return { gridId: grid.id, gridName: grid.name, locationNodeId: node.id };
  }
  if (input.addressString) {
    const found = await fromAddress(db, district, input.addressString);
    if (found) return found;
  }
  // An address that names nothing known still has the point to fall back on.
  if (input.point) {
    const found = await fromPoint(db, district, input.point);
    if (found) return found;
  }
  if (input.addressString) {
    throw new Open311Error(400, 'address_string 中未找到本区县的小区、网格或社区名称，请补充小区名称或提供 attribute[grid_code]');
  }
  throw new Open311Error(400, `经纬度 (${input.point?.[1]}, ${input.point?.[0]}) 不在本区县任何网格内，请核对坐标（WGS-84）或提供 address_string、address_id`);
}
