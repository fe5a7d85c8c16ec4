/** The org module's public face on the web: other modules import only from here. */
export { fetchOrgChildren, orgKeys, useOrgChildren, useOrgNode } from './org-queries';
export { AreaTreeSelect, type AreaValue } from './AreaTreeSelect';
export { NodeTreeSelect } from './NodeTreeSelect';
