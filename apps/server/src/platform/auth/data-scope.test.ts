import { describe, expect, it } from 'vitest';
import { buildScope, pathInScope } from './data-scope';

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
