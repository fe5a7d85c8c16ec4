import type { LngLat } from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { DEMO_DISTRICT_CODE, findDemoDistrict, queryNode, queryNodes, type NodeRow } from '../../org';
import { countAreasUnder, savePoints, saveAreas } from '../geo.repository';
import { XUECHENG_OUTLINE } from './district-outline';
import { layoutDistrict, type LayoutNode } from './layout-district';

/** What the geometry step wrote. */
export interface GeometryTotals {
  outlines: number;
  buildingPoints: number;
  complexPoints: number;
}

const AREA_KINDS = ['street', 'community', 'grid'] as const;

/** The path of the grid a node below the community stands in (its first four codes). */
function gridPathOf(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 4).join('/')}/`;
}

/** The demo district's tree as the layout reads it: streets → communities → grids → buildings, in tree order. */
export function layoutTreeOf(district: NodeRow, nodes: readonly NodeRow[]): LayoutNode {
  const byPath = new Map<string, LayoutNode>();
  const root: LayoutNode = { id: district.id, code: district.code, path: district.path, kind: 'district', children: [], buildings: [] };
  byPath.set(district.path, root);
  for (const node of nodes) {
    if ((AREA_KINDS as readonly string[]).includes(node.kind)) {
      const parentPath = node.path.slice(0, node.path.length - node.code.length - 1);
      const parent = byPath.get(parentPath);
      if (!parent) continue;
      const item: LayoutNode = { id: node.id, code: node.code, path: node.path, kind: node.kind as LayoutNode['kind'], children: [], buildings: [] };
      parent.children.push(item);
      byPath.set(node.path, item);
    } else if (node.kind === 'building') {
      byPath.get(gridPathOf(node.path))?.buildings.push({ id: node.id, complexId: node.complexId, path: node.path });
    }
  }
  return root;
}

/**
 * Gives the demo district its geometry when it has none: the real outline of 薛城区, its streets, communities and grids
 * as nested Voronoi cells, a point per building inside its grid and per complex (the mean of its buildings). Runs at
 * every start and writes nothing when the district has outlines already (generated or imported), so data directories
 * made before geography existed gain maps on their next start. Deterministic from the demo's seed.
 */
export async function generateDemoGeometry(db: DbOrTx, seed?: number): Promise<GeometryTotals> {
  const none = { outlines: 0, buildingPoints: 0, complexPoints: 0 };
  const demo = await findDemoDistrict(db);
  if (!demo) return none;
  const district = await queryNode(db, { code: DEMO_DISTRICT_CODE, kinds: ['district'] });
  if (!district || (await countAreasUnder(db, district.path)) > 0) return none;
  // Tree order (path) keeps the layout the same for the same tree; only the kinds that take part are read.
  const nodes = await queryNodes(db, { under: district.path, kinds: [...AREA_KINDS, 'building'] }, 'path');
  const layout = layoutDistrict(XUECHENG_OUTLINE, layoutTreeOf(district, nodes), seed ?? demo.seed ?? 1);
  await saveAreas(
    db,
    layout.areas.map((a) => ({ ...a, source: 'generated' as const })),
  );
  await savePoints(
    db,
    layout.buildings.map((b) => ({ refId: b.id, kind: 'building', path: b.path, lng: b.point[0], lat: b.point[1], source: 'generated' as const })),
  );
  const complexes = complexPoints(layout.buildings);
  await savePoints(db, complexes);
  return { outlines: layout.areas.length, buildingPoints: layout.buildings.length, complexPoints: complexes.length };
}

/** A point per complex: the mean of its buildings' points, with the community's path (where complexes hang). */
function complexPoints(buildings: readonly { complexId: string | null; path: string; point: LngLat }[]) {
  const sums = new Map<string, { lng: number; lat: number; n: number; path: string }>();
  for (const b of buildings) {
    if (!b.complexId) continue;
    const sum = sums.get(b.complexId) ?? { lng: 0, lat: 0, n: 0, path: `/${b.path.split('/').filter(Boolean).slice(0, 3).join('/')}/` };
    sum.lng += b.point[0];
    sum.lat += b.point[1];
    sum.n += 1;
    sums.set(b.complexId, sum);
  }
  return [...sums].map(([refId, s]) => ({ refId, kind: 'complex', path: s.path, lng: s.lng / s.n, lat: s.lat / s.n, source: 'generated' as const }));
}
