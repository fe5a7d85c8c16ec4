import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/time-format';
import { useWishList, type WishFilters } from './claims-queries';
import { WishStateTag } from './wish-format';

/**
 * Wishes matching `filters` as tappable cards (title, state, community, masked wisher, time),
 * with paging and an empty state that says what to do. `from` is where the detail page goes back to.
 */
export function WishList({ filters, from, empty }: { filters: WishFilters; from: string; empty: ReactNode }) {
  const list = useWishList(filters);
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
    <Flex vertical gap={8} role="list" aria-label="心愿列表">
      {rows.map((w) => (
        <Link key={w.id} role="listitem" to={`/h5/wishes/${w.id}`} state={{ from }} style={{ color: 'inherit' }}>
          <Card variant="borderless" size="small" hoverable>
            <Flex justify="space-between" align="center" gap={8} style={{ minHeight: 44 }}>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
                    {w.title}
                  </Typography.Text>
                  <WishStateTag state={w.state} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {w.communityName} · 心愿人 {w.wisherName} · {formatDateTime(w.createdAt)}
                  {w.claimantName ? ` · 认领人 ${w.claimantName}` : ''}
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

/** An Empty with a hint. */
export function EmptyHint({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return <Empty description={children}>{action}</Empty>;
}
