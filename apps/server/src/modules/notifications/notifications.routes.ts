import type { FastifyInstance } from 'fastify';
import { notificationEndpoints as ep, type NotificationView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { createEventStreams } from '../../platform/http/event-streams';
import { serve } from '../../platform/http/serve-endpoint';
import { requireActor } from '../../platform/auth/request-actor';
import { createLiveFeed, type LiveNotification } from './notifications.live';
import { listNotifications, markRead } from './notifications.service';

/** In-app notifications: list, mark read, and a live Server-Sent Events stream. */
export function registerNotificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  // One feed per app instance: it LISTENs on the database, so a notification written by any
  // instance reaches pages connected to this one.
  const live = createLiveFeed(deps.db, deps.listen);
  app.addHook('onClose', () => live.close());
  // Open streams are ended with a reconnect hint when the app closes (graceful shutdown).
  const streams = createEventStreams(app);

  serve(app, ep.list, async (req) => {
    const actor = await requireActor(deps, req);
    const cursor = deps.cursors.decode(req.query.after, 1);
    const { rows, unread } = await listNotifications(deps.db, actor.userId, cursor ? String(cursor[0]) : null, req.query.limit + 1);
    const page = rows.slice(0, req.query.limit);
    return {
      items: page.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), read: n.readAt !== null })),
      unread,
      nextCursor: rows.length > req.query.limit ? deps.cursors.encode([page[page.length - 1].id]) : null,
    };
  });

  serve(app, ep.markRead, async (req) => {
    const actor = await requireActor(deps, req);
    await markRead(deps.db, actor.userId, req.body.id);
    return { ok: true as const };
  });

  // Live push (SSE): each new notification for this user is written as one `data:` event. The
  // handler takes the raw socket over (hijack), so serve() only registers it; there is no answer to serialise.
  serve(app, ep.stream, async (req, reply) => {
    const actor = await requireActor(deps, req);
    const send = (row: LiveNotification) => {
      const event: NotificationView = { id: row.id, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString(), read: false };
      reply.raw.write(`data: ${JSON.stringify(event)}\n\n`);
    };
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
    const forget = streams.add(reply.raw);
    const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      forget();
      unsubscribe();
    });
  });
}
