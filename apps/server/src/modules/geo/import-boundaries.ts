import gcoord from 'gcoord';
import { AREA_LEVELS, areaGeometry, type AreaGeometry, type LngLat } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { createRandom, queryNodes, type NodeRow } from '../org';
import { pointInGeometry, polygonsOf, geometryOf } from './geometry/planar';
import { areasOf, queryPoints, saveAreas, savePoints } from './geo.repository';
import { complexPointOf } from './complex-points';
import { placeBuildings } from './demo/place-buildings';
import { gridPathOf } from './places.service';

/** What happened to one feature of the file. */
export interface FeatureOutcome {
  /** 1-based position in the file. */
  index: number;
  /** The feature's own code and name, as the file gives them. */
  label: string;
  status: 'matched' | 'unmatched' | 'ambiguous' | 'invalid';
  node?: { id: string; kind: string; code: string; name: string };
  reason?: string;
}

/** The import's report: each feature's outcome, and the buildings re-placed because the new outlines left them outside. */
export interface BoundaryImportReport {
  features: FeatureOutcome[];
  saved: number;
  buildingsReplaced: number;
  /** Complexes with a building in an imported grid whose point was computed again from their buildings. */
  complexesPlaced: number;
}

/** Coordinate systems a file may come in; GCJ-02 (AMap, Tencent) is converted to the WGS-84 the database keeps. */
export type SourceCrs = 'wgs84' | 'gcj02';

const CODE_KEYS = ['code', 'adcode', 'CODE', '编码', '代码'];
const NAME_KEYS = ['name', 'NAME', '名称'];

function firstOf(properties: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = properties[key];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim();
  }
  return undefined;
}

/** Closes open rings and converts the coordinates to WGS-84. */
function normalise(geometry: AreaGeometry, crs: SourceCrs): AreaGeometry {
  const fix = (ring: LngLat[]): LngLat[] => {
    const converted = crs === 'gcj02' ? ring.map((p) => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LngLat) : ring;
    const [first, last] = [converted[0], converted[converted.length - 1]];
    return first[0] === last[0] && first[1] === last[1] ? converted : [...converted, first];
  };
  return geometryOf(polygonsOf(geometry).map((polygon) => polygon.map(fix)));
}

/** Checks one feature and finds its node among `candidates` (the area nodes of the tree): by code, else by a unique name. */
function matchFeature(raw: unknown, index: number, byCode: Map<string, NodeRow>, byName: Map<string, NodeRow[]>, crs: SourceCrs) {
  const feature = (raw ?? {}) as { type?: unknown; properties?: unknown; geometry?: unknown };
  const properties = (feature.properties && typeof feature.properties === 'object' ? feature.properties : {}) as Record<string, unknown>;
  const code = firstOf(properties, CODE_KEYS);
  const name = firstOf(properties, NAME_KEYS);
  const label = [code, name].filter(Boolean).join(' ') || '（无编码和名称）';
  const outcome = (status: FeatureOutcome['status'], extra: Partial<FeatureOutcome> = {}): FeatureOutcome => ({ index, label, status, ...extra });
  const parsed = areaGeometry.safeParse(feature.geometry);
  if (feature.type !== 'Feature' || !parsed.success) return { outcome: outcome('invalid', { reason: '不是 Polygon 或 MultiPolygon 要素' }) };
  if (polygonsOf(parsed.data).some((polygon) => polygon.some((ring) => ring.length < 3))) return { outcome: outcome('invalid', { reason: '多边形顶点不足' }) };
  const byItsCode = code ? byCode.get(code) : undefined;
  const named = name ? (byName.get(name) ?? []) : [];
  const node = byItsCode ?? (named.length === 1 ? named[0] : undefined);
  if (!node && named.length > 1) return { outcome: outcome('ambiguous', { reason: `名称“${name}”对应 ${named.length} 个节点，请在属性中给出 code` }) };
  if (!node) return { outcome: outcome('unmatched', { reason: '编码和名称都未找到对应的街道、社区或网格' }) };
  return {
    outcome: outcome('matched', { node: { id: node.id, kind: node.kind, code: node.code, name: node.name } }),
    area: { nodeId: node.id, kind: node.kind, path: node.path, geometry: normalise(parsed.data, crs) },
  };
}

/**
 * Imports the real boundaries a district has (a GeoJSON FeatureCollection, `code`/`adcode` or `name` in each feature's
 * properties) onto the area tree under `districtPath`: each feature matched by code, else by a name only one node has;
 * a node's earlier outline is replaced. Then every building of a grid that got an outline and whose point now lies
 * outside it (or that had none) is placed again inside it. Runs in the caller's transaction; `dryRun` writes nothing.
 */
