import type { PartyOrgKind } from '@linli/shared';
import { newId } from '../../../platform/ids';
import type { partyOrgs } from '../org.tables';
import { pathOf } from './divisions';
import type { WorldPlan } from './world';

type PartyOrgRow = typeof partyOrgs.$inferInsert;

/**
 * The party organisation tree mirrored on the area tree (DOMAIN §1): district committee → a
 * working committee per street (a town has its own 镇党委) → a committee per community (村党总支
 * in villages) → a branch per grid. Each row's `path` is its area node's path, so the same
 * prefix match scopes both trees. `nodeIdByPath` must hold every district, street, community and grid.
 */
export function partyOrgRows(plan: WorldPlan, nodeIdByPath: ReadonlyMap<string, string>): PartyOrgRow[] {
  const rows: PartyOrgRow[] = [];
  const add = (parentId: string | null, kind: PartyOrgKind, name: string, path: string): string => {
    const areaNodeId = nodeIdByPath.get(path);
    if (!areaNodeId) throw new Error(`no area node at ${path}`);
    const id = newId();
    rows.push({ id, parentId, kind, name, areaNodeId, path });
    return id;
  };
  const d = plan.district.code;
  const districtId = add(null, 'districtCommittee', `中共${plan.district.name}委员会`, pathOf(d));
  for (const street of plan.streets) {
    const streetName = street.isTown ? `中共${street.name}委员会` : `中共${street.name}工作委员会`;
    const streetId = add(districtId, 'workingCommittee', streetName, pathOf(d, street.code));
    for (const c of street.communities) {
      const communityId = add(streetId, 'communityCommittee', c.isVillage ? `${c.name}党总支` : `${c.name}党委`, pathOf(d, street.code, c.code));
      for (const g of c.grids) add(communityId, 'branch', `${g.name}党支部`, pathOf(d, street.code, c.code, g.code));
    }
  }
  return rows;
}
