import type { AppDeps } from '../../platform/app-deps';
import type { Actor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { auditedReveal } from '../../platform/privacy/audited-reveal';
import { actorFactsFor, servesCase } from './case-access';
import * as repo from './cases.repository';

/**
 * The reporter's full phone for someone serving the case, so a grid worker can call the resident back. The read
 * and its reason are audited first, within the person's hourly reveal budget. A neighbour or the reporter
 * (who see the case but do not serve it) get 404, as for a case out of reach: the number is not theirs to ask for.
 */
export async function revealReporterPhone(deps: AppDeps, actor: Actor, id: string, reason: string): Promise<{ value: string | null }> {
  const row = await repo.findVisibleCase(deps.db, actor, id);
  if (!row) notFound('案件');
  const departments = await repo.listDepartments(deps.db, id);
  if (!servesCase(actor, actorFactsFor(actor, row, departments), departments)) notFound('案件');
  const value = await auditedReveal(deps, actor, {
    action: 'cases.reveal.reporterPhone',
    targetType: 'case',
    targetId: id,
    path: row.path,
    field: 'reporterPhone',
    reason,
    stored: row.reporterPhoneEnc,
  });
  return { value };
}
