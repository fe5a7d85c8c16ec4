import { readOf } from '../access/access-of';
import { idParams } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import {
  departmentsResponse,
  householdList,
  listNodesQuery,
  listPartyOrgsQuery,
  orgNodeDetail,
  orgNodeList,
  partyOrgList,
  searchHitList,
  searchQuery,
} from './contracts';

const tag = 'org';

/** The area tree's browse API (`/api/org/*`, served by the directory module): nodes, households, departments, search, party organisations. */
export const orgEndpoints = {
  /** Children as JSON, or with `format=xlsx` the Excel list. */
  nodes: defineEndpoint({ method: 'GET', path: '/api/org/nodes', tag, access: readOf('orgTree'), query: listNodesQuery, response: orgNodeList }),
  node: defineEndpoint({ method: 'GET', path: '/api/org/nodes/:id', tag, access: readOf('orgTree'), params: idParams, response: orgNodeDetail }),
  households: defineEndpoint({
    method: 'GET',
    path: '/api/org/nodes/:id/households',
    tag,
    access: readOf('household'),
    params: idParams,
    response: householdList,
  }),
  departments: defineEndpoint({ method: 'GET', path: '/api/org/departments', tag, access: readOf('orgTree'), response: departmentsResponse }),
  search: defineEndpoint({ method: 'GET', path: '/api/org/search', tag, access: readOf('orgTree'), query: searchQuery, response: searchHitList }),
  partyOrgs: defineEndpoint({ method: 'GET', path: '/api/org/party-orgs', tag, access: readOf('partyOrg'), query: listPartyOrgsQuery, response: partyOrgList }),
};
