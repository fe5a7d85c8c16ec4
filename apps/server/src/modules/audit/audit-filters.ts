import { and, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ListAuditQuery } from '@linli/shared';
import { auditLog } from '../../platform/audit/audit.tables';
import { escapeLike } from '../../platform/auth/data-scope';
import type { DbOrTx } from '../../platform/db/database';
import type { AuditNamers } from './audit-namers';

/** Most records one kind's search may match: a record filter is a number or a title, not a browse. */
const RECORD_MATCHES = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Beijing calendar day boundaries for the date filter. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The entries about records whose number or title matches `text`: each kind's module searches its own records. */
async function recordCondition(db: DbOrTx, namers: AuditNamers, kind: string | undefined, text: string): Promise<SQL> {
  if (UUID.test(text)) return eq(auditLog.targetId, text.toLowerCase());
  const kinds = kind ? [kind] : [...namers.keys()];
  const parts: SQL[] = [];
  for (const k of kinds) {
    const find = namers.get(k)?.find;
    if (!find) continue;
    const ids = await find(db, text, RECORD_MATCHES);
    if (ids.length) parts.push(and(eq(auditLog.targetType, k), inArray(auditLog.targetId, ids)) as SQL);
  }
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

/** The WHERE conditions of the log's filters (person, action, record kind and number, Beijing dates, free text). */
export async function auditConditions(db: DbOrTx, namers: AuditNamers, query: Omit<ListAuditQuery, 'limit' | 'after' | 'format'>): Promise<SQL[]> {
  const { q, userId, action, kind, record, from, to } = query;
  const conditions: SQL[] = [];
  if (q) conditions.push(or(ilike(auditLog.username, `%${escapeLike(q)}%`), ilike(auditLog.targetId, `%${escapeLike(q)}%`)) as SQL);
  if (userId) conditions.push(eq(auditLog.userId, userId));
  if (action) conditions.push(eq(auditLog.action, action));
  if (kind) conditions.push(eq(auditLog.targetType, kind));
  if (record) conditions.push(await recordCondition(db, namers, kind, record));
  if (from) conditions.push(gte(auditLog.at, dayStart(from)));
  if (to) conditions.push(lt(auditLog.at, new Date(dayStart(to).getTime() + 86_400_000)));
  return conditions;
}
