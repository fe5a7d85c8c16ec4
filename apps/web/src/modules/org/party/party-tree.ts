import type { PartyOrgView } from '@linli/shared';

/** A party organisation row of the tree table; `children` is `[]` until loaded (shows the expand arrow). */
export interface PartyOrgRow extends PartyOrgView {
  children?: PartyOrgRow[];
}

/** Builds tree rows from the loaded children per parent id; unloaded parents get `[]`, leaves none. */
export function buildPartyTree(roots: readonly PartyOrgView[], loaded: ReadonlyMap<string, readonly PartyOrgView[]>): PartyOrgRow[] {
  return roots.map((org) => {
    const kids = loaded.get(org.id);
    if (kids === undefined) return { ...org, children: org.childCount > 0 ? [] : undefined };
    return { ...org, children: kids.length ? buildPartyTree(kids, loaded) : undefined };
  });
}
