import { z } from 'zod';

/** One in-app notification as the list and the live stream show it. */
export const notificationView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationView>;

/** `GET /api/notifications`: keyset page of the caller's notifications. */
export const listNotificationsQuery = z.object({ after: z.string().max(400).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) });

/** A page of notifications; the unread count covers all of them, not the page. */
export const notificationPage = z.object({ items: z.array(notificationView), unread: z.number().int(), nextCursor: z.string().nullable() });
export type NotificationPage = z.infer<typeof notificationPage>;

/** `POST /api/notifications/read`: one notification, or all of them without an id. */
export const markReadRequest = z.object({ id: z.uuid().optional() });
