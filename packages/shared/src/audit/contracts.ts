import { z } from 'zod';
import { pageQuery } from '../common/page';

/** `GET /api/audit`: search the audit log by user, action or date range. */
export const listAuditQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  action: z.string().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

/** One audit entry. */
export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
