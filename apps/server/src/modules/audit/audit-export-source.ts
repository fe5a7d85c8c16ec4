import { and, sql } from 'drizzle-orm';
import { ADMIN_ROLES, auditExportFilters, type AuditEntry } from '@linli/shared';
import type { z } from 'zod';
import { requireRole } from '../../platform/auth/actor';
import { auditLog } from '../../platform/audit/audit.tables';
import { defineExportSource, type ExportSource } from '../../platform/exports/export-source';
import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { auditColumns } from './audit-export';
import { readAuditPage } from './audit-entries';
import { auditConditions } from './audit-filters';
import { auditNamersOf } from './audit-namers';

type AuditFilters = z.output<typeof auditExportFilters>;

/** The audit log as Excel (admins): every entry matching the filters, newest first, named as the page names them. */
export function auditExportSource(modules: readonly ModuleManifest[]): ExportSource<AuditFilters, AuditEntry> {
  const namers = auditNamersOf(modules);
  return defineExportSource<AuditFilters, AuditEntry>({
    kind: 'audit',
    recordKind: 'audit',
    auditAction: 'audit.export',
    title: '审计日志',
    columns: auditColumns,
    async count(deps, actor, filters) {
      requireRole(actor, ADMIN_ROLES);
      const conditions = await auditConditions(deps.db, namers, filters);
      const [row] = await deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .where(and(...conditions));
      return row.n;
    },
    async page(deps, actor, filters, after, limit) {
      requireRole(actor, ADMIN_ROLES);
      const conditions = await auditConditions(deps.db, namers, filters);
      // The cursor is the last entry's id: it never leaves the server, so it needs no signature.
      const page = await readAuditPage(deps.db, namers, conditions, after, limit);
      return { items: page.entries, nextCursor: page.more ? (page.entries.at(-1)?.id ?? null) : null };
    },
  });
}
