import type { BuildingPlace, PlaceKind, PlacePoint, BBox } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { capabilityScope, type Actor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { ancestorPaths, queryComplexes, queryNode, queryNodes } from '../org';
import { queryPoints } from './geo.repository';

/** The path of the grid a node below the community stands in: its first four codes. */
export function gridPathOf(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 4).join('/')}/`;
}

/** What the places list asks. */
export interface PlacesQuery {
  kinds: PlaceKind[];
  bbox?: BBox;
  limit: number;
}

/** Complexes and buildings under a node in the caller's tree scope, as named points; `truncated` past `limit`. */
export async function listPlaces(db: DbOrTx, actor: Actor, nodeId: string, query: PlacesQuery): Promise<{ items: PlacePoint[]; truncated: boolean }> {
  const scope = capabilityScope(actor, 'orgTree', 'read');
  const node = await queryNode(db, { id: nodeId, scope });
  if (!node) notFound('节点');
  const rows = await queryPoints(db, { under: node.path, kinds: query.kinds, box: query.bbox, limit: query.limit + 1 });
  const shown = rows.slice(0, query.limit);
  const buildingIds = shown.filter((r) => r.kind === 'building').map((r) => r.refId);
  const complexIds = new Set(shown.filter((r) => r.kind === 'complex').map((r) => r.refId));
  const buildings = new Map((await queryNodes(db, { ids: buildingIds })).map((n) => [n.id, n]));
  const grids = new Map(
    (await queryNodes(db, { paths: [...new Set(buildingIds.map((id) => gridPathOf(buildings.get(id)?.path ?? '')))] })).map((g) => [g.path, g.id]),
  );
  // Complexes hang on their community: read the community's complexes once per community in the answer.
  const communities = [...new Set(shown.filter((r) => r.kind === 'complex').map((r) => r.path))];
  const complexNames = new Map<string, string>();
  for (const path of communities) for (const c of await queryComplexes(db, { under: path })) if (complexIds.has(c.id)) complexNames.set(c.id, c.name);
  const items: PlacePoint[] = shown.flatMap((r): PlacePoint[] => {
    if (r.kind === 'building') {
      const b = buildings.get(r.refId);
      return b ? [{ id: r.refId, kind: 'building', name: b.name, code: b.code, gridId: grids.get(gridPathOf(b.path)) ?? null, lng: r.lng, lat: r.lat }] : [];
    }
    const name = complexNames.get(r.refId);
    return name ? [{ id: r.refId, kind: 'complex', name, code: null, gridId: null, lng: r.lng, lat: r.lat }] : [];
  });
  return { items, truncated: rows.length > query.limit };
}

/** A building with its grid, community and street (no scope: what a notice board on the stairs already shows). */
export async function findBuildingPlace(db: DbOrTx, buildingId: string): Promise<BuildingPlace | undefined> {
  const building = await queryNode(db, { id: buildingId, kinds: ['building'] });
  if (!building) return undefined;
  const gridPath = gridPathOf(building.path);
  const [, streetPath, communityPath] = ancestorPaths(gridPath);
  const uppers = await queryNodes(db, { paths: [streetPath, communityPath, gridPath] });
  const at = (path: string) => uppers.find((n) => n.path === path);
  const [grid, community, street] = [at(gridPath), at(communityPath), at(streetPath)];
  if (!grid || !community || !street) return undefined;
  const [complex] = building.complexId ? await queryComplexes(db, { id: building.complexId }) : [];
  const [point] = await queryPoints(db, { refIds: [building.id] });
  const ref = (n: { id: string; name: string; code: string }) => ({ id: n.id, name: n.name, code: n.code });
  return {
    building: { ...ref(building), complexName: complex?.name ?? null },
    grid: ref(grid),
    community: ref(community),
    street: ref(street),
    point: point ? { lng: point.lng, lat: point.lat } : null,
  };
}
