import { Delaunay } from 'd3-delaunay';
import type { Polygon, Ring as ClipRing } from 'polygon-clipping';
import type { AreaGeometry, LngLat } from '@linli/shared';
import type { Random } from '../../org';
import { intersect } from '../geometry/clip';
import { bboxOf, geometryArea, geometryOf, pointInGeometry, polygonsOf, type PolygonRings } from '../geometry/planar';

/** Lloyd steps: sites move to their cell's centre so cells come out even-sized rather than spiky. */
const RELAXATION_STEPS = 2;
const MAX_TRIES = 10_000;

/** A uniformly random point inside the outline (rejection sampling in its box; the box centre if the outline is a sliver). */
export function randomPointIn(geometry: AreaGeometry, random: Random, accept: (p: LngLat) => boolean = () => true): LngLat | null {
  const [minLng, minLat, maxLng, maxLat] = bboxOf(geometry);
  for (let i = 0; i < MAX_TRIES; i++) {
    const p: LngLat = [random.between(minLng, maxLng), random.between(minLat, maxLat)];
    if (pointInGeometry(p, geometry) && accept(p)) return p;
  }
  return null;
}

/** The area-weighted centre of the outline's outer rings (a point to move a site to; may lie outside a concave shape). */
function centroidOf(geometry: AreaGeometry): LngLat {
  let x = 0;
  let y = 0;
  let area = 0;
  for (const [outer] of polygonsOf(geometry))
    for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
      const cross = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
      area += cross;
      x += (outer[j][0] + outer[i][0]) * cross;
      y += (outer[j][1] + outer[i][1]) * cross;
    }
  return area === 0 ? (polygonsOf(geometry)[0][0][0] as LngLat) : [x / (3 * area), y / (3 * area)];
}

/** The Voronoi cells of `sites` inside `parent`, each clipped to it; a site's cell is empty only if the site lies outside. */
function clippedCells(parent: AreaGeometry, sites: readonly LngLat[]): (AreaGeometry | null)[] {
  const [minLng, minLat, maxLng, maxLat] = bboxOf(parent);
  const pad = Math.max(maxLng - minLng, maxLat - minLat) * 0.01;
  const voronoi = Delaunay.from(sites).voronoi([minLng - pad, minLat - pad, maxLng + pad, maxLat + pad]);
  const clip = polygonsOf(parent) as Polygon[];
  return sites.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as ClipRing | null;
    if (!cell) return null;
    const parts = intersect([cell], clip);
    return parts.length ? geometryOf(parts as PolygonRings[]) : null;
  });
}

/**
 * Splits `parent` into `count` cells that tile it: Voronoi cells of random sites inside it (d3-delaunay), clipped to
 * it (polygon-clipping), relaxed a little so they come out even. Every cell lies inside `parent` by construction.
 */
export function splitInto(parent: AreaGeometry, count: number, random: Random): AreaGeometry[] {
  if (count <= 1) return count === 1 ? [parent] : [];
  let sites: LngLat[] = [];
  for (let i = 0; i < count; i++) sites.push(randomPointIn(parent, random) ?? centroidOf(parent));
  let cells = clippedCells(parent, sites);
  for (let step = 0; step < RELAXATION_STEPS; step++) {
    // A centre outside a concave parent would lose its cell: such a site stays where it was.
    sites = sites.map((site, i) => {
      const cell = cells[i];
      if (!cell) return site;
      const centre = centroidOf(cell);
      return pointInGeometry(centre, parent) ? centre : site;
    });
    cells = clippedCells(parent, sites);
  }
  // Two sites on one spot share no cell: move the loser to a fresh random point until every site has its own.
  for (let retry = 0; retry < 5 && cells.some((c) => c === null); retry++) {
    sites = sites.map((site, i) => (cells[i] ? site : (randomPointIn(parent, random) ?? site)));
    cells = clippedCells(parent, sites);
  }
  return cells.map((cell) => {
    if (!cell) throw new Error('Voronoi: a site without a cell');
    return cell;
  });
}

/** The share of `parent` the cells cover (1 when they tile it), for checks. */
export function coverage(parent: AreaGeometry, cells: readonly AreaGeometry[]): number {
  return cells.reduce((sum, c) => sum + geometryArea(c), 0) / geometryArea(parent);
}
