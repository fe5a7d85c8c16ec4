import * as clippingModule from 'polygon-clipping';
import type { MultiPolygon, Polygon } from 'polygon-clipping';

// polygon-clipping ships CommonJS (`module.exports = {…}`) and ESM (a default export only), while its types declare named
// exports: node, vite and esbuild each pick another file, so take the functions from wherever this runtime put them.
type Clipping = typeof clippingModule;
const clipping: Clipping = (clippingModule as Clipping & { default?: Clipping }).default ?? clippingModule;

/** The intersection of polygons (polygon-clipping), as a MultiPolygon's coordinates. */
export function intersect(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): MultiPolygon {
  return clipping.intersection(a, b);
}
