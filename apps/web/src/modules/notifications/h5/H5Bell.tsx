import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { notificationEndpoints, QueryOf, ResponseOf } from '@linli/shared';
import { withQuery } from '../../../api/client';
import { useNotificationEvents } from '../notification-events';
import { NOTIFICATIONS_KEY } from '../notification-keys';
import { NOTIFICATION_PATHS } from '../notification-paths';
import { linkFor } from '../notification-link';
import { BellGlyph } from '../../../h5/h5-glyphs';
import { shellGet } from '../../../h5/shell-api';

const H5NotificationDrawer = lazy(() => import('./H5NotificationDrawer').then((m) => ({ default: m.H5NotificationDrawer })));

interface Pushed {
  id: string;
  title: string;
  body: string;
  link: string | null;
}

/**
 * The H5 home's bell without antd: unread count (same cache as the console bell's list), live
 * pushes shown as a small banner that opens their page, and the antd drawer loaded on first tap.
 */
export function H5Bell() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [pushed, setPushed] = useState<Pushed | null>(null);
  const list = useInfiniteQuery({
    queryKey: NOTIFICATIONS_KEY,
    // Typed by the endpoint, not parsed: the shell stays without zod.
    queryFn: ({ pageParam }) =>
      shellGet<ResponseOf<typeof notificationEndpoints.list>>(
        withQuery(NOTIFICATION_PATHS.list, { limit: 20, after: pageParam } satisfies QueryOf<typeof notificationEndpoints.list>),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 5 * 60_000,
  });
  const unread = list.data?.pages[0]?.unread ?? 0;

  useNotificationEvents((data) => {
    const n = data as Pushed | null;
    if (typeof n?.title !== 'string') return;
    void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    void client.invalidateQueries({ queryKey: ['cases'] });
    setPushed(n);
  });

  useEffect(() => {
    if (!pushed) return;
    const timer = setTimeout(() => setPushed(null), 6_000);
    return () => clearTimeout(timer);
  }, [pushed]);

  const go = (link: string | null) => {
    const target = linkFor(link, 'h5');
    if (!target) return;
    setOpen(false);
    setPushed(null);
    navigate(target);
  };

  return (
    <>
      <button
        type="button"
        className="h5-icon-btn"
        aria-label={unread ? `消息，${unread}条未读` : '消息'}
        onClick={() => {
          setOpen(true);
          setOpened(true);
        }}
      >
        <BellGlyph />
        {unread > 0 && <span className="h5-badge">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {pushed && (
        <div className="h5-toast" role="alert" onClick={() => go(pushed.link)}>
          <div className="h5-toast-title">{pushed.title}</div>
          <div className="h5-muted" style={{ fontSize: 14 }}>
            {pushed.body}
          </div>
        </div>
      )}
      {opened && (
        <Suspense fallback={null}>
          <H5NotificationDrawer open={open} unread={unread} onClose={() => setOpen(false)} onOpen={(n) => go(n.link)} />
        </Suspense>
      )}
    </>
  );
}
