import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { escapeLike } from '../../platform/auth/data-scope';
import { complexes, orgNodes } from './org.tables';

// SQL pieces for another module's own query (a name beside its rows, a subtree condition): org
// writes the SQL, the caller keeps its single round trip and never names org's tables.

/** The name of the node `nodeId` points at (a column or expression), as a scalar subquery; null without one. */
export function nodeNameOf(nodeId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${orgNodes.name} from ${orgNodes} where ${orgNodes.id} = ${nodeId})`;
}

/** The code of the node `nodeId` points at (for ordering), as a scalar subquery. */
export function nodeCodeOf(nodeId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${orgNodes.code} from ${orgNodes} where ${orgNodes.id} = ${nodeId})`;
}

/** The depth of the node `nodeId` points at (0 = district; for ordering from the top), as a scalar subquery. */
export function nodeDepthOf(nodeId: SQLWrapper): SQL<number | null> {
  return sql<number | null>`(select ${orgNodes.depth} from ${orgNodes} where ${orgNodes.id} = ${nodeId})`;
}

/** The name of the node at the path `nodePath` evaluates to, as a scalar subquery. */
export function nodeNameAtPath(nodePath: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${orgNodes.name} from ${orgNodes} where ${orgNodes.path} = ${nodePath})`;
}

/** The name of the complex `complexId` points at, as a scalar subquery. */
export function complexNameOf(complexId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${complexes.name} from ${complexes} where ${complexes.id} = ${complexId})`;
}

/** The community (node id) of the complex `complexId` points at, as a scalar subquery. */
export function complexCommunityOf(complexId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${complexes.communityId} from ${complexes} where ${complexes.id} = ${complexId})`;
}

/** True when `complexId` is a complex with a building at or below `path` (a grid holds parts of complexes). */
export function complexHasBuildingUnder(complexId: SQLWrapper, path: string): SQL {
  return sql`${complexId} in (select b.complex_id from ${orgNodes} b where b.kind = 'building' and b.complex_id is not null and b.path like ${escapeLike(path) + '%'})`;
}
