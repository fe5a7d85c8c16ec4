import { Badge, Button, Empty, Flex, Spin, Typography } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatMonthDayTime } from '../../ui/time-format';
import type { NotificationView } from '@linli/shared';
import { useNotifications } from './notification-queries';
import type { LinkArea } from './notification-link';

const EMPTY_TEXT: Record<LinkArea, string> = {
  console: '暂无消息。有新案件、派遣、督办时会在这里通知您。',
  partner: '暂无消息。单位认领的需求有进展时，会在这里通知您。',
  h5: '暂无消息。您反映的问题、心愿和订单有进展时，会在这里通知您。',
};

function NotificationItem({ n, onOpen }: { n: NotificationView; onOpen: (n: NotificationView) => void }) {
  return (
    <button
      type="button"
      onClick={() => onOpen(n)}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        border: 0,
        borderBottom: '1px solid #f0f0f0',
        background: n.read ? 'transparent' : '#fff7f6',
        padding: '12px 16px',
        cursor: 'pointer',
      }}
    >
      <Flex justify="space-between" gap={8}>
        <Typography.Text strong={!n.read}>
          {!n.read && <Badge status="error" style={{ marginInlineEnd: 6 }} />}
          {n.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {formatMonthDayTime(n.createdAt)}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 2 }}>
        {n.body}
      </Typography.Text>
    </button>
  );
}

/** The drawer's content: notifications newest first (unread highlighted), older ones on request. Loaded when the drawer first opens. */
export function NotificationList({ area, onOpen }: { area: LinkArea; onOpen: (n: NotificationView) => void }) {
  const list = useNotifications();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {list.isError && (
        <div style={{ padding: 16 }}>
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        </div>
      )}
      {list.isPending ? (
        <Flex justify="center" style={{ padding: 32 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 && !list.isError ? (
        <Empty style={{ marginTop: 48 }} description={EMPTY_TEXT[area]} />
      ) : (
        <>
          {items.map((n) => (
            <NotificationItem key={n.id} n={n} onOpen={onOpen} />
          ))}
          {list.hasNextPage && (
            <Flex justify="center" style={{ padding: 12 }}>
              <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
                加载更早的消息
              </Button>
            </Flex>
          )}
        </>
      )}
    </>
  );
}
