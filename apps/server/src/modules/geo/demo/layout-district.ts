import type { AreaGeometry, LngLat } from '@linli/shared';
import { createRandom } from '../../org';
import { placeBuildings, type BuildingToPlace } from './place-buildings';
import { splitInto } from './voronoi-cells';

/** A node of the tree to lay out: streets hold communities, communities grids, grids buildings. */
export interface LayoutNode {
  id: string;
  code: string;
  path: string;
  kind: 'district' | 'street' | 'community' | 'grid';
  children: LayoutNode[];
  /** A grid's buildings (micro-grids' included), in tree order. */
  buildings: (BuildingToPlace & { path: string })[];
}

/** The outlines and building points of a laid-out tree. */
export interface DistrictLayout {
  areas: { nodeId: string; kind: string; path: string; geometry: AreaGeometry }[];
  buildings: { id: string; path: string; complexId: string | null; point: LngLat }[];
}

/** One random source per node, from the seed and the node's code: a node's layout does not shift when a sibling changes. */
function randomFor(seed: number, code: string) {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return createRandom(h);
}

/**
 * Lays the tree out inside `outline`: each node's children split its outline into Voronoi cells (so grids lie inside
 * their community, communities inside their street), and each grid's buildings get points inside it. Deterministic
 * for (outline, tree, seed).
 */
export function layoutDistrict(outline: AreaGeometry, district: LayoutNode, seed: number): DistrictLayout {
  const layout: DistrictLayout = { areas: [], buildings: [] };
  const visit = (node: LayoutNode, geometry: AreaGeometry) => {
    layout.areas.push({ nodeId: node.id, kind: node.kind, path: node.path, geometry });
    const random = randomFor(seed, node.code);
    if (node.kind === 'grid') {
      const points = placeBuildings(geometry, node.buildings, random);
      for (const b of node.buildings) {
        const point = points.get(b.id);
        if (point) layout.buildings.push({ id: b.id, path: b.path, complexId: b.complexId, point });
      }
      return;
    }
    const cells = splitInto(geometry, node.children.length, random);
    node.children.forEach((child, i) => visit(child, cells[i]));
  };
  visit(district, outline);
  return layout;
}
