import { openTo, readOf, writeOf } from '../access/access-of';
import { idParams, pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import {
  caseActionRequest,
  caseCategoryList,
  caseCategoryView,
  caseDetail,
  caseListItem,
  createCaseRequest,
  intakeHeaders,
  listCasesQuery,
  myWorkQuery,
  myWorkResponse,
  photoFileParams,
  photoLinkQuery,
  revealReporterPhoneRequest,
  revealReporterPhoneResponse,
  suggestQuery,
  suggestResponse,
  updateCategoryRequest,
  uploadedPhotos,
} from './case-contracts';
import { caseStatsQuery, caseStatsResponse } from './stats/case-stats-contracts';

const tag = 'cases';

/** The cases module's endpoints: intake, lists, detail, workflow actions, categories, figures and photos. */
export const caseEndpoints = {
  categories: defineEndpoint({ method: 'GET', path: '/api/case-categories', tag, access: readOf('caseCategory'), response: caseCategoryList }),
  updateCategory: defineEndpoint({
    method: 'PUT',
    path: '/api/case-categories/:id',
    tag,
    access: writeOf('caseCategory'),
    params: idParams,
    body: updateCategoryRequest,
    response: caseCategoryView,
  }),
  /** A JSON page, or with `format=xlsx` the Excel export (the handler then asks `export`). */
  list: defineEndpoint({ method: 'GET', path: '/api/cases', tag, access: readOf('case'), query: listCasesQuery, response: pageOf(caseListItem) }),
  create: defineEndpoint({
    method: 'POST',
    path: '/api/cases',
    tag,
    access: writeOf('case'),
    body: createCaseRequest,
    headers: intakeHeaders,
    response: caseDetail,
    status: [200, 201],
  }),
  detail: defineEndpoint({ method: 'GET', path: '/api/cases/:id', tag, access: readOf('case'), params: idParams, response: caseDetail }),
  /** The reporter's full phone for staff serving the case: audited with its reason, within the hourly reveal budget. */
  revealReporterPhone: defineEndpoint({
    method: 'POST',
    path: '/api/cases/:id/reporter-phone',
    tag,
    access: readOf('caseReporterPhone'),
    params: idParams,
    body: revealReporterPhoneRequest,
    response: revealReporterPhoneResponse,
  }),
  act: defineEndpoint({
    method: 'POST',
    path: '/api/cases/:id/actions',
    tag,
    access: writeOf('case'),
    params: idParams,
    body: caseActionRequest,
    response: caseDetail,
  }),
  suggest: defineEndpoint({ method: 'GET', path: '/api/cases/suggest', tag, access: readOf('case'), query: suggestQuery, response: suggestResponse }),
  todo: defineEndpoint({ method: 'GET', path: '/api/cases/todo', tag, access: readOf('caseWork'), query: myWorkQuery, response: myWorkResponse }),
  /** Figures as JSON, or with `format=xlsx` as a workbook. */
  stats: defineEndpoint({ method: 'GET', path: '/api/cases/stats', tag, access: readOf('caseStats'), query: caseStatsQuery, response: caseStatsResponse }),
  uploadPhotos: defineEndpoint({ method: 'POST', path: '/api/uploads/photos', tag, access: writeOf('photo'), response: uploadedPhotos, multipart: true }),
  /** A stored photo (image bytes, not JSON). */
  photo: defineEndpoint({
    method: 'GET',
    path: '/api/files/:year/:month/:name',
    tag,
    access: openTo('a photo: a signed link, or a session that may read a record showing it (checked in the handler)'),
    params: photoFileParams,
    query: photoLinkQuery,
  }),
};
