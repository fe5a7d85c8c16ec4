import { and, eq, gte, inArray, lt, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { CASE_STATE_LABELS, TERMINAL_CASE_STATES, redactText, type CaseState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { newestFirst } from '../../platform/db/newest-first';
import { caseCategories, caseDepartments, caseEvents, cases, notSensitiveCase } from '../cases';
import { orgNodes } from '../org';
import { Open311Error, type ServiceRequestView } from './open311-wire';

/** What `GET requests` may filter on; `caseNos` overrides every other filter, as the spec says. */
export interface RequestFilter {
  caseNos?: string[];
  serviceCodes?: string[];
  statuses?: ('open' | 'closed')[];
  start: Date;
  end: Date;
  /** Case number of the last request of the previous page (keyset: older ones follow). */
  after?: string;
  limit: number;
}

/** The tier's own unit for a case nobody was assigned: its street (2 path codes) or community (3). */
function tierUnitPath(depth: number): SQL {
  return sql`'/' || array_to_string((string_to_array(trim(both '/' from ${cases.path}), '/'))[1:${sql.raw(String(depth))}], '/') || '/'`;
}

/** The unit now responsible, by id: the assigned department or team, else the whistled lead department. */
const assignedUnit = sql`coalesce(${cases.assigneeNodeId}, (select ${caseDepartments.departmentId} from ${caseDepartments} where ${caseDepartments.caseId} = ${cases.id} and ${caseDepartments.role} = 'lead' order by ${caseDepartments.departmentId} limit 1))`;

/**
 * The only case columns the public channel reads, plus the latest public timeline note and the
 * name of the unit now responsible, as subqueries: one statement per page instead of four round
 * trips (the subqueries run only for the rows the LIMIT keeps, each one index probe).
 * `reporterName` is read solely to scrub it out of free text; no reporter field, phone or ID
 * number is ever put on the wire.
 */
const publicColumns = {
  id: cases.id,
  caseNo: cases.caseNo,
  state: cases.state,
  description: cases.description,
  address: cases.address,
  lat: cases.lat,
  lng: cases.lng,
  photos: cases.photos,
  submittedAt: cases.submittedAt,
  updatedAt: cases.updatedAt,
  handlingDeadline: cases.handlingDeadline,
  reporterName: cases.reporterName,
  categoryCode: caseCategories.code,
  categoryName: caseCategories.name,
  // Internal steps never: only public notes that say something.
  note: sql<
    string | null
  >`(select ${caseEvents.note} from ${caseEvents} where ${caseEvents.caseId} = ${cases.id} and ${caseEvents.isPublic} and ${caseEvents.note} <> '' order by ${caseEvents.at} desc, ${caseEvents.id} desc limit 1)`,
  // Assigned or lead unit; otherwise the tier's own street, community or grid.
  agency: sql<string | null>`case
    when ${assignedUnit} is not null then (select ${orgNodes.name} from ${orgNodes} where ${orgNodes.id} = ${assignedUnit})
    when ${cases.tier} = 'street' then (select ${orgNodes.name} from ${orgNodes} where ${orgNodes.path} = ${tierUnitPath(2)})
    when ${cases.tier} = 'community' then (select ${orgNodes.name} from ${orgNodes} where ${orgNodes.path} = ${tierUnitPath(3)})
    else (select ${orgNodes.name} from ${orgNodes} where ${orgNodes.id} = ${cases.gridId}) end`,
};

type PublicRow = Awaited<ReturnType<typeof selectRows>>[number];

const CLOSED_STATES = TERMINAL_CASE_STATES as CaseState[];

function selectRows(db: DbOrTx, where: SQL | undefined, limit: number) {
  return (
    db
      .select(publicColumns)
      .from(cases)
      .leftJoin(caseCategories, eq(caseCategories.id, cases.categoryId))
      // Disputes, public security and vulnerable people are never public, whatever the filter (DESIGN rule 5).
      .where(and(where, notSensitiveCase()))
      // Same direction and null order as `cases_id_desc_idx`, so the page is read straight off it (DESIGN pitfalls).
      .orderBy(newestFirst(cases.id))
      .limit(limit)
  );
}

const DAY_MS = 86_400_000;

/** The smallest UUIDv7 minted at `ms` (ids compare bytewise, time first). */
export function uuidFloor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/** ISO 8601 without milliseconds, as the spec's examples write it. */
function iso(d: Date | null): string | null {
  return d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

/** The absolute, signed URL a partner opens a stored photo with. */
export type MediaUrl = (key: string) => string;

/** The public views of the rows, free text scrubbed, the first photo as an absolute URL. */
function toViews(rows: PublicRow[], mediaUrl: MediaUrl): ServiceRequestView[] {
  return rows.map((r): ServiceRequestView => {
    const scrub = (text: string) => redactText(text, [r.reporterName]);
    return {
      service_request_id: r.caseNo,
      status: CLOSED_STATES.includes(r.state as CaseState) ? 'closed' : 'open',
      status_notes: r.note ? scrub(r.note) : null,
      service_name: r.categoryName,
      service_code: r.categoryCode,
      description: scrub(r.description),
      agency_responsible: r.agency ?? null,
      service_notice: `当前环节：${CASE_STATE_LABELS[r.state as CaseState] ?? r.state}`,
      requested_datetime: iso(r.submittedAt)!,
      updated_datetime: iso(r.updatedAt)!,
      expected_datetime: iso(r.handlingDeadline),
      address: scrub(r.address),
      address_id: null,
      zipcode: null,
      lat: r.lat,
      long: r.lng,
      media_url: r.photos[0] ? mediaUrl(r.photos[0]) : null,
    };
  });
}

/**
 * Public service requests, newest first, one page. Every case of every district the deployment
 * runs is public here, through the fields above only, except those in a sensitive category.
 */
export async function listPublicRequests(db: DbOrTx, filter: RequestFilter, mediaUrl: MediaUrl): Promise<{ items: ServiceRequestView[]; more: boolean }> {
  const where: SQL[] = [];
  if (filter.caseNos) {
    where.push(inArray(cases.caseNo, filter.caseNos));
  } else {
    where.push(gte(cases.submittedAt, filter.start), lte(cases.submittedAt, filter.end));
    // Case ids are UUIDv7 minted when the row is written, never before the case was submitted, so
    // ids older than the window (less a day for clock skew) cannot match: the backward scan of
    // `cases_id_desc_idx` stops at the window's start even when few rows match the filters.
    where.push(gte(cases.id, uuidFloor(filter.start.getTime() - DAY_MS)));
    if (filter.serviceCodes) {
      where.push(inArray(cases.categoryId, db.select({ id: caseCategories.id }).from(caseCategories).where(inArray(caseCategories.code, filter.serviceCodes))));
    }
    const statuses = new Set(filter.statuses ?? []);
    if (statuses.size === 1) where.push(statuses.has('closed') ? inArray(cases.state, CLOSED_STATES) : notInArray(cases.state, CLOSED_STATES));
    if (filter.after) {
      const [last] = await db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, filter.after));
      if (!last) throw new Open311Error(400, `after：服务请求 ${filter.after} 不存在`);
      where.push(lt(cases.id, last.id));
    }
  }
  const rows = await selectRows(db, and(...where), filter.limit + 1);
  return { items: toViews(rows.slice(0, filter.limit), mediaUrl), more: rows.length > filter.limit };
}

/** One public service request by its case number; 404 when there is none. */
export async function getPublicRequest(db: DbOrTx, caseNo: string, mediaUrl: MediaUrl): Promise<ServiceRequestView> {
  const rows = await selectRows(db, eq(cases.caseNo, caseNo), 1);
  if (rows.length === 0) throw new Open311Error(404, `服务请求 ${caseNo} 不存在`);
  return toViews(rows, mediaUrl)[0];
}