export async function importBoundaries(
  db: DbOrTx,
  collection: unknown,
  options: { districtPath: string; crs?: SourceCrs; dryRun?: boolean; seed?: number },
): Promise<BoundaryImportReport> {
  const doc = (collection ?? {}) as { type?: unknown; features?: unknown };
  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw new TypeError('文件不是 GeoJSON FeatureCollection / not a FeatureCollection');
  const nodes = await queryNodes(db, { under: options.districtPath, kinds: [...AREA_LEVELS] }, 'path');
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const byName = new Map<string, NodeRow[]>();
  for (const n of nodes) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  const matched = doc.features.map((raw, i) => matchFeature(raw, i + 1, byCode, byName, options.crs ?? 'wgs84'));
  // Two features for one node: the later one wins, as a file listing a correction after the original would mean.
  const areas = new Map(matched.flatMap((m) => (m.area ? [[m.area.nodeId, m.area] as const] : [])));
  const report: BoundaryImportReport = { features: matched.map((m) => m.outcome), saved: areas.size, buildingsReplaced: 0, complexesPlaced: 0 };
  if (options.dryRun) return report;
  await saveAreas(
    db,
    [...areas.values()].map((a) => ({ ...a, source: 'imported' as const })),
  );
  const grids = [...areas.values()].filter((a) => a.kind === 'grid');
  for (const grid of grids) report.buildingsReplaced += await replaceBuildings(db, grid, options.seed ?? 1);
  report.complexesPlaced = await replaceComplexes(db, grids);
  return report;
}

/**
 * Computes again the point of every complex with a building in one of `grids`: the mean of its buildings' points, kept
 * inside the grid most of them stand in (complexPointOf). Returns how many complexes got a point.
 */
async function replaceComplexes(db: DbOrTx, grids: readonly { path: string }[]): Promise<number> {
  // A complex hangs on a community, so all of its buildings are under the communities of the grids.
  const communityPaths = [...new Set(grids.map((g) => `/${g.path.split('/').filter(Boolean).slice(0, 3).join('/')}/`))];
  const inCommunities = (await Promise.all(communityPaths.map((under) => queryNodes(db, { under, kinds: ['building'] })))).flat();
  const complexIds = new Set(inCommunities.flatMap((b) => (b.complexId && grids.some((g) => gridPathOf(b.path) === g.path) ? [b.complexId] : [])));
  if (complexIds.size === 0) return 0;
  const buildings = inCommunities.filter((b) => b.complexId && complexIds.has(b.complexId));
  const points = new Map((await queryPoints(db, { refIds: buildings.map((b) => b.id) })).map((p) => [p.refId, [p.lng, p.lat] as LngLat]));
  const gridNodes = await queryNodes(db, { paths: [...new Set(buildings.map((b) => gridPathOf(b.path)))], kinds: ['grid'] });
  const outlineRows = await areasOf(
    db,
    gridNodes.map((g) => g.id),
  );
  const outlines = new Map(outlineRows.map((a) => [a.path, a.geometry]));
  const rows = [...complexIds].flatMap((complexId) => {
    const own = buildings.filter((b) => b.complexId === complexId && points.has(b.id));
    const point = complexPointOf(
      own.map((b) => ({ point: points.get(b.id)!, gridPath: gridPathOf(b.path) })),
      outlines,
    );
    if (!point || own.length === 0) return [];
    // A complex hangs on its community: its point carries the community's path, as the demo writes it.
    const path = `/${own[0].path.split('/').filter(Boolean).slice(0, 3).join('/')}/`;
    return [{ refId: complexId, kind: 'complex', path, lng: point[0], lat: point[1], source: 'generated' as const }];
  });
  await savePoints(db, rows);
  return rows.length;
}

/** Places again the buildings of `grid` that stand outside its outline or have no point yet; returns how many moved. */
async function replaceBuildings(db: DbOrTx, grid: { path: string; geometry: AreaGeometry }, seed: number): Promise<number> {
  const buildings = (await queryNodes(db, { under: grid.path, kinds: ['building'] }, 'path')).filter((b) => gridPathOf(b.path) === grid.path);
  const points = new Map((await queryPoints(db, { refIds: buildings.map((b) => b.id) })).map((p) => [p.refId, p]));
  const stray = buildings.filter((b) => {
    const p = points.get(b.id);
    return !p || !pointInGeometry([p.lng, p.lat], grid.geometry);
  });
  if (stray.length === 0) return 0;
  let h = seed >>> 0;
  for (const c of grid.path) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  const placed = placeBuildings(
    grid.geometry,
    stray.map((b) => ({ id: b.id, complexId: b.complexId })),
    createRandom(h),
  );
  await savePoints(
    db,
    stray.flatMap((b) => {
      const p = placed.get(b.id);
      return p ? [{ refId: b.id, kind: 'building', path: b.path, lng: p[0], lat: p[1], source: 'generated' as const }] : [];
    }),
  );
  return placed.size;
}
