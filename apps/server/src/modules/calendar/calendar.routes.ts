import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES, calendarEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { notFound } from '../../platform/errors';
import { serve } from '../../platform/http/serve-endpoint';
import { createChinaCalendar } from '../../platform/time/working-calendar';
import { auditActorOf, requireRole } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { deleteOverride, listOverrides, upsertOverride } from './calendar.service';

const official = createChinaCalendar();

/** Local day-off and make-up-workday overrides, managed by admins; limits pick them up at once. */
export function registerCalendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const reload = async () => {
    await deps.calendar.reload?.();
  };

  serve(app, ep.overrides, async (req) => {
    await requireActor(deps, req);
    const rows = await listOverrides(deps.db);
    return { items: rows.map((o) => ({ day: o.day, workday: o.workday, note: o.note, officialWorkday: official.isWorkday(o.day) })) };
  });

  serve(app, ep.setOverride, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, ADMIN_ROLES);
    await deps.db.transaction(async (tx) => {
      await upsertOverride(tx, { day: req.params.day, workday: req.body.workday, note: req.body.note, updatedBy: actor.userId });
      await recordAudit(tx, auditActorOf(actor), { action: 'calendar.override.set', targetType: 'day', targetId: req.params.day, detail: req.body });
    });
    await reload();
    return { day: req.params.day, workday: req.body.workday, note: req.body.note, officialWorkday: official.isWorkday(req.params.day) };
  });

  serve(app, ep.deleteOverride, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, ADMIN_ROLES);
    const removed = await deps.db.transaction(async (tx) => {
      const had = await deleteOverride(tx, req.params.day);
      if (had) await recordAudit(tx, auditActorOf(actor), { action: 'calendar.override.delete', targetType: 'day', targetId: req.params.day });
      return had;
    });
    if (!removed) notFound('调整日');
    await reload();
    return { ok: true as const };
  });
}
