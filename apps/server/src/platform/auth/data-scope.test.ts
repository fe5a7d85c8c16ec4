import { describe, expect, it } from 'vitest';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { buildScope, isDataScope, isEmptyScope, narrowScope, pathInScope, scopeCondition, type DataScope } from './data-scope';

describe('buildScope', () => {
  const community = { role: 'communityStaff' as const, nodeId: 'c', nodePath: '/370403/370403001/370403001001/' };
  const grid = { role: 'gridWorker' as const, nodeId: 'g', nodePath: '/370403/370403001/370403001001/370403001001001/' };
  const other = { role: 'communityStaff' as const, nodeId: 'o', nodePath: '/370403/370403001/370403001003/' };

  it('collapses a grid post into the community post that contains it', () => {
    expect(buildScope([grid, community]).paths).toEqual([community.nodePath]);
  });

  it('keeps sibling subtrees separate and sees neither parent nor cousin', () => {
    const scope = buildScope([community]);
    expect(pathInScope(grid.nodePath, scope)).toBe(true);
    expect(pathInScope(other.nodePath, scope)).toBe(false);
    expect(pathInScope('/370403/370403001/', scope)).toBe(false);
  });

  it('filters posts by role and gives a system admin everything', () => {
    expect(buildScope([community], ['gridWorker']).paths).toEqual([]);
    expect(buildScope([{ ...community, role: 'systemAdmin' }]).all).toBe(true);
  });
});

// A table of its own: platform tests import no module.
const orgNodes = pgTable('scope_test_nodes', { path: text('path').notNull() });

describe('DataScope brand', () => {
  const community = { role: 'communityStaff' as const, nodeId: 'c', nodePath: '/370403/370403001/370403001001/' };

  it('refuses a scope written as a literal, in types and at run time', () => {
    // @ts-expect-error a literal lacks the brand: only buildScope makes a DataScope
    const forged: DataScope = { all: true, paths: [] };
    expect(isDataScope(forged)).toBe(false);
    expect(() => pathInScope('/370403/', forged)).toThrow(/not made by buildScope/);
    expect(() => scopeCondition(orgNodes.path, forged)).toThrow(/not made by buildScope/);
    expect(() => isEmptyScope(forged)).toThrow(/not made by buildScope/);
  });

  it('refuses a spread copy, which the types let through', () => {
    const copy: DataScope = { ...buildScope([community]), all: true };
    expect(isDataScope(copy)).toBe(false);
    expect(() => scopeCondition(orgNodes.path, copy)).toThrow(/not made by buildScope/);
  });

  it('makes frozen scopes, so a built one cannot be widened in place', () => {
    const scope = buildScope([community]);
    expect(isDataScope(scope)).toBe(true);
    expect(() => scope.paths.push('/')).toThrow(TypeError);
    expect(() => Object.assign(scope, { all: true })).toThrow(TypeError);
  });

  it('narrows only inside the scope', () => {
    const scope = buildScope([community]);
    const grid = `${community.nodePath}370403001001001/`;
    expect(narrowScope(scope, grid).paths).toEqual([grid]);
    expect(isEmptyScope(narrowScope(scope, '/370403/370403001/370403001003/'))).toBe(true);
    expect(isDataScope(narrowScope(scope, grid))).toBe(true);
  });
});
