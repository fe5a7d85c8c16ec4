import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Which modules each module imports (by the import strings of its files, tests included). */
export type ModuleGraph = Map<string, Set<string>>;

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

/** Builds the module import graph of `modulesDir` (e.g. apps/server/src/modules): an edge for every relative import into another module. */
export function readModuleGraph(modulesDir: string): ModuleGraph {
  const graph: ModuleGraph = new Map();
  const modules = readdirSync(modulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const own of modules) {
    const edges = new Set<string>();
    graph.set(own, edges);
    for (const file of tsFiles(path.join(modulesDir, own))) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = match[1] ?? match[2];
        if (!spec.startsWith('.')) continue;
        const [target] = path.relative(modulesDir, path.resolve(path.dirname(file), spec)).split(path.sep);
        if (target !== own && modules.includes(target)) edges.add(target);
      }
    }
  }
  return graph;
}

/** The import cycles of a graph: its strongly connected components of more than one node (Tarjan), each sorted. */
export function moduleCycles(graph: ModuleGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
