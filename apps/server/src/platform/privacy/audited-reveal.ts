import type { AppDeps } from '../app-deps';
import { recordAudit } from '../audit/audit';
import { auditActorOf, type Actor } from '../auth/actor';
import { AppError } from '../errors';
import { takeFromBudget } from '../rate-limit/rate-counter';

/** Full reveals a user may make per clock hour when LINLI_REVEAL_PER_HOUR is unset. */
export const DEFAULT_REVEAL_PER_HOUR = 30;

/** One encrypted value a module is about to show in full, and what the audit log says about it. */
export interface RevealRequest {
  /** The audit action of the read, e.g. `residents.reveal.phone`; a refusal is logged as `<module>.reveal.refused`. */
  action: string;
  /** What the record is and which one, for the audit row. */
  targetType: string;
  targetId: string;
  /** The record's area path, so the audit log can be read by area. */
  path?: string;
  /** The field, recorded with a refusal. */
  field: string;
  /** Why the person needs it, as they typed it. */
  reason: string;
  /** The stored ciphertext; null when nothing is registered. */
  stored: string | null;
}

/**
 * Decrypts one value for an explicit reveal; the read and its reason are audited first. All reveals of a
 * person share one hourly budget (residents' register, case reporters …): past it the reveal is refused
 * (REVEAL_LIMITED) and the refusal audited, so a stolen staff session cannot copy data out one reveal at a time.
 */
export async function auditedReveal(deps: AppDeps, actor: Actor, r: RevealRequest): Promise<string | null> {
  const limit = deps.revealPerHour ?? DEFAULT_REVEAL_PER_HOUR;
  const audit = auditActorOf(actor);
  if (!(await takeFromBudget(deps.db, { key: `reveal:${actor.userId}`, windowMs: 3600_000, limit }, deps.now ? deps.now() : new Date()))) {
    const refused = `${r.action.split('.')[0]}.reveal.refused`;
    await recordAudit(deps.db, audit, {
      action: refused,
      targetType: r.targetType,
      targetId: r.targetId,
      path: r.path,
      detail: { field: r.field, reason: r.reason, limit },
    });
    throw new AppError('REVEAL_LIMITED', `每小时最多查看 ${limit} 次完整信息，请稍后再试`);
  }
  await recordAudit(deps.db, audit, { action: r.action, targetType: r.targetType, targetId: r.targetId, path: r.path, detail: { reason: r.reason } });
  if (!r.stored) return null;
  try {
    return deps.cipher.decrypt(r.stored);
  } catch {
    throw new AppError('INTERNAL', '无法解密：数据密钥与写入时不一致（请检查 LINLI_SECRET）');
  }
}
