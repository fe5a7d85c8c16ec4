import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { NOTIFICATIONS_KEY, notificationView, prependNotification } from './notification-queries';
import { linkFor, type LinkArea } from './notification-link';

/**
 * Listens to `/api/notifications/stream` (Server-Sent Events, same origin so the session cookie
 * goes along): each pushed notification pops up, bumps the bell at once and lets `onNotice`
 * refresh what it concerns (e.g. the work list). The browser reconnects by itself after a drop.
 */
export function useNotificationStream(area: LinkArea, onNotice?: (link: string | null) => void) {
  const { notification } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  // The latest callbacks, without reopening the stream on every render.
  const latest = useRef({ onNotice, navigate, notification });
  useEffect(() => {
    latest.current = { onNotice, navigate, notification };
  });

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream', { withCredentials: true });
    source.onmessage = (event: MessageEvent<string>) => {
      let parsed;
      try {
        parsed = notificationView.safeParse(JSON.parse(event.data));
      } catch {
        return;
      }
      if (!parsed.success) return;
      const n = parsed.data;
      client.setQueryData(NOTIFICATIONS_KEY, (data: Parameters<typeof prependNotification>[0]) => prependNotification(data, n));
      const target = linkFor(n.link, area);
      const { notification: notify, navigate: go, onNotice: after } = latest.current;
      notify.info({
        key: n.id,
        message: n.title,
        description: n.body,
        placement: area === 'h5' ? 'top' : 'topRight',
        onClick: target
          ? () => {
              notify.destroy(n.id);
              go(target);
            }
          : undefined,
        style: target ? { cursor: 'pointer' } : undefined,
      });
      after?.(n.link);
    };
    return () => source.close();
  }, [area, client]);
}
