import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LngLat } from '@linli/shared';
import { distanceToBoundary, geometryArea, pointInGeometry, polygonsOf } from '../geometry/planar';
import { XUECHENG_OUTLINE } from './district-outline';
import { layoutDistrict, type LayoutNode } from './layout-district';

/** A synthetic tree: `streets` × `communities` × `grids`, each grid with `buildings` of two complexes. */
function tree(streets: number, communities: number, grids: number, buildings: number): LayoutNode {
  const node = (kind: LayoutNode['kind'], code: string, parentPath: string): LayoutNode => ({
    id: `${kind}-${code}`,
    code,
    path: `${parentPath}${code}/`,
    kind,
    children: [],
    buildings: [],
  });
  const district = node('district', '370403', '/');
  for (let s = 1; s <= streets; s++) {
    const street = node('street', `370403${String(s).padStart(3, '0')}`, district.path);
    district.children.push(street);
    for (let c = 1; c <= communities; c++) {
      const community = node('community', `${street.code}${String(c).padStart(3, '0')}`, street.path);
      street.children.push(community);
      for (let g = 1; g <= grids; g++) {
        const grid = node('grid', `${community.code}${String(g).padStart(3, '0')}`, community.path);
        for (let b = 1; b <= buildings; b++)
          grid.buildings.push({ id: `b-${grid.code}-${b}`, complexId: `c-${community.code}-${b % 2}`, path: `${grid.path}${grid.code}${b}/` });
        community.children.push(grid);
      }
    }
  }
  return district;
}

/** True when every vertex of `inner` lies inside `outer` or on its edge (clipping leaves shared edges at float precision). */
function nestedIn(inner: AreaGeometry, outer: AreaGeometry): boolean {
  return polygonsOf(inner).every(([ring]) => ring.every((p: LngLat) => pointInGeometry(p, outer) || distanceToBoundary(p, outer) < 1e-9));
}

describe('the demo layout', () => {
  const district = tree(3, 3, 4, 6);
  const layout = layoutDistrict(XUECHENG_OUTLINE, district, 7);
  const byId = new Map(layout.areas.map((a) => [a.nodeId, a.geometry]));

  it('gives every street, community and grid an outline nested in its parent, the children tiling the parent', () => {
    expect(layout.areas).toHaveLength(1 + 3 + 9 + 36);
    const walk = (node: LayoutNode) => {
      const own = byId.get(node.id)!;
      const childArea = node.children.reduce((sum, child) => sum + geometryArea(byId.get(child.id)!), 0);
      if (node.children.length) expect(childArea / geometryArea(own)).toBeCloseTo(1, 6);
      for (const child of node.children) {
        expect(nestedIn(byId.get(child.id)!, own), `${child.code} inside ${node.code}`).toBe(true);
        walk(child);
      }
    };
    walk(district);
  });

  it('places every building strictly inside its grid', () => {
    expect(layout.buildings).toHaveLength(36 * 6);
    for (const b of layout.buildings) {
      const grid = byId.get(`grid-${b.path.split('/').filter(Boolean)[3]}`)!;
      expect(pointInGeometry(b.point, grid), b.id).toBe(true);
      expect(distanceToBoundary(b.point, grid)).toBeGreaterThan(0);
    }
  });

  it('comes out the same for the same seed and differently for another', () => {
    expect(layoutDistrict(XUECHENG_OUTLINE, district, 7)).toEqual(layout);
    const other = layoutDistrict(XUECHENG_OUTLINE, district, 8);
    expect(other.buildings[0].point).not.toEqual(layout.buildings[0].point);
  });
});
