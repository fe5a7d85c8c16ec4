import type { PartyOrgView } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { buildPartyTree } from './party-tree';

const org = (id: string, parentId: string | null, childCount: number): PartyOrgView => ({
  id,
  parentId,
  kind: parentId ? 'branch' : 'communityCommittee',
  name: id,
  areaNodeId: null,
  childCount,
});

describe('buildPartyTree', () => {
  it('shows an expand arrow only where there are children still to load', () => {
    const [withKids, leaf] = buildPartyTree([org('a', null, 2), org('b', null, 0)], new Map());
    expect(withKids.children).toEqual([]);
    expect(leaf.children).toBeUndefined();
  });

  it('nests loaded children under their parent', () => {
    const tree = buildPartyTree([org('a', null, 1)], new Map([['a', [org('a1', 'a', 0)]]]));
    expect(tree[0].children?.map((c) => c.id)).toEqual(['a1']);
    expect(tree[0].children?.[0].children).toBeUndefined();
  });
});
