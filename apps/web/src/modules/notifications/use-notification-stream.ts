import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useNotificationEvents } from './notification-events';
import { notificationView } from '@linli/shared';
import { NOTIFICATIONS_KEY, prependNotification } from './notification-queries';
import { linkFor, type LinkArea } from './notification-link';

/**
 * Listens to the live notifications (`useNotificationEvents`): each pushed notification pops up,
 * bumps the bell at once and lets `onNotice` refresh what it concerns (e.g. the work list).
 */
export function useNotificationStream(area: LinkArea, onNotice?: (link: string | null) => void) {
  const { notification } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  useNotificationEvents((data) => {
    const parsed = notificationView.safeParse(data);
    if (!parsed.success) return;
    const n = parsed.data;
    client.setQueryData(NOTIFICATIONS_KEY, (pages: Parameters<typeof prependNotification>[0]) => prependNotification(pages, n));
    const target = linkFor(n.link, area);
    notification.info({
      key: n.id,
      message: n.title,
      description: n.body,
      placement: area === 'h5' ? 'top' : 'topRight',
      onClick: target
        ? () => {
            notification.destroy(n.id);
            navigate(target);
          }
        : undefined,
      style: target ? { cursor: 'pointer' } : undefined,
    });
    onNotice?.(n.link);
  });
}
