/** The org module's public face: other modules import only from here. */
export { orgNodes, complexes, partyOrgs, settings } from './org.tables';
export { findNode as findNodeInScope, listNodeNamesOnPath } from './org.repository';
export { registerOrgRoutes } from './org.routes';
export { findOrgNode, orgNodeCache, type OrgNodeRef } from './node-lookup';
export { ancestorPaths, childPath } from './org-paths';
export { createRandom, type Random } from './demo/random';
export { createBatchWriter, type BatchWriter } from './demo/batch-writer';
