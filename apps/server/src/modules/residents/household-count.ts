import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { households } from './residents.tables';

/**
 * The number of households at or under the node path `nodePath` evaluates to, as a scalar subquery
 * for the directory's node lists. Paths end in '/', so a subtree is the byte range
 * [path, path-with-'/'-replaced-by-'0'); the text_pattern_ops operators ~>=~ / ~<~ let the
 * households path index serve a per-row range.
 */
export function householdCountUnder(nodePath: SQLWrapper): SQL<number> {
  return sql<number>`(select count(*)::int from ${households} h where h.path ~>=~ ${nodePath} and h.path ~<~ (left(${nodePath}, -1) || '0'))`;
}
