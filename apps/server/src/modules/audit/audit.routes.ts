import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES, auditEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { sendImmediateExport } from '../../platform/exports/immediate-export';
import { serve } from '../../platform/http/serve-endpoint';
import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import { requireRole } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { auditConditions } from './audit-filters';
import { auditExportSource } from './audit-export-source';
import { readAuditPage } from './audit-entries';
import { auditNamersOf } from './audit-namers';

/** People offered by the person filter per search. */
const PEOPLE_PICKS = 20;

/** The audit log (searchable by admins, exportable to Excel) and its person picker; records are named by their modules' manifests. */
export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps, modules: readonly ModuleManifest[]): void {
  const namers = auditNamersOf(modules);
  const exportSource = auditExportSource(modules);

  serve(app, ep.list, async (req, reply) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, ADMIN_ROLES);
    const { limit, after, format, ...filters } = req.query;
    // Every matching entry, or at once EXPORT_TOO_LARGE when more match than a request writes (the page's button exports in the background).
    if (format === 'xlsx') return sendImmediateExport(reply, deps, actor, exportSource, filters);
    const conditions = await auditConditions(deps.db, namers, filters);
    const cursor = deps.cursors.decode(after, 1);
    const page = await readAuditPage(deps.db, namers, conditions, cursor ? String(cursor[0]) : undefined, limit);
    return { items: page.entries, nextCursor: page.more ? deps.cursors.encode([page.entries[page.entries.length - 1].id]) : null };
  });

  serve(app, ep.people, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, ADMIN_ROLES);
    const users = namers.get('user');
    if (!users?.find) return { items: [] };
    const ids = await users.find(deps.db, req.query.q, PEOPLE_PICKS);
    const names = await users.describe(deps.db, ids);
    return {
      items: ids.flatMap((id) => {
        const name = names.get(id);
        return name ? [{ id, name: name.label, post: name.note ?? null }] : [];
      }),
    };
  });
}
