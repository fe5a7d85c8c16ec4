import { z } from 'zod';
import { pageQuery } from '../common/page';

/**
 * `GET /api/audit`: search the audit log by person (`userId`), action, record (`kind` and/or
 * `record`, its number or title) and Beijing date range; `q` matches the username or record id.
 */
export const listAuditQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  userId: z.uuid().optional(),
  action: z.string().max(64).optional(),
  kind: z.string().max(40).optional(),
  record: z.string().trim().max(60).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

/** A person as the log names them: display name and their post (role and where), null for a system step. */
export const auditPerson = z.object({ id: z.string(), name: z.string(), post: z.string().nullable() });
export type AuditPerson = z.infer<typeof auditPerson>;

/** The record an entry points at, as its module names it: number or title, a second line, and the console path that opens it. */
export const auditRecord = z.object({
  kind: z.string(),
  kindLabel: z.string(),
  id: z.string().nullable(),
  label: z.string(),
  note: z.string().nullable(),
  href: z.string().nullable(),
});
export type AuditRecord = z.infer<typeof auditRecord>;

/** One audit entry: the stored codes plus the names the log shows (`actionLabel`, `actor`, `record`). */
export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  actor: auditPerson.nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  record: auditRecord.nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** `GET /api/audit/people`: accounts by name or username, for the log's person filter. */
export const auditPeopleQuery = z.object({ q: z.string().trim().max(50).default('') });

/** The people matching `q`. */
export const auditPeopleResponse = z.object({ items: z.array(auditPerson) });
