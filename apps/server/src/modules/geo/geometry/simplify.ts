import type { AreaGeometry, LngLat } from '@linli/shared';
import { geometryOf, polygonsOf, ringArea, distanceToSegment, type PolygonRings, type Ring } from './planar';

/** Douglas–Peucker on an open run of positions: keeps the ends and every point farther than `tolerance` from the simplified line. */
function simplifyRun(points: readonly LngLat[], tolerance: number): LngLat[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring simplified to `tolerance` degrees (split at its farthest point so both halves keep their ends); null when it collapses. */
export function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  const open = ring.slice(0, -1);
  if (open.length < 3) return null;
  let far = 1;
  let max = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot(open[i][0] - open[0][0], open[i][1] - open[0][1]);
    if (d > max) {
      max = d;
      far = i;
    }
  }
  const a = simplifyRun(open.slice(0, far + 1), tolerance);
  const b = simplifyRun([...open.slice(far), open[0]], tolerance);
  const out = [...a, ...b.slice(1)];
  if (out.length < 4 || Math.abs(ringArea(out)) === 0) return null;
  return out;
}

/** Rounds a position to `digits` decimals (what the zoom can show), keeping the payload small. */
function rounded(p: LngLat, digits: number): LngLat {
  const f = 10 ** digits;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

function roundRing(ring: Ring, digits: number): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    const q = rounded(p, digits);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

/**
 * An outline simplified for display: every ring to `tolerance` degrees and `digits` decimals. Holes and parts
 * that collapse are dropped, but never the largest part, which is then kept as it was (rounded finer).
 */
export function simplifyGeometry(geometry: AreaGeometry, tolerance: number, digits: number): AreaGeometry {
  const polygons = polygonsOf(geometry);
  const largest = polygons.reduce((best, p, i) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(polygons[best][0])) ? i : best), 0);
  const out: PolygonRings[] = [];
  polygons.forEach(([outer, ...holes], i) => {
    const simple = simplifyRing(outer, tolerance);
    const shell = simple ? roundRing(simple, digits) : null;
    if (!shell) {
      if (i === largest) out.push([roundRing(outer, Math.max(digits, 6)) ?? outer]);
      return;
    }
    const kept = holes.map((h) => simplifyRing(h, tolerance)).flatMap((h) => (h ? [roundRing(h, digits)].filter((r): r is Ring => r !== null) : []));
    out.push([shell, ...kept]);
  });
  return geometryOf(out);
}
