import { CASE_STATE_LABELS } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { getPublicCase, listPublicCases, type PublicCase, type PublicCaseFilter } from '../cases';
import { Open311Error, type ServiceRequestView } from './open311-wire';

/** What `GET requests` may filter on; `caseNos` overrides every other filter, as the spec says. */
export type RequestFilter = PublicCaseFilter;

/** ISO 8601 without milliseconds, as the spec's examples write it. */
function iso(d: Date | null): string | null {
  return d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

/** The absolute, signed URL a partner opens a stored photo with. */
export type MediaUrl = (key: string) => string;

/** The wire view of a public case (cases has already left out the sensitive ones and scrubbed the text). */
function toView(c: PublicCase, mediaUrl: MediaUrl): ServiceRequestView {
  return {
    service_request_id: c.caseNo,
    status: c.closed ? 'closed' : 'open',
    status_notes: c.note,
    service_name: c.categoryName,
    service_code: c.categoryCode,
    description: c.description,
    agency_responsible: c.agency,
    service_notice: `当前环节：${CASE_STATE_LABELS[c.state] ?? c.state}`,
    requested_datetime: iso(c.submittedAt)!,
    updated_datetime: iso(c.updatedAt)!,
    expected_datetime: iso(c.handlingDeadline),
    address: c.address,
    address_id: null,
    zipcode: null,
    lat: c.lat,
    long: c.lng,
    media_url: c.firstPhoto ? mediaUrl(c.firstPhoto) : null,
  };
}

/** Public service requests, newest first, one page: the cases module's public reader, put on the wire. */
export async function listPublicRequests(db: DbOrTx, filter: RequestFilter, mediaUrl: MediaUrl): Promise<{ items: ServiceRequestView[]; more: boolean }> {
  const page = await listPublicCases(db, filter);
  if (!page) throw new Open311Error(400, `after：服务请求 ${filter.after} 不存在`);
  return { items: page.items.map((c) => toView(c, mediaUrl)), more: page.more };
}

/** One public service request by its case number; 404 when there is none. */
export async function getPublicRequest(db: DbOrTx, caseNo: string, mediaUrl: MediaUrl): Promise<ServiceRequestView> {
  const found = await getPublicCase(db, caseNo);
  if (!found) throw new Open311Error(404, `服务请求 ${caseNo} 不存在`);
  return toView(found, mediaUrl);
}
