import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Role } from '@linli/shared';

/** One role held at one node, as the scope sees it. */
export interface ScopePost {
  role: Role;
  nodeId: string;
  nodePath: string;
}

/**
 * What part of the org tree a request may touch (DESIGN rule 3): everything (`all`), or the
 * subtrees under `paths`. Built once per request; every repository read takes one.
 */
export interface DataScope {
  all: boolean;
  paths: string[];
}

/** The empty scope: matches nothing. */
export const NO_SCOPE: DataScope = { all: false, paths: [] };

/**
 * Builds the scope of the posts whose role is in `roles` (all posts when omitted). A system admin
 * post sees everything; nested paths collapse to their top-most ancestor.
 */
export function buildScope(posts: readonly ScopePost[], roles?: readonly Role[]): DataScope {
  const relevant = roles ? posts.filter((p) => roles.includes(p.role)) : posts;
  if (relevant.some((p) => p.role === 'systemAdmin')) return { all: true, paths: [] };
  const sorted = [...new Set(relevant.map((p) => p.nodePath))].sort((a, b) => a.length - b.length);
  const paths: string[] = [];
  for (const p of sorted) if (!paths.some((top) => p.startsWith(top))) paths.push(p);
  return { all: false, paths };
}

/** True when `path` lies inside the scope. */
export function pathInScope(path: string, scope: DataScope): boolean {
  return scope.all || scope.paths.some((p) => path.startsWith(p));
}

/** True when the scope can see nothing at all. */
export function isEmptyScope(scope: DataScope): boolean {
  return !scope.all && scope.paths.length === 0;
}

/** SQL condition "column lies inside the scope": one indexed prefix match per scope path. */
export function scopeCondition(column: AnyColumn, scope: DataScope): SQL {
  if (scope.all) return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const parts = scope.paths.map((p) => sql`${column} like ${escapeLike(p) + '%'}`);
  return parts.length === 1 ? parts[0] : (or(...parts) as SQL);
}

/** Escapes LIKE wildcards so a path or search text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
