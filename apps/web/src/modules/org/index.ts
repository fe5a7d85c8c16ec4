/** The org module's public face on the web: other modules import only from here. */
export { fetchOrgChildren, orgKeys, useOrgChildren, useOrgNode } from './org-queries';
export { AreaTreeSelect, type AreaValue } from './AreaTreeSelect';
export { NodeTreeSelect } from './NodeTreeSelect';
/** The building a notice board's QR code opens the report page at. */
export { useReportPlace } from './notice-board/notice-board-queries';
