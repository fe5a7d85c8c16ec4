import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Skeleton } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { linkFor, type LinkArea } from './notification-link';
import { NotificationDrawer } from './NotificationDrawer';
import type { NotificationView } from '@linli/shared';
import { useMarkRead, useNotifications } from './notification-queries';
import { useNotificationStream } from './use-notification-stream';

// The list is only needed once the drawer opens: it stays out of the console's first download.
const NotificationList = lazy(() => import('./NotificationList').then((m) => ({ default: m.NotificationList })));

/**
 * The bell in the header: unread count, live pushes, and a drawer listing the notifications;
 * opening one marks it read and goes to its page. `onNotice` runs for every pushed notification.
 */
export function NotificationBell({ area, onNotice }: { area: LinkArea; onNotice?: (link: string | null) => void }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkRead();
  useNotificationStream(area, onNotice);

  const unread = list.data?.pages[0]?.unread ?? 0;

  const openItem = (n: NotificationView) => {
    if (!n.read) markRead.mutate(n.id);
    const target = linkFor(n.link, area);
    if (target) {
      setOpen(false);
      navigate(target);
    }
  };

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]} title={`${unread} 条未读消息`}>
        <Button
          type="text"
          aria-label={unread ? `消息，${unread}条未读` : '消息'}
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          onClick={() => {
            setOpen(true);
            setOpened(true);
          }}
        />
      </Badge>
      <NotificationDrawer open={open} unread={unread} fullWidth={area === 'h5'} onClose={() => setOpen(false)}>
        {opened && (
          <Suspense fallback={<Skeleton active style={{ padding: 16 }} />}>
            <NotificationList area={area} onOpen={openItem} />
          </Suspense>
        )}
      </NotificationDrawer>
    </>
  );
}
