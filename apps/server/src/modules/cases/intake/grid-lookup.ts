import { eq, sql } from 'drizzle-orm';
import type { AppDeps } from '../../../platform/app-deps';
import { createNotifiedCache, type NotifiedCache } from '../../../platform/cache/notified-cache';
import type { Db, DbOrTx } from '../../../platform/db/database';
import { statementName } from '../../../platform/db/statement-names';
import { orgNodes } from '../../org';

/** A node a case may be filed under, as intake needs it. */
export interface GridRow {
  id: string;
  path: string;
  name: string;
  kind: string;
}

/** Channel the org_nodes trigger of migration 0009 announces any change of the tree on ('*'). */
const ORG_CHANGED_CHANNEL = 'linli_org_changed';

const gridColumns = { id: orgNodes.id, path: orgNodes.path, name: orgNodes.name, kind: orgNodes.kind };
const gridQueries = (db: DbOrTx) => ({
  byId: db.select(gridColumns).from(orgNodes).where(eq(orgNodes.id, sql.placeholder('id'))).prepare(statementName(db, 'linli_intake_grid_by_id')),
  byPath: db.select(gridColumns).from(orgNodes).where(eq(orgNodes.path, sql.placeholder('path'))).prepare(statementName(db, 'linli_intake_grid_by_path')),
});
// Built once per database handle (named on a Postgres server).
const preparedGridQueries = new WeakMap<DbOrTx, ReturnType<typeof gridQueries>>();
const caches = new WeakMap<Db, NotifiedCache<GridRow>>();

function gridQueriesOf(db: DbOrTx): ReturnType<typeof gridQueries> {
  let queries = preparedGridQueries.get(db);
  if (!queries) preparedGridQueries.set(db, (queries = gridQueries(db)));
  return queries;
}

/** The per-instance cache of grids found for one database (ready() before measuring it in tests). */
export function gridCache(deps: Pick<AppDeps, 'db' | 'listen'>): NotifiedCache<GridRow> {
  let cache = caches.get(deps.db);
  if (!cache) caches.set(deps.db, (cache = createNotifiedCache<GridRow>({ channel: ORG_CHANGED_CHANNEL, listen: deps.listen, ttlMs: 10 * 60_000, maxEntries: 5_000 })));
  return cache;
}

/**
 * The org node with this id or path, or undefined. Every submission looks its grid up and the tree
 * changes rarely (imports), so found nodes are kept per instance until the tree changes anywhere.
 * Inside a transaction (`db` is not `deps.db`) it reads through it and keeps nothing: the
 * transaction may see rows that never commit.
 */
export async function findGrid(deps: Pick<AppDeps, 'db' | 'listen'>, db: DbOrTx, by: { id: string } | { path: string }): Promise<GridRow | undefined> {
  const read = async () => ('id' in by ? gridQueriesOf(db).byId.execute({ id: by.id }) : gridQueriesOf(db).byPath.execute({ path: by.path })).then((rows) => rows[0]);
  if (db !== deps.db) return read();
  const cache = gridCache(deps);
  const key = 'id' in by ? `id:${by.id}` : `path:${by.path}`;
  return cache.get(key) ?? cache.fetch(key, () => 'org', read);
}
