import { RightOutlined } from '@ant-design/icons';
import { ORDER_STATE_LABELS, type OrderState } from '@linli/shared';
import { Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/time-format';
import { useOrderList, type OrderMine } from './order-queries';

const ORDER_STATE_COLORS: Record<OrderState, string> = { ordered: 'gold', taken: 'blue', done: 'red', rated: 'green', cancelled: 'default' };

/** An order's state as a coloured tag (待评价 stands out in red: it waits for the resident). */
export function OrderStateTag({ state }: { state: OrderState }) {
  return (
    <Tag color={ORDER_STATE_COLORS[state]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {ORDER_STATE_LABELS[state]}
    </Tag>
  );
}

/** Orders of one kind as tappable cards with paging; `from` is where the detail page goes back to. */
export function OrderList({ mine, from, empty }: { mine: OrderMine; from: string; empty: ReactNode }) {
  const list = useOrderList(mine);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  if (list.isPending) {
    return (
      <Card variant="borderless">
        <Skeleton active />
      </Card>
    );
  }
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => list.refetch()} />;
  if (rows.length === 0) return <Card variant="borderless">{empty}</Card>;
  return (
    <Flex vertical gap={8} role="list" aria-label="订单列表">
      {rows.map((o) => (
        <Link key={o.id} role="listitem" to={`/h5/orders/${o.id}`} state={{ from }} style={{ color: 'inherit' }}>
          <Card variant="borderless" size="small" hoverable>
            <Flex justify="space-between" align="center" gap={8} style={{ minHeight: 44 }}>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
                    {o.serviceTitle}
                  </Typography.Text>
                  <OrderStateTag state={o.state} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {o.ordererName} · {formatDateTime(o.orderedAt)}
                  {o.takerName ? ` · 接单 ${o.takerUnitName ?? o.takerName}` : ''}
                </Typography.Text>
              </div>
              <RightOutlined style={{ color: '#bfbfbf' }} />
            </Flex>
          </Card>
        </Link>
      ))}
      {list.hasNextPage ? (
        <Button block size="large" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          加载更多
        </Button>
      ) : (
        <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
          已全部显示
        </Typography.Text>
      )}
    </Flex>
  );
}
