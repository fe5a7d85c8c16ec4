import { Card, Skeleton } from 'antd';

/** Placeholder shown while a page or its first data loads. */
export function PageSkeleton() {
  return (
    <Card variant="borderless">
      <Skeleton active paragraph={{ rows: 6 }} />
    </Card>
  );
}
