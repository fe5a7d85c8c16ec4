import type { AreaGeometry, LngLat } from '@linli/shared';
import type { AppDeps } from '../platform/app-deps';
import type { buildOrgTree } from './factories';
import { geoAreas, geoPoints } from './tables';

/** A rectangle as a GeoJSON Polygon. */
export function boxPolygon(x0: number, y0: number, x1: number, y1: number): AreaGeometry {
  const ring: LngLat[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/** Where the hand-built map puts the two buildings of {@link buildOrgTree}. */
export const MAP_BUILDINGS = { qq: [117.21, 34.81] as LngLat, lt: [117.23, 34.81] as LngLat };

/** A position `metres` east of `p` (at 34.81°N one metre east is ~1.0958e-5°). */
export function eastOf(p: LngLat, metres: number): LngLat {
  return [p[0] + metres * 1.0958e-5, p[1]];
}

/**
 * Gives {@link buildOrgTree}'s tree a hand-built map: 薛城区 and 临城街道 are one box (117.20–117.24°E,
 * 34.80–34.82°N), 清泉社区 and its grid its west half, 龙潭社区 and its grid its east half, each 1号楼 a point.
 */
export async function buildTestMap(deps: AppDeps, tree: Awaited<ReturnType<typeof buildOrgTree>>): Promise<void> {
  const { district, street, qq, lt } = tree;
  const areas: [typeof district, string, AreaGeometry][] = [
    [district, 'district', boxPolygon(117.2, 34.8, 117.24, 34.82)],
    [street, 'street', boxPolygon(117.2, 34.8, 117.24, 34.82)],
    [qq.community, 'community', boxPolygon(117.2, 34.8, 117.22, 34.82)],
    [lt.community, 'community', boxPolygon(117.22, 34.8, 117.24, 34.82)],
    [qq.grid, 'grid', boxPolygon(117.2, 34.8, 117.22, 34.82)],
    [lt.grid, 'grid', boxPolygon(117.22, 34.8, 117.24, 34.82)],
  ];
  await deps.db.insert(geoAreas).values(
    areas.map(([node, kind, geometry]) => {
      const ring = (geometry.coordinates[0] as LngLat[]).map((p) => p);
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      return {
        nodeId: node.id,
        kind,
        path: node.path,
        geometry,
        minLng: Math.min(...xs),
        minLat: Math.min(...ys),
        maxLng: Math.max(...xs),
        maxLat: Math.max(...ys),
        source: 'imported',
      };
    }),
  );
  await deps.db.insert(geoPoints).values([
    { refId: qq.building.id, kind: 'building', path: qq.building.path, lng: MAP_BUILDINGS.qq[0], lat: MAP_BUILDINGS.qq[1], source: 'generated' },
    { refId: lt.building.id, kind: 'building', path: lt.building.path, lng: MAP_BUILDINGS.lt[0], lat: MAP_BUILDINGS.lt[1], source: 'generated' },
  ]);
}
