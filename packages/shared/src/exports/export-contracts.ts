import { z } from 'zod';
import { listAuditQuery } from '../audit/contracts';
import { listCasesQuery } from '../cases/case-contracts';
import { listMeetingsQuery, listSuggestionsQuery } from '../deliberation/deliberation-contracts';
import { listDisputesQuery } from '../mediation/mediation-contracts';
import { listResidentsQuery } from '../residents/contracts';

/** The lists that export through the background mechanism (a module declares each one's source). */
export const EXPORT_KINDS = ['cases', 'residents', 'audit', 'meetings', 'suggestions', 'disputes'] as const;

/** One of {@link EXPORT_KINDS}. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** What each export is called: the file's base name and the list's title. */
export const EXPORT_KIND_LABELS: Readonly<Record<ExportKind, string>> = {
  cases: '案件列表',
  residents: '居民信息',
  audit: '审计日志',
  meetings: '议事会台账',
  suggestions: '居民建议台账',
  disputes: '矛盾纠纷台账',
};

/** Where a background export stands: writing, file ready, failed (retry makes a new one), or the file removed after its keep time. */
export const EXPORT_STATES = ['running', 'ready', 'failed', 'expired'] as const;

/** One of {@link EXPORT_STATES}. */
export type ExportState = (typeof EXPORT_STATES)[number];

/** The export states in words. */
export const EXPORT_STATE_LABELS: Readonly<Record<ExportState, string>> = { running: '导出中', ready: '可下载', failed: '导出失败', expired: '已过期' };

/**
 * Rows an export may have and still be written inside the request (LINLI_EXPORT_IMMEDIATE_ROWS): a
 * `?format=xlsx` list above it is refused with EXPORT_TOO_LARGE, the export button sends it to the background.
 */
export const EXPORT_IMMEDIATE_ROWS = 5_000;

/** Hours a finished export's file is kept for download (LINLI_EXPORT_KEEP_HOURS). */
export const EXPORT_KEEP_HOURS = 24;

// The filters of each list as its page sends them, without paging and format: the export takes every matching row.
const paging = { limit: true, after: true, format: true } as const;

/** Filters of the case list export (as `GET /api/cases` takes them; in a JSON body `overdue` is a boolean). */
export const caseExportFilters = listCasesQuery.omit(paging).extend({ overdue: z.boolean().optional() });

/** Filters of the resident list export (as `GET /api/residents` takes them). */
export const residentExportFilters = listResidentsQuery.omit(paging);

/** Filters of the audit log export (as `GET /api/audit` takes them). */
export const auditExportFilters = listAuditQuery.omit(paging);

/** Filters of the meeting list export (as `GET /api/meetings` takes them; in a JSON body `unclosed` is a boolean). */
export const meetingExportFilters = listMeetingsQuery.extend({ unclosed: z.boolean().optional() });

/** Filters of the suggestion list export (as `GET /api/suggestions` takes them). */
export const suggestionExportFilters = listSuggestionsQuery.omit({ limit: true, after: true });

/** Filters of the dispute list export (as `GET /api/disputes` takes them; in a JSON body the yes/no filters are booleans). */
export const disputeExportFilters = listDisputesQuery.omit(paging).extend({ overdue: z.boolean().optional(), mine: z.boolean().optional() });

/** One background export as its requester sees it. */
export const exportJobView = z.object({
  id: z.string(),
  kind: z.enum(EXPORT_KINDS),
  title: z.string(),
  state: z.enum(EXPORT_STATES),
  rowsDone: z.number().int(),
  rowsTotal: z.number().int(),
  /** The download's file name once ready. */
  fileName: z.string().nullable(),
  /** Why it failed, in words; a failed export can be retried. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** When the file is removed (ready exports). */
  expiresAt: z.string().nullable(),
});
export type ExportJobView = z.infer<typeof exportJobView>;

/** The caller's exports, newest first. */
export const exportJobList = z.object({ items: z.array(exportJobView) });
