import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { okResponse, pageOf } from '@linli/shared';
import { z } from 'zod';
import { apiGet, apiPost, withQuery } from '../../api/client';
import { NOTIFICATIONS_KEY } from './notification-keys';

/**
 * One in-app notification. The server declares this shape inline in its notification routes (no
 * shared contract yet), so it is repeated here; it should move to @linli/shared.
 */
export const notificationView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationView>;

const notificationPage = pageOf(notificationView).extend({ unread: z.number().int() });
type NotificationPage = z.infer<typeof notificationPage>;

export { NOTIFICATIONS_KEY } from './notification-keys';

/** The caller's notifications, newest first, page by page; the first page carries the unread count. */
export function useNotifications(enabled = true) {
  return useInfiniteQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ pageParam }) => apiGet(withQuery('/api/notifications', { limit: 20, after: pageParam }), notificationPage),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Puts a pushed notification on top of the cached list and bumps the unread count at once. */
export function prependNotification(data: InfiniteData<NotificationPage, string | undefined> | undefined, n: NotificationView) {
  if (!data || data.pages.length === 0) return data;
  const [first, ...rest] = data.pages;
  if (first.items.some((x) => x.id === n.id)) return data;
  return { ...data, pages: [{ ...first, items: [n, ...first.items], unread: first.unread + (n.read ? 0 : 1) }, ...rest] };
}

/** Marks one notification (or, without an id, all) as read, updating the cached list straight away. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => apiPost('/api/notifications/read', id ? { id } : {}, okResponse),
    onMutate: (id?: string) => {
      client.setQueryData<InfiniteData<NotificationPage, string | undefined>>(NOTIFICATIONS_KEY, (data) => {
        if (!data) return data;
        const wasUnread = (n: NotificationView) => !n.read && (!id || n.id === id);
        const cleared = data.pages.flatMap((p) => p.items).filter(wasUnread).length;
        return {
          ...data,
          pages: data.pages.map((p, i) => ({
            ...p,
            items: p.items.map((n) => (wasUnread(n) ? { ...n, read: true } : n)),
            unread: i === 0 ? (id ? Math.max(0, p.unread - cleared) : 0) : p.unread,
          })),
        };
      });
    },
    onError: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
