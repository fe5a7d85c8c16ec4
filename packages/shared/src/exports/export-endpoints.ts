import { exportOf, readOf, writeOf } from '../access/access-of';
import { idParams } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import {
  auditExportFilters,
  caseExportFilters,
  disputeExportFilters,
  exportJobList,
  exportJobView,
  meetingExportFilters,
  residentExportFilters,
  suggestionExportFilters,
} from './export-contracts';

const tag = 'exports';

/**
 * Excel exports of whole lists: one request route per list (asking that record kind's `export`; the
 * scope is the caller's at request time), then the caller's own exports, their progress, file and retry.
 */
export const exportEndpoints = {
  requestCases: defineEndpoint({
    method: 'POST',
    path: '/api/exports/cases',
    tag,
    access: exportOf('case'),
    body: caseExportFilters,
    response: exportJobView,
    status: 201,
  }),
  requestResidents: defineEndpoint({
    method: 'POST',
    path: '/api/exports/residents',
    tag,
    access: exportOf('resident'),
    body: residentExportFilters,
    response: exportJobView,
    status: 201,
  }),
  requestAudit: defineEndpoint({
    method: 'POST',
    path: '/api/exports/audit',
    tag,
    access: exportOf('audit'),
    body: auditExportFilters,
    response: exportJobView,
    status: 201,
  }),
  requestMeetings: defineEndpoint({
    method: 'POST',
    path: '/api/exports/meetings',
    tag,
    access: exportOf('meeting'),
    body: meetingExportFilters,
    response: exportJobView,
    status: 201,
  }),
  requestSuggestions: defineEndpoint({
    method: 'POST',
    path: '/api/exports/suggestions',
    tag,
    access: exportOf('suggestion'),
    body: suggestionExportFilters,
    response: exportJobView,
    status: 201,
  }),
  requestDisputes: defineEndpoint({
    method: 'POST',
    path: '/api/exports/disputes',
    tag,
    access: exportOf('dispute'),
    body: disputeExportFilters,
    response: exportJobView,
    status: 201,
  }),
  mine: defineEndpoint({ method: 'GET', path: '/api/exports', tag, access: readOf('exportJob'), response: exportJobList }),
  detail: defineEndpoint({ method: 'GET', path: '/api/exports/:id', tag, access: readOf('exportJob'), params: idParams, response: exportJobView }),
  /** The finished workbook (only its requester's); not JSON. */
  file: defineEndpoint({ method: 'GET', path: '/api/exports/:id/file', tag, access: readOf('exportJob'), params: idParams }),
  /** A failed or expired export run again with the same filters and the scope it was asked with. */
  retry: defineEndpoint({
    method: 'POST',
    path: '/api/exports/:id/retry',
    tag,
    access: writeOf('exportJob'),
    params: idParams,
    response: exportJobView,
    status: 201,
  }),
};
