import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { notificationEndpoints as ep, type NotificationPage, type NotificationView } from '@linli/shared';
import { call } from '../../api/client';
import { NOTIFICATIONS_KEY } from './notification-keys';

export { NOTIFICATIONS_KEY } from './notification-keys';

/** The caller's notifications, newest first, page by page; the first page carries the unread count. */
export function useNotifications(enabled = true) {
  return useInfiniteQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ pageParam }) => call(ep.list, { query: { limit: 20, after: pageParam } }),
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
    mutationFn: (id?: string) => call(ep.markRead, { body: id ? { id } : {} }),
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
