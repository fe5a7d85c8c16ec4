import { AREA_LEVELS, zoomFor, type AreaLevel, type CasePoint, type MapFeature, type NodeKind, type NodeMapResponse, type BBox } from '@linli/shared';
import type { DbOrTx } from '../../../platform/db/database';
import { capabilityScope, type Actor } from '../../../platform/auth/actor';
import { notFound } from '../../../platform/errors';
import { localDay } from '../../../platform/time/deadlines';
import { queryNode, queryNodes, type NodeRow } from '../../org';
import { mapOutlines } from '../../geo';
import { addDays } from '../stats/stats-period';
import { openCasePoints, openCasesBy, receivedSinceBy, type FigureLevel } from './case-map.repository';

/** The level of the outlines a node's map shows below it; a grid has none (its buildings are points). */
const CHILD_LEVEL: Record<AreaLevel, FigureLevel | null> = { district: 'street', street: 'community', community: 'grid', grid: null };

/** A node with an outline inside the caller's case-figure scope, or a 404. */
async function mapNode(db: DbOrTx, actor: Actor, nodeId: string): Promise<NodeRow & { kind: AreaLevel }> {
  const node = await queryNode(db, { id: nodeId, scope: capabilityScope(actor, 'caseStats', 'read') });
  if (!node || !(AREA_LEVELS as readonly string[]).includes(node.kind)) notFound('区域');
  return node as NodeRow & { kind: AreaLevel };
}

/**
 * The map of a node: its outline and its children's, simplified for the zoom, each with its open cases and the cases of
 * the last 30 days. Figures are the area's, as the dashboard counts them; the node must lie inside the caller's scope,
 * so a community's staff see only their community and its grids.
 */
export async function nodeMap(db: DbOrTx, actor: Actor, nodeId: string, askedZoom: number | undefined, now = new Date()): Promise<NodeMapResponse> {
  const node = await mapNode(db, actor, nodeId);
  const childLevel = CHILD_LEVEL[node.kind];
  const children = childLevel ? await queryNodes(db, { parentId: node.id, kinds: [childLevel] }, 'sort') : [];
  const zoom = zoomFor(node.kind, askedZoom);
  const groupBy: FigureLevel = childLevel ?? 'grid';
  const fromDay = addDays(localDay(now), -29);
  const [outlines, open, recent] = await Promise.all([
    mapOutlines(
      db,
      node.id,
      children.map((c) => c.id),
      zoom,
    ),
    openCasesBy(db, node.path, groupBy),
    receivedSinceBy(db, node.path, groupBy, fromDay),
  ]);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const feature = (n: NodeRow, geometry: MapFeature['geometry'], openCases: number, casesLast30Days: number): MapFeature => ({
    type: 'Feature',
    id: n.id,
    geometry,
    properties: { id: n.id, name: n.name, level: n.kind as NodeKind, code: n.code, openCases, casesLast30Days },
  });
  const features = children.flatMap((c) => {
    const geometry = outlines.children.get(c.id);
    return geometry ? [feature(c, geometry, open.get(c.code) ?? 0, recent.get(c.code) ?? 0)] : [];
  });
  return {
    node: {
      id: node.id,
      name: node.name,
      level: node.kind,
      code: node.code,
      outline: outlines.node ? feature(node, outlines.node, sum(open), sum(recent)) : null,
    },
    children: { type: 'FeatureCollection', features },
    withoutOutline: children.filter((c) => !outlines.children.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    bbox: outlines.bbox,
    zoom,
  };
}

/** Open cases with a coordinate under a node inside the caller's case-figure scope; `truncated` past `limit`. */
export async function casePoints(
  db: DbOrTx,
  actor: Actor,
  nodeId: string,
  box: BBox | undefined,
  limit: number,
): Promise<{ items: CasePoint[]; truncated: boolean }> {
  const node = await mapNode(db, actor, nodeId);
  const rows = await openCasePoints(db, node.path, box, limit + 1);
  const items = rows.slice(0, limit).map((r) => ({ ...r, urgency: r.urgency as CasePoint['urgency'], lng: r.lng!, lat: r.lat! }));
  return { items, truncated: rows.length > limit };
}
