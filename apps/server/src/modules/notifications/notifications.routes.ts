import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okResponse } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import { createLiveFeed, type LiveNotification } from './notifications.live';
import { listNotifications, markRead } from './notifications.service';

const notificationView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

/** In-app notifications: list, mark read, and a live Server-Sent Events stream. */
export function registerNotificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // One feed per app instance: it LISTENs on the database, so a notification written by any
  // instance reaches pages connected to this one.
  const live = createLiveFeed(deps.db, deps.listen);
  app.addHook('onClose', () => live.close());
  r.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        querystring: z.object({ after: z.string().max(400).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(notificationView), unread: z.number().int(), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const actor = await requireActor(deps, req);
      const cursor = deps.cursors.decode(req.query.after, 1);
      const { rows, unread } = await listNotifications(deps.db, actor.userId, cursor ? String(cursor[0]) : null, req.query.limit + 1);
      const page = rows.slice(0, req.query.limit);
      return {
        items: page.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), read: n.readAt !== null })),
        unread,
        nextCursor: rows.length > req.query.limit ? deps.cursors.encode([page[page.length - 1].id]) : null,
      };
    },
  );

  r.post(
    '/api/notifications/read',
    { schema: { tags: ['notifications'], body: z.object({ id: z.uuid().optional() }), response: { 200: okResponse } } },
    async (req) => {
      const actor = await requireActor(deps, req);
      await markRead(deps.db, actor.userId, req.body.id);
      return { ok: true as const };
    },
  );

  // Live push (SSE): each new notification for this user is written as one `data:` event.
  r.get('/api/notifications/stream', { schema: { tags: ['notifications'] } }, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const send = (row: LiveNotification) =>
      reply.raw.write(
        `data: ${JSON.stringify({ id: row.id, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString(), read: false })}\n\n`,
      );
    // Listening before the stream says "connected": nothing committed after that is missed.
    const unsubscribe = await live.subscribe(actor.userId, send);
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write(': connected\n\n');
    const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
