import { Button, Flex, Typography } from 'antd';

/** "已显示 n 条" with 加载更多 while the server has another page (keyset cursor), or 已全部显示. */
export function LoadMoreFooter({ count, unit = '条', hasMore, loading, onMore }: { count: number; unit?: string; hasMore: boolean; loading: boolean; onMore: () => void }) {
  if (count === 0) return null;
  return (
    <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }} wrap>
      <Typography.Text type="secondary">
        已显示 {count} {unit}
      </Typography.Text>
      {hasMore ? (
        <Button onClick={onMore} loading={loading}>
          加载更多
        </Button>
      ) : (
        <Typography.Text type="secondary">已全部显示</Typography.Text>
      )}
    </Flex>
  );
}
