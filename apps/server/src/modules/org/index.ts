/** The org module's public face: other modules import only from here. */
export { findNode as findNodeInScope, listNodeNamesOnPath } from './org.repository';
/** The tree's scoped reads (nodes with counts, search, party organisations), for the directory's browse API. */
export * as orgTree from './org.repository';
export { findOrgNode, orgNodeCache, type OrgNodeRef } from './node-lookup';
export { ancestorPaths, childPath } from './org-paths';
export { findFirstGridUnder, findNodeByCode, findNodeByPath, listComplexes, listNodesOfKind, nodeNamesById, type TreeNode } from './tree-queries';
export { createRandom, type Random } from './demo/random';
export { createBatchWriter, type BatchWriter } from './demo/batch-writer';
/** Weighted random choice over a seeded `Random`, shared by the demo generators. */
export { weightedPicker } from './demo/random';
/** Demo district: its code, the generator, and whether/what was generated (main, cli, bench, tests). */
export {
  DEMO_DISTRICT_CODE,
  generateDemoTree,
  hasDemoDistrict,
  findDemoDistrict,
  type GenerateDemoOptions,
  type DemoTotals,
  type DemoDistrictWriters,
  type DemoHouseholdRow,
  type DemoResidentRow,
} from './demo/generate-district';
/** Loads a district's streets and communities from the bundled division data (cli). */
export { importDivisions } from './demo/divisions';
/** The org module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { orgModule } from './manifest';
/** One demo account with one post, as the demo tree asks auth to create it. */
export type { AccountSpec } from './demo/demo-accounts';
/** Reads of nodes and complexes by filter, one query each, for modules that place or label their rows on the tree. */
export {
  queryNodes,
  queryNode,
  requireCommunity,
  requireStaffCommunity,
  queryNodesWithParentName,
  listComplexBuildingsWithGrid,
  queryComplexes,
  type NodeRow,
  type NodeFilter,
  type NodeOrder,
  type ComplexRow,
  type ComplexFilter,
} from './node-queries';
/** SQL pieces (names beside rows, subtree conditions) for another module's own single query. */
export { nodeNameOf, nodeCodeOf, nodeDepthOf, nodeNameAtPath, complexNameOf, complexCommunityOf, complexHasBuildingUnder } from './node-sql';
/** The places a ledger import adds under a grid. */
export { ensureChildNode, ensureComplex, type PlaceRef } from './node-writes';
