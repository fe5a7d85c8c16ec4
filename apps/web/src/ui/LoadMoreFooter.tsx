import { Button, Flex, Typography } from 'antd';

/** What the footer needs from a keyset infinite query (TanStack's useInfiniteQuery result fits). */
export interface KeysetPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "已显示 n 条" under a keyset list, with 加载更多 while the server has another page, or 已全部显示. */
export function LoadMoreFooter({ count, unit = '条', list }: { count: number; unit?: string; list: KeysetPages }) {
  if (count === 0) return null;
  return (
    <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }} wrap>
      <Typography.Text type="secondary">{`已显示 ${count} ${unit}`}</Typography.Text>
      {list.hasNextPage ? (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          加载更多
        </Button>
      ) : (
        <Typography.Text type="secondary">已全部显示</Typography.Text>
      )}
    </Flex>
  );
}
