import type { CaseCategoryView } from '@linli/shared';

/** A category with its subcategories, as tree tables and tree selects want it. */
export interface CategoryNode extends CaseCategoryView {
  children?: CategoryNode[];
}

/**
 * Builds the category tree from the flat list, keeping the server's order within each parent
 * (seed order). A category whose parent is missing from the list is shown as a root.
 */
export function buildCategoryTree(items: readonly CaseCategoryView[]): CategoryNode[] {
  const byId = new Map<string, CategoryNode>(items.map((c) => [c.id, { ...c }]));
  const roots: CategoryNode[] = [];
  for (const c of items) {
    const node = byId.get(c.id)!;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The classification versions in use ("GB/T 30428.2-2013"), most used first. */
export function classificationVersions(items: readonly CaseCategoryView[]): string[] {
  const counts = new Map<string, number>();
  for (const c of items) counts.set(c.version, (counts.get(c.version) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/**
 * The tree cut down to the categories whose name or code contains `q` and their ancestors; a
 * matching category keeps all its subcategories. An empty `q` keeps everything.
 */
export function filterCategoryTree(nodes: readonly CategoryNode[], q: string): CategoryNode[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [...nodes];
  const out: CategoryNode[] = [];
  for (const n of nodes) {
    if (n.name.toLowerCase().includes(needle) || n.code.toLowerCase().includes(needle)) {
      out.push(n);
      continue;
    }
    const kids = filterCategoryTree(n.children ?? [], needle);
    if (kids.length) out.push({ ...n, children: kids });
  }
  return out;
}

/** Ids of every category in the tree that has subcategories (to expand them all). */
export function parentIds(nodes: readonly CategoryNode[]): string[] {
  return nodes.flatMap((n) => (n.children?.length ? [n.id, ...parentIds(n.children)] : []));
}
