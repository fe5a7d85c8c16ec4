import { readOf } from '../access/access-of';
import { pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { auditEntry, auditPeopleQuery, auditPeopleResponse, listAuditQuery } from './contracts';

const tag = 'audit';

/** The audit module's endpoints: the log (a JSON page, or with `format=xlsx` the Excel export) and its person picker. */
export const auditEndpoints = {
  list: defineEndpoint({ method: 'GET', path: '/api/audit', tag, access: readOf('audit'), query: listAuditQuery, response: pageOf(auditEntry) }),
  people: defineEndpoint({ method: 'GET', path: '/api/audit/people', tag, access: readOf('audit'), query: auditPeopleQuery, response: auditPeopleResponse }),
};
