import { Button, Drawer } from 'antd';
import { AntdProvider } from '../../app/AntdProvider';
import { NotificationList } from '../notifications/NotificationList';
import { useMarkRead, type NotificationView } from '../notifications/notification-queries';

/** The H5 home's message drawer (antd, loaded when the bell is first tapped); opening a notice marks it read. */
export function H5NotificationDrawer({ open, unread, onClose, onOpen }: { open: boolean; unread: number; onClose: () => void; onOpen: (n: NotificationView) => void }) {
  const markRead = useMarkRead();
  return (
    <AntdProvider>
      <Drawer
        title="消息通知"
        open={open}
        onClose={onClose}
        width="100%"
        styles={{ body: { padding: 0 } }}
        extra={
          unread > 0 ? (
            <Button size="small" type="link" onClick={() => markRead.mutate(undefined)}>
              全部已读
            </Button>
          ) : null
        }
      >
        <NotificationList
          area="h5"
          onOpen={(n) => {
            if (!n.read) markRead.mutate(n.id);
            onOpen(n);
          }}
        />
      </Drawer>
    </AntdProvider>
  );
}
