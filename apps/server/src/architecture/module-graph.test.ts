import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleCycles, readModuleGraph, type ModuleGraph } from './module-graph';

const MODULES = fileURLToPath(new URL('../modules', import.meta.url));
const graphOf = (edges: Record<string, string[]>): ModuleGraph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('module import graph', () => {
  it('has no cycle between server modules (each module only imports modules below it)', () => {
    const graph = readModuleGraph(MODULES);
    expect([...(graph.get('auth') ?? [])]).toContain('org'); // the reader sees imports at all
    expect(moduleCycles(graph)).toEqual([]);
  });

  it('finds a cycle of two and of three, and none in a chain', () => {
    expect(moduleCycles(graphOf({ a: ['b'], b: ['a'], c: [] }))).toEqual([['a', 'b']]);
    expect(moduleCycles(graphOf({ auth: ['org'], org: ['residents'], residents: ['auth'], cases: ['auth'] }))).toEqual([['auth', 'org', 'residents']]);
    expect(moduleCycles(graphOf({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });
});
