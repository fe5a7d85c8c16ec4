import { AntdProvider } from '../../../app/AntdProvider';
import { NotificationDrawer } from '../NotificationDrawer';
import { NotificationList } from '../NotificationList';
import type { NotificationView } from '@linli/shared';
import { useMarkRead } from '../notification-queries';

/** The H5 home's message drawer (antd, loaded when the bell is first tapped); opening a notice marks it read. */
export function H5NotificationDrawer({
  open,
  unread,
  onClose,
  onOpen,
}: {
  open: boolean;
  unread: number;
  onClose: () => void;
  onOpen: (n: NotificationView) => void;
}) {
  const markRead = useMarkRead();
  return (
    <AntdProvider>
      <NotificationDrawer open={open} unread={unread} fullWidth onClose={onClose}>
        <NotificationList
          area="h5"
          onOpen={(n) => {
            if (!n.read) markRead.mutate(n.id);
            onOpen(n);
          }}
        />
      </NotificationDrawer>
    </AntdProvider>
  );
}
