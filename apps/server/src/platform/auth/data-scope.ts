import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Role } from '@linli/shared';

/** One role held at one node, as the scope sees it. */
export interface ScopePost {
  role: Role;
  nodeId: string;
  nodePath: string;
}

// The brand exists only in types: an object literal lacks it, so only this file can make a DataScope.
declare const scopeBrand: unique symbol;

/**
 * What part of the org tree a request may touch (DESIGN rule 3): everything (`all`), or the
 * subtrees under `paths`. Built once per request from the actor's posts; every repository read
 * takes one. Branded: only {@link buildScope} (and {@link narrowScope}, which can only shrink one)
 * makes it, so no code can hand a repository a scope it wrote by hand.
 */
export interface DataScope {
  readonly all: boolean;
  // Frozen at run time; typed as a plain array so response schemas (`paths: string[]`) take it as it is.
  readonly paths: string[];
  readonly [scopeBrand]: true;
}

// Scopes this file made. A spread copy (`{ ...scope, paths }`) still type-checks as a DataScope, so
// the readers check membership at run time too and refuse a forged one.
const made = new WeakSet<object>();

function mint(all: boolean, paths: string[]): DataScope {
  const scope = Object.freeze({ all, paths: Object.freeze(paths) as string[] }) as unknown as DataScope;
  made.add(scope);
  return scope;
}

/** True when `value` is a scope this file made (not a literal or a copy). */
export function isDataScope(value: unknown): value is DataScope {
  return typeof value === 'object' && value !== null && made.has(value);
}

function checked(scope: DataScope): DataScope {
  if (!made.has(scope)) throw new Error('DataScope not made by buildScope');
  return scope;
}

/** The empty scope: matches nothing. */
export const NO_SCOPE: DataScope = mint(false, []);

/**
 * Builds the scope of the posts whose role is in `roles` (all posts when omitted). A system admin
 * post sees everything; nested paths collapse to their top-most ancestor.
 */
export function buildScope(posts: readonly ScopePost[], roles?: readonly Role[]): DataScope {
  const relevant = roles ? posts.filter((p) => roles.includes(p.role)) : posts;
  if (relevant.some((p) => p.role === 'systemAdmin')) return mint(true, []);
  const sorted = [...new Set(relevant.map((p) => p.nodePath))].sort((a, b) => a.length - b.length);
  const paths: string[] = [];
  for (const p of sorted) if (!paths.some((top) => p.startsWith(top))) paths.push(p);
  return mint(false, paths);
}

/** The scope narrowed to the subtree under `path`: that subtree when it lies inside the scope, else the empty scope. */
export function narrowScope(scope: DataScope, path: string): DataScope {
  return pathInScope(path, scope) ? mint(false, [path]) : NO_SCOPE;
}

/** True when `path` lies inside the scope. */
export function pathInScope(path: string, scope: DataScope): boolean {
  checked(scope);
  return scope.all || scope.paths.some((p) => path.startsWith(p));
}

/** True when the scope can see nothing at all. */
export function isEmptyScope(scope: DataScope): boolean {
  checked(scope);
  return !scope.all && scope.paths.length === 0;
}

/** SQL condition "column lies inside the scope": one indexed prefix match per scope path. */
export function scopeCondition(column: AnyColumn, scope: DataScope): SQL {
  checked(scope);
  if (scope.all) return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const parts = scope.paths.map((p) => subtreeCondition(column, p));
  return parts.length === 1 ? parts[0] : (or(...parts) as SQL);
}

/** SQL "column lies in the subtree under `path`" (an indexed prefix match); a filter the caller chose, not a scope. */
export function subtreeCondition(column: AnyColumn, path: string): SQL {
  return sql`${column} like ${escapeLike(path) + '%'}`;
}

/** Escapes LIKE wildcards so a path or search text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
