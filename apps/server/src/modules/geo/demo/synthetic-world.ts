import type { DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { savePoints, saveAreas } from '../geo.repository';
import { XUECHENG_OUTLINE } from './district-outline';
import { layoutDistrict, type LayoutNode } from './layout-district';

/** The size of a synthetic map: streets × communities × grids × buildings. */
export interface SyntheticSize {
  streets: number;
  communitiesPerStreet: number;
  gridsPerCommunity: number;
  buildingsPerGrid: number;
  seed?: number;
}

/**
 * Writes a synthetic map of the given size inside the real 薛城区 outline (geometry only, no tree nodes): for the bench
 * of the spatial queries at sizes the demo never reaches (10,000 grids, 100,000 buildings). Returns the laid-out tree.
 */
export async function writeSyntheticGeometry(db: DbOrTx, size: SyntheticSize): Promise<{ district: LayoutNode; layoutMs: number }> {
  const node = (kind: LayoutNode['kind'], code: string, parentPath: string): LayoutNode => ({
    id: newId(),
    code,
    path: `${parentPath}${code}/`,
    kind,
    children: [],
    buildings: [],
  });
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const district = node('district', '370403', '/');
  for (let s = 1; s <= size.streets; s++) {
    const street = node('street', `${district.code}${pad(s, 3)}`, district.path);
    district.children.push(street);
    for (let c = 1; c <= size.communitiesPerStreet; c++) {
      const community = node('community', `${street.code}${pad(c, 3)}`, street.path);
      street.children.push(community);
      for (let g = 1; g <= size.gridsPerCommunity; g++) {
        const grid = node('grid', `${community.code}${pad(g, 3)}`, community.path);
        community.children.push(grid);
        for (let b = 1; b <= size.buildingsPerGrid; b++) {
          grid.buildings.push({ id: newId(), complexId: `${community.code}-${b % 4}`, path: `${grid.path}${grid.code}${pad(b, 2)}/` });
        }
      }
    }
  }
  const started = performance.now();
  const layout = layoutDistrict(XUECHENG_OUTLINE, district, size.seed ?? 1);
  const layoutMs = performance.now() - started;
  await saveAreas(
    db,
    layout.areas.map((a) => ({ ...a, source: 'generated' as const })),
  );
  await savePoints(
    db,
    layout.buildings.map((b) => ({ refId: b.id, kind: 'building', path: b.path, lng: b.point[0], lat: b.point[1], source: 'generated' as const })),
  );
  return { district, layoutMs };
}
