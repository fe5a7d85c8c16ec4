import { and, eq, gte, inArray, lt, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { TERMINAL_CASE_STATES, redactText, type CaseState } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { newestFirst } from '../../platform/db/newest-first';
import { nodeNameAtPath, nodeNameOf } from '../org';
import { notSensitiveCase } from './case-access';
import { caseCategories, caseDepartments, caseEvents, cases } from './cases.tables';

// The one reader of cases for the public channel (Open311 asks through index.ts): only the fields
// below leave this file, free text already scrubbed of the reporter's name, sensitive categories never.

/** What a public listing may filter on; `caseNos` overrides every other filter (Open311's rule). */
export interface PublicCaseFilter {
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
    when ${assignedUnit} is not null then ${nodeNameOf(assignedUnit)}
    when ${cases.tier} = 'street' then ${nodeNameAtPath(tierUnitPath(2))}
    when ${cases.tier} = 'community' then ${nodeNameAtPath(tierUnitPath(3))}
    else ${nodeNameOf(cases.gridId)} end`,
};

type PublicRow = Awaited<ReturnType<typeof selectRows>>[number];

/** A case as the public may see it: no reporter, no phone, free text scrubbed of the reporter's name. */
export interface PublicCase {
  caseNo: string;
  state: CaseState;
  closed: boolean;
  /** The latest public timeline note, scrubbed; null without one. */
  note: string | null;
  categoryCode: string | null;
  categoryName: string | null;
  description: string;
  /** The unit now responsible (assigned, lead, or the tier's own unit). */
  agency: string | null;
  submittedAt: Date;
  updatedAt: Date;
  handlingDeadline: Date | null;
  address: string;
  lat: number | null;
  lng: number | null;
  /** Storage key of the first photo, if any. */
  firstPhoto: string | null;
}

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

/** The public view of the rows: free text scrubbed of the reporter's name, who never leaves this file. */
function toPublic(rows: PublicRow[]): PublicCase[] {
  return rows.map((r): PublicCase => {
    const scrub = (text: string) => redactText(text, [r.reporterName]);
    return {
      caseNo: r.caseNo,
      state: r.state as CaseState,
      closed: CLOSED_STATES.includes(r.state as CaseState),
      note: r.note ? scrub(r.note) : null,
      categoryCode: r.categoryCode,
      categoryName: r.categoryName,
      description: scrub(r.description),
      agency: r.agency ?? null,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      handlingDeadline: r.handlingDeadline,
      address: scrub(r.address),
      lat: r.lat,
      lng: r.lng,
      firstPhoto: r.photos[0] ?? null,
    };
  });
}

/**
 * Public cases, newest first, one page; null when `after` names no case. Every case of every
 * district the deployment runs is public here, through the fields above only, except those in a sensitive category.
 */
export async function listPublicCases(db: DbOrTx, filter: PublicCaseFilter): Promise<{ items: PublicCase[]; more: boolean } | null> {
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
      if (!last) return null;
      where.push(lt(cases.id, last.id));
    }
  }
  const rows = await selectRows(db, and(...where), filter.limit + 1);
  return { items: toPublic(rows.slice(0, filter.limit)), more: rows.length > filter.limit };
}

/** One public case by its number; null when there is none or it is sensitive. */
export async function getPublicCase(db: DbOrTx, caseNo: string): Promise<PublicCase | null> {
  const rows = await selectRows(db, eq(cases.caseNo, caseNo), 1);
  return rows.length === 0 ? null : toPublic(rows)[0];
}
