import { NOTICE_BOARD_MAX_CARDS, type NoticeBoard, type NoticeCard, type NoticeContact, type ReportPlace } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { capabilityScope, type Actor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { listPostContactsUnder, type PostContactRow } from '../auth';
import { ancestorPaths, queryComplexes, queryNode, queryNodes, type NodeRow } from '../org';
import { maskedPhonesOf } from '../residents';

/** Kinds a notice board is printed for: one building, or every building below an area node. */
const BOARD_KINDS: readonly string[] = ['district', 'street', 'community', 'grid', 'microGrid', 'building'];
const GRID_KINDS: readonly string[] = ['grid', 'microGrid'];

/** The path of the first `n` codes of `path` (the community of a building is its first three). */
function prefixPath(path: string, n: number): string {
  return `/${path.split('/').filter(Boolean).slice(0, n).join('/')}/`;
}

function contactOf(row: PostContactRow, phones: Map<string, string>): NoticeContact {
  return { name: row.name, title: row.title, phoneMasked: row.residentId ? (phones.get(row.residentId) ?? null) : null };
}

/**
 * The notice-board cards of every building at or below a node inside the caller's staff-directory scope (404
 * otherwise): building, complex, grid and community names, the building leads posted at the building and the grid
 * workers of its grid, with the phone the register holds for them, masked. Five queries whatever the count.
 */
export async function getNoticeBoard(deps: AppDeps, actor: Actor, id: string): Promise<NoticeBoard> {
  const scope = capabilityScope(actor, 'staffDirectory', 'read');
  const node = await queryNode(deps.db, { id, scope });
  if (!node || !BOARD_KINDS.includes(node.kind)) notFound('节点');
  const found = await queryNodes(deps.db, { under: node.path, kinds: ['building'], scope }, 'path', NOTICE_BOARD_MAX_CARDS + 1);
  const buildings = found.slice(0, NOTICE_BOARD_MAX_CARDS);
  // The area names above the buildings (grid, community, street) are printed on every card; names of areas are public.
  const above = [...new Set(buildings.flatMap((b) => ancestorPaths(b.path)))];
  const top = prefixPath(node.path, Math.min(3, node.depth + 1));
  const [areas, complexes, holders] = await Promise.all([
    queryNodes(deps.db, { paths: above }),
    queryComplexes(deps.db, { under: top }),
    // Grid workers sit above the node when it is a building or a grid's micro-grid: read from the grid level down.
    listPostContactsUnder(deps.db, prefixPath(node.path, Math.min(4, node.depth + 1)), ['buildingLead', 'gridWorker']),
  ]);
  const phones = await maskedPhonesOf(
    deps.db,
    holders.flatMap((h) => (h.residentId ? [h.residentId] : [])),
  );
  const areaAt = new Map(areas.map((a) => [a.path, a]));
  const complexName = new Map(complexes.map((c) => [c.id, c.name]));
  return {
    node: { id: node.id, name: node.name, kind: node.kind },
    truncated: found.length > NOTICE_BOARD_MAX_CARDS,
    cards: buildings.map((b) => cardOf(b, areaAt, complexName, holders, phones)),
  };
}

function cardOf(
  b: NodeRow,
  areaAt: Map<string, NodeRow>,
  complexName: Map<string, string>,
  holders: PostContactRow[],
  phones: Map<string, string>,
): NoticeCard {
  const chain = ancestorPaths(b.path).map((p) => areaAt.get(p));
  const grids = chain.filter((a): a is NodeRow => a !== undefined && GRID_KINDS.includes(a.kind));
  const grid = grids.at(-1);
  const gridPaths = grids.map((a) => a.path);
  return {
    buildingId: b.id,
    buildingName: b.name,
    complexName: b.complexId ? (complexName.get(b.complexId) ?? null) : null,
    gridId: grid?.id ?? '',
    gridName: grid?.name ?? '',
    communityName: areaAt.get(prefixPath(b.path, 3))?.name ?? '',
    streetName: areaAt.get(prefixPath(b.path, 2))?.name ?? '',
    leads: holders.filter((h) => h.role === 'buildingLead' && h.nodePath === b.path).map((h) => contactOf(h, phones)),
    // The micro-grid's worker first (closest to the building), then the grid's.
    gridWorkers: holders
      .filter((h) => h.role === 'gridWorker' && gridPaths.includes(h.nodePath))
      .sort((x, y) => y.nodePath.length - x.nodePath.length)
      .map((h) => contactOf(h, phones)),
  };
}

/**
 * A building as the report page needs it (the notice board's QR code names it): its name, complex, grid and
 * community. Anyone who may report may read it: building and area names are printed at the door anyway.
 */
export async function getReportPlace(deps: AppDeps, id: string): Promise<ReportPlace> {
  const building = await queryNode(deps.db, { id, kinds: ['building'] });
  if (!building) notFound('楼栋');
  const areas = await queryNodes(deps.db, { paths: ancestorPaths(building.path) });
  const grid = areas.filter((a) => GRID_KINDS.includes(a.kind)).sort((x, y) => y.depth - x.depth)[0];
  if (!grid) notFound('楼栋');
  const [complex] = building.complexId ? await queryComplexes(deps.db, { id: building.complexId }) : [];
  return {
    buildingId: building.id,
    buildingName: building.name,
    complexName: complex?.name ?? null,
    gridId: grid.id,
    gridName: grid.name,
    communityName: areas.find((a) => a.kind === 'community')?.name ?? '',
  };
}
