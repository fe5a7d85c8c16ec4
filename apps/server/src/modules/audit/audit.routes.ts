import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { newestFirst } from '../../platform/db/newest-first';
import { ADMIN_ROLES, auditEntry, listAuditQuery, pageOf, type AuditEntry } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { auditLog } from '../../platform/audit/audit.tables';
import { escapeLike } from '../../platform/auth/data-scope';
import { buildWorkbook, sendWorkbook } from '../../platform/excel/xlsx-writer';
import { requireActor } from '../../platform/auth/request-actor';
import { requireRole } from '../../platform/auth/actor';

/** Beijing calendar day boundaries for the date filter. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The audit log, searchable by admins and exportable to Excel. */
export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', { schema: { tags: ['audit'], querystring: listAuditQuery, response: { 200: pageOf(auditEntry) } } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, ADMIN_ROLES);
    const { q, action, from, to, format } = req.query;
    const limit = format === 'xlsx' ? 10_000 : req.query.limit;
    const conditions: SQL[] = [];
    if (q) conditions.push(or(ilike(auditLog.username, `%${escapeLike(q)}%`), ilike(auditLog.targetId, `%${escapeLike(q)}%`)) as SQL);
    if (action) conditions.push(eq(auditLog.action, action));
    if (from) conditions.push(gte(auditLog.at, dayStart(from)));
    if (to) conditions.push(lt(auditLog.at, new Date(dayStart(to).getTime() + 86_400_000)));
    const cursor = deps.cursors.decode(req.query.after, 1);
    if (cursor) conditions.push(lt(auditLog.id, String(cursor[0])));
    const rows = await deps.db
      .select()
      .from(auditLog)
      .where(and(...conditions))
      .orderBy(newestFirst(auditLog.id))
      .limit(limit + 1);
    const page: AuditEntry[] = rows.slice(0, limit).map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      username: row.username,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      detail: row.detail ?? null,
      ip: row.ip,
    }));
    if (format === 'xlsx') {
      const book = await buildWorkbook(
        '审计日志',
        [
          { header: '时间', width: 22, value: (e: AuditEntry) => new Date(e.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) },
          { header: '用户', value: (e) => e.username },
          { header: '操作', width: 28, value: (e) => e.action },
          { header: '对象', width: 40, value: (e) => (e.targetType ? `${e.targetType}:${e.targetId}` : '') },
          { header: '详情', width: 50, value: (e) => (e.detail ? JSON.stringify(e.detail) : '') },
          { header: 'IP', value: (e) => e.ip },
        ],
        page,
      );
      return sendWorkbook(reply, '审计日志', book);
    }
    return { items: page, nextCursor: rows.length > limit ? deps.cursors.encode([page[page.length - 1].id]) : null };
  });
}
