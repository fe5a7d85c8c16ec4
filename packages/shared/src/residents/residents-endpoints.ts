import { readOf, writeOf } from '../access/access-of';
import { idParams, pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { importReport, listResidentsQuery, residentDetail, residentListItem, revealRequest, revealResponse } from './contracts';

const tag = 'residents';

/** The residents module's endpoints: search, detail, the audited reveal, and the household-ledger import and export. */
export const residentsEndpoints = {
  /** A JSON page, or with `format=xlsx` the masked Excel export. */
  list: defineEndpoint({
    method: 'GET',
    path: '/api/residents',
    tag,
    access: readOf('resident'),
    query: listResidentsQuery,
    response: pageOf(residentListItem),
  }),
  detail: defineEndpoint({ method: 'GET', path: '/api/residents/:id', tag, access: readOf('resident'), params: idParams, response: residentDetail }),
  reveal: defineEndpoint({
    method: 'POST',
    path: '/api/residents/:id/reveal',
    tag,
    access: readOf('residentIdentity'),
    params: idParams,
    body: revealRequest,
    response: revealResponse,
  }),
  /** The empty ledger template (a workbook, not JSON). */
  importTemplate: defineEndpoint({ method: 'GET', path: '/api/residents/import/template', tag, access: readOf('resident') }),
  import: defineEndpoint({ method: 'POST', path: '/api/residents/import', tag, access: writeOf('resident'), response: importReport, multipart: true }),
};
