import { and, lt, type SQL } from 'drizzle-orm';
import { auditActionLabel, auditRecordKindLabel, type AuditEntry } from '@linli/shared';
import type { AuditRecordName } from '../../platform/audit/audit-records';
import { auditLog } from '../../platform/audit/audit.tables';
import type { DbOrTx } from '../../platform/db/database';
import { newestFirst } from '../../platform/db/newest-first';
import type { AuditNamers } from './audit-namers';

type AuditRow = typeof auditLog.$inferSelect;

/** The names of one page's records, by kind then id: one query per kind present on the page, none per row. */
async function nameRecords(db: DbOrTx, namers: AuditNamers, rows: readonly AuditRow[]): Promise<Map<string, ReadonlyMap<string, AuditRecordName>>> {
  const idsByKind = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.targetType || !row.targetId) continue;
    idsByKind.set(row.targetType, (idsByKind.get(row.targetType) ?? new Set()).add(row.targetId));
  }
  const actorIds = new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])));
  for (const id of actorIds) idsByKind.set('user', (idsByKind.get('user') ?? new Set()).add(id));
  const names = new Map<string, ReadonlyMap<string, AuditRecordName>>();
  for (const [kind, ids] of idsByKind) {
    const namer = namers.get(kind);
    if (namer) names.set(kind, await namer.describe(db, [...ids]));
  }
  return names;
}

/** One stored row with the names the log shows. */
function entryOf(row: AuditRow, names: ReadonlyMap<string, ReadonlyMap<string, AuditRecordName>>): AuditEntry {
  const person = row.userId ? names.get('user')?.get(row.userId) : undefined;
  const named = row.targetType && row.targetId ? names.get(row.targetType)?.get(row.targetId) : undefined;
  return {
    id: row.id,
    at: row.at.toISOString(),
    username: row.username,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    actor: row.userId ? { id: row.userId, name: person?.label ?? row.username ?? '（已删除的账号）', post: person?.note ?? null } : null,
    targetType: row.targetType,
    targetId: row.targetId,
    record: row.targetType
      ? {
          kind: row.targetType,
          kindLabel: auditRecordKindLabel(row.targetType),
          id: row.targetId,
          // A record its module cannot name (deleted, or a kind no module names) shows its short id.
          label: named?.label ?? (row.targetId ? (row.targetId.length > 12 ? `…${row.targetId.slice(-8)}` : row.targetId) : ''),
          note: named?.note ?? null,
          href: named?.href ?? null,
        }
      : null,
    detail: row.detail ?? null,
    ip: row.ip,
  };
}

/** One page of the log, newest first, after the entry `afterId`, with the actors and records named; `more` says whether another page follows. */
export async function readAuditPage(
  db: DbOrTx,
  namers: AuditNamers,
  conditions: readonly SQL[],
  afterId: string | undefined,
  limit: number,
): Promise<{ entries: AuditEntry[]; more: boolean }> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions, afterId ? lt(auditLog.id, afterId) : undefined))
    .orderBy(newestFirst(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const names = await nameRecords(db, namers, page);
  return { entries: page.map((row) => entryOf(row, names)), more: rows.length > limit };
}
