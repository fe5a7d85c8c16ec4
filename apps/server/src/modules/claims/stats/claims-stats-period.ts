import { isEmptyScope, pathInScope } from '../../../platform/auth/data-scope';
import type { DbOrTx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors';
import { localDay } from '../../../platform/time/deadlines';
import { type Actor } from '../../../platform/auth/actor';
import { queryNode, queryNodes } from '../../org';
import { staffScope } from '../claims-access';

/** A period [from, to) of Beijing calendar days, as days and as instants. */
export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** The instant a Beijing calendar day begins. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The Beijing day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return localDay(new Date(dayStart(day).getTime() + n * 86_400_000 + 12 * 3_600_000));
}

/** The period of a stats query: default this calendar month up to and including today; `to` after `from`, at most three years. */
export function periodOf(now: Date, from: string | undefined, to: string | undefined): Period {
  const today = localDay(now);
  const f = from ?? `${today.slice(0, 8)}01`;
  const t = to ?? addDays(today, 1);
  if (t <= f) throw new AppError('VALIDATION_FAILED', '结束日期须晚于开始日期', 'to');
  if (dayStart(t).getTime() - dayStart(f).getTime() > 3 * 366 * 86_400_000) throw new AppError('VALIDATION_FAILED', '统计区间最长三年', 'from');
  return { from: f, to: t, start: dayStart(f), end: dayStart(t) };
}

/** The calendar month `YYYY-MM` as a period. */
export function monthPeriod(month: string): Period {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: next, start: dayStart(`${month}-01`), end: dayStart(next) };
}

/** A community the figures count. */
export interface CommunityNode {
  id: string;
  path: string;
  name: string;
}

/**
 * The communities a figures request covers: those under `nodeId` (which must lie in the caller's
 * staff scope, else 404-like refusal naming the field) or the whole staff scope. Not staff: 403.
 */
export async function communitiesInScope(db: DbOrTx, actor: Actor, nodeId: string | undefined): Promise<CommunityNode[]> {
  const scope = staffScope(actor);
  if (isEmptyScope(scope)) throw new AppError('FORBIDDEN', '只有社区及以上工作人员可以查看统计');
  let under: string | undefined;
  if (nodeId) {
    const node = await queryNode(db, { id: nodeId });
    const covered = node && (pathInScope(node.path, scope) || scope.paths.some((p) => p.startsWith(node.path)));
    if (!covered) throw new AppError('VALIDATION_FAILED', '所选区域不在您的管辖范围内', 'nodeId');
    under = node.path;
  }
  const nodes = await queryNodes(db, { kinds: ['community'], scope, under }, 'path');
  return nodes.map((n) => ({ id: n.id, path: n.path, name: n.name }));
}
