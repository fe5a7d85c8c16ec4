import { eq, sql } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-deps';
import { createNotifiedCache, type NotifiedCache } from '../../platform/cache/notified-cache';
import type { Db, DbOrTx } from '../../platform/db/database';
import { statementName } from '../../platform/db/statement-names';
import { orgNodes } from './org.tables';

/** A node as looked up by id or path: enough to file a case under it or check a path. */
export interface OrgNodeRef {
  id: string;
  path: string;
  name: string;
  kind: string;
}

/** Channel the org_nodes trigger of migration 0009 announces any change of the tree on ('*'). */
const ORG_CHANGED_CHANNEL = 'linli_org_changed';

const nodeColumns = { id: orgNodes.id, path: orgNodes.path, name: orgNodes.name, kind: orgNodes.kind };
const nodeQueries = (db: DbOrTx) => ({
  byId: db
    .select(nodeColumns)
    .from(orgNodes)
    .where(eq(orgNodes.id, sql.placeholder('id')))
    .prepare(statementName(db, 'linli_org_node_by_id')),
  byPath: db
    .select(nodeColumns)
    .from(orgNodes)
    .where(eq(orgNodes.path, sql.placeholder('path')))
    .prepare(statementName(db, 'linli_org_node_by_path')),
});
// Built once per database handle (named on a Postgres server).
const preparedNodeQueries = new WeakMap<DbOrTx, ReturnType<typeof nodeQueries>>();
const caches = new WeakMap<Db, NotifiedCache<OrgNodeRef>>();

function nodeQueriesOf(db: DbOrTx): ReturnType<typeof nodeQueries> {
  let queries = preparedNodeQueries.get(db);
  if (!queries) preparedNodeQueries.set(db, (queries = nodeQueries(db)));
  return queries;
}

/** The per-instance cache of nodes found for one database (ready() before measuring it in tests). */
export function orgNodeCache(deps: Pick<AppDeps, 'db' | 'listen'>): NotifiedCache<OrgNodeRef> {
  let cache = caches.get(deps.db);
  if (!cache)
    caches.set(
      deps.db,
      (cache = createNotifiedCache<OrgNodeRef>({ channel: ORG_CHANGED_CHANNEL, listen: deps.listen, ttlMs: 10 * 60_000, maxEntries: 5_000 })),
    );
  return cache;
}

/**
 * The org node with this id or path, or undefined, with no scope: the caller checks the actor may
 * use it. Every case submission looks its grid up and the tree changes rarely (imports), so found
 * nodes are kept per instance until the tree changes anywhere.
 * Inside a transaction (`db` is not `deps.db`) it reads through it and keeps nothing: the
 * transaction may see rows that never commit.
 */
export async function findOrgNode(deps: Pick<AppDeps, 'db' | 'listen'>, db: DbOrTx, by: { id: string } | { path: string }): Promise<OrgNodeRef | undefined> {
  const read = async () =>
    ('id' in by ? nodeQueriesOf(db).byId.execute({ id: by.id }) : nodeQueriesOf(db).byPath.execute({ path: by.path })).then((rows) => rows[0]);
  if (db !== deps.db) return read();
  const cache = orgNodeCache(deps);
  const key = 'id' in by ? `id:${by.id}` : `path:${by.path}`;
  return cache.get(key) ?? cache.fetch(key, () => 'org', read);
}
