import { degreesPerPixel, type AreaGeometry, type BBox } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { bboxOf, unionBox } from './geometry/planar';
import { simplifyGeometry } from './geometry/simplify';
import { areasOf } from './geo.repository';

/** An outline simplified for `zoom`: to half a screen pixel, rounded to the decimals a pixel can show. */
export function outlineForZoom(geometry: AreaGeometry, zoom: number): AreaGeometry {
  const pixel = degreesPerPixel(zoom);
  const digits = Math.max(3, Math.ceil(-Math.log10(pixel)));
  return simplifyGeometry(geometry, pixel / 2, digits);
}

/** The outlines of a node and of its children, simplified for `zoom`, and the box to fit them. */
export interface MapOutlines {
  node: AreaGeometry | null;
  children: Map<string, AreaGeometry>;
  bbox: BBox | null;
}

/** Reads and simplifies the outlines of `nodeId` and `childIds` in one query (nodes without one are left out). */
export async function mapOutlines(db: DbOrTx, nodeId: string, childIds: readonly string[], zoom: number): Promise<MapOutlines> {
  const rows = await areasOf(db, [nodeId, ...childIds]);
  const own = rows.find((r) => r.nodeId === nodeId);
  const children = new Map(rows.filter((r) => r.nodeId !== nodeId).map((r) => [r.nodeId, outlineForZoom(r.geometry, zoom)]));
  const bbox = own ? bboxOf(own.geometry) : unionBox(rows.map((r) => bboxOf(r.geometry)));
  return { node: own ? outlineForZoom(own.geometry, zoom) : null, children, bbox };
}
