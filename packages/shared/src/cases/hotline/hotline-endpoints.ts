import { readOf, writeOf } from '../../access/access-of';
import { okResponse } from '../../common/page';
import { defineEndpoint } from '../../http/define-endpoint';
import {
  assignComplexLeaderRequest,
  complexAssignmentView,
  complexLeaderCandidates,
  complexLeaderCandidatesQuery,
  hotlineImportReport,
  topComplexesQuery,
  topComplexesResponse,
  unassignComplexLeaderQuery,
} from './hotline-contracts';

const tag = 'hotline';

/** 12345 hotline endpoints: order import and its template, the worst-complexes report, 帮包整治 assignments. */
export const hotlineEndpoints = {
  /** The import template workbook (a file, not JSON). */
  importTemplate: defineEndpoint({ method: 'GET', path: '/api/hotline/import/template', tag, access: readOf('hotline') }),
  import: defineEndpoint({ method: 'POST', path: '/api/hotline/import', tag, access: writeOf('hotline'), response: hotlineImportReport, multipart: true }),
  /** The report as JSON, or with `format=xlsx` as a workbook. */
  topComplexes: defineEndpoint({
    method: 'GET',
    path: '/api/hotline/top-complexes',
    tag,
    access: readOf('hotline'),
    query: topComplexesQuery,
    response: topComplexesResponse,
  }),
  leaderCandidates: defineEndpoint({
    method: 'GET',
    path: '/api/hotline/top-complexes/leaders',
    tag,
    access: readOf('hotlineAssignment'),
    query: complexLeaderCandidatesQuery,
    response: complexLeaderCandidates,
  }),
  assign: defineEndpoint({
    method: 'POST',
    path: '/api/hotline/top-complexes/assign',
    tag,
    access: writeOf('hotlineAssignment'),
    body: assignComplexLeaderRequest,
    response: complexAssignmentView,
  }),
  unassign: defineEndpoint({
    method: 'DELETE',
    path: '/api/hotline/top-complexes/assign',
    tag,
    access: writeOf('hotlineAssignment'),
    query: unassignComplexLeaderQuery,
    response: okResponse,
  }),
};
