import type { DbOrTx } from '../db/database';
import { newId } from '../ids';
import { auditLog } from './audit.tables';

/** Who did something, as the audit log records it. */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  ip: string | null;
}

/** One audit entry to append. */
export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string;
  path?: string;
  detail?: Record<string, unknown>;
}

/** The row an audit entry is stored as (for writers that batch their own inserts). */
export function auditRow(actor: AuditActor, event: AuditEvent): typeof auditLog.$inferInsert {
  return {
    id: newId(),
    userId: actor.userId,
    username: actor.username,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    path: event.path ?? null,
    detail: event.detail ?? null,
    ip: actor.ip,
  };
}

/** Appends an audit entry; call it inside the same transaction as the write it records. */
export async function recordAudit(db: DbOrTx, actor: AuditActor, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values(auditRow(actor, event));
}
