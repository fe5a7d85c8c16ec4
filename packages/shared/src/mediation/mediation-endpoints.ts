import { readOf, writeOf } from '../access/access-of';
import { idParams, pageOf } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { z } from 'zod';
import {
  addMediatorRequest,
  applyDisputeRequest,
  committeeDetail,
  committeeView,
  createCommitteeRequest,
  createDisputeRequest,
  createScreeningRequest,
  disputeActionRequest,
  disputeDetail,
  disputeFromCaseRequest,
  disputeListItem,
  listCommitteesQuery,
  listDisputesQuery,
  mediationAreaFiguresQuery,
  mediationAreaFiguresResponse,
  mediationFiguresQuery,
  mediationFiguresResponse,
  myDisputeView,
  partyInput,
  partyParams,
  revealPartyRequest,
  setDossierItemRequest,
  updatePartyRequest,
} from './mediation-contracts';

const tag = 'mediation';
const committeeRead = readOf('mediationCommittee');
const committeeWrite = writeOf('mediationCommittee');
const read = readOf('dispute');
const write = writeOf('dispute');

/** The mediation module's endpoints (DOMAIN §6): committees and mediators, disputes and their workflow, documents, figures. */
export const mediationEndpoints = {
  // ---- committees 人民调解委员会, mediators, screening rounds 排查
  createCommittee: defineEndpoint({
    method: 'POST',
    path: '/api/mediation-committees',
    tag,
    access: committeeWrite,
    body: createCommitteeRequest,
    response: committeeDetail,
    status: 201,
  }),
  committees: defineEndpoint({
    method: 'GET',
    path: '/api/mediation-committees',
    tag,
    access: committeeRead,
    query: listCommitteesQuery,
    response: z.object({ items: z.array(committeeView) }),
  }),
  committee: defineEndpoint({ method: 'GET', path: '/api/mediation-committees/:id', tag, access: committeeRead, params: idParams, response: committeeDetail }),
  addMediator: defineEndpoint({
    method: 'POST',
    path: '/api/mediation-committees/:id/mediators',
    tag,
    access: committeeWrite,
    params: idParams,
    body: addMediatorRequest,
    response: committeeDetail,
    status: 201,
  }),
  addScreening: defineEndpoint({
    method: 'POST',
    path: '/api/mediation-committees/:id/screenings',
    tag,
    access: write,
    params: idParams,
    body: createScreeningRequest,
    response: committeeDetail,
    status: 201,
  }),

  // ---- disputes
  createDispute: defineEndpoint({
    method: 'POST',
    path: '/api/disputes',
    tag,
    access: write,
    body: createDisputeRequest,
    response: disputeDetail,
    status: 201,
  }),
  disputeFromCase: defineEndpoint({
    method: 'POST',
    path: '/api/disputes/from-case/:id',
    tag,
    access: write,
    params: idParams,
    body: disputeFromCaseRequest,
    response: disputeDetail,
    status: 201,
  }),
  /** A JSON page, or with `format=xlsx` the Excel list (names masked; the handler then asks `export`). */
  disputes: defineEndpoint({ method: 'GET', path: '/api/disputes', tag, access: read, query: listDisputesQuery, response: pageOf(disputeListItem) }),
  dispute: defineEndpoint({ method: 'GET', path: '/api/disputes/:id', tag, access: read, params: idParams, response: disputeDetail }),
  act: defineEndpoint({
    method: 'POST',
    path: '/api/disputes/:id/actions',
    tag,
    access: write,
    params: idParams,
    body: disputeActionRequest,
    response: disputeDetail,
  }),
  addParty: defineEndpoint({
    method: 'POST',
    path: '/api/disputes/:id/parties',
    tag,
    access: write,
    params: idParams,
    body: partyInput,
    response: disputeDetail,
    status: 201,
  }),
  updateParty: defineEndpoint({
    method: 'PUT',
    path: '/api/disputes/:id/parties/:partyId',
    tag,
    access: write,
    params: partyParams,
    body: updatePartyRequest,
    response: disputeDetail,
  }),
  removeParty: defineEndpoint({
    method: 'DELETE',
    path: '/api/disputes/:id/parties/:partyId',
    tag,
    access: write,
    params: partyParams,
    response: disputeDetail,
  }),
  setDossierItem: defineEndpoint({
    method: 'PUT',
    path: '/api/disputes/:id/dossier',
    tag,
    access: write,
    params: idParams,
    body: setDossierItemRequest,
    response: disputeDetail,
  }),
  revealParty: defineEndpoint({
    method: 'POST',
    path: '/api/disputes/:id/parties/:partyId/reveal',
    tag,
    access: readOf('disputePartyIdentity'),
    params: partyParams,
    body: revealPartyRequest,
    response: z.object({ field: z.enum(['phone', 'idNumber']), value: z.string().nullable() }),
  }),
  /** The agreement 人民调解协议书 as an A4 PDF (a written agreement only). */
  agreementPdf: defineEndpoint({ method: 'GET', path: '/api/disputes/:id/agreement.pdf', tag, access: read, params: idParams }),
  /** The dossier cover 卷宗封面 as an A4 PDF. */
  dossierCoverPdf: defineEndpoint({ method: 'GET', path: '/api/disputes/:id/dossier-cover.pdf', tag, access: read, params: idParams }),
  myDisputes: defineEndpoint({ method: 'GET', path: '/api/my-disputes', tag, access: read, response: z.object({ items: z.array(myDisputeView) }) }),
  /** A resident applies for mediation 申请调解 from the phone; the dispute lands with their community's committee. */
  applyDispute: defineEndpoint({
    method: 'POST',
    path: '/api/my-disputes',
    tag,
    access: writeOf('disputeApplication'),
    body: applyDisputeRequest,
    response: myDisputeView,
    status: 201,
  }),

  // ---- figures
  figures: defineEndpoint({
    method: 'GET',
    path: '/api/mediation-figures',
    tag,
    access: readOf('mediationStats'),
    query: mediationFiguresQuery,
    response: mediationFiguresResponse,
  }),
  /** One area's figures and its child areas' over a period: the command-centre dashboard's 人民调解 panel. */
  areaFigures: defineEndpoint({
    method: 'GET',
    path: '/api/mediation-figures/areas',
    tag,
    access: readOf('mediationStats'),
    query: mediationAreaFiguresQuery,
    response: mediationAreaFiguresResponse,
  }),
};
