import { Button, Drawer } from 'antd';
import type { ReactNode } from 'react';
import { useMarkRead } from './notification-queries';

/** The drawer listing notifications (console bell and H5 home), with 全部已读 while any is unread. */
export function NotificationDrawer({
  open,
  unread,
  fullWidth,
  onClose,
  children,
}: {
  open: boolean;
  unread: number;
  fullWidth: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const markRead = useMarkRead();
  return (
    <Drawer
      title="消息通知"
      open={open}
      onClose={onClose}
      width={fullWidth ? '100%' : 380}
      styles={{ body: { padding: 0 } }}
      extra={
        unread > 0 ? (
          <Button size="small" type="link" onClick={() => markRead.mutate(undefined)}>
            全部已读
          </Button>
        ) : null
      }
    >
      {children}
    </Drawer>
  );
}
