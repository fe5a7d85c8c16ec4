import { Card, Empty, Skeleton, Space } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { HouseholdCard } from './HouseholdCard';
import { useHouseholds } from './org-queries';

/** The households of a house and their residents (提房知户). */
export function HouseholdsPanel({ nodeId, canImport }: { nodeId: string; canImport: boolean }) {
  const households = useHouseholds(nodeId, true);
  if (households.isPending)
    return (
      <Card title="住户">
        <Skeleton active />
      </Card>
    );
  if (households.isError) return <ErrorAlert error={households.error} onRetry={() => households.refetch()} />;
  if (households.data.length === 0) {
    return (
      <Card title="住户">
        <Empty
          description={
            canImport ? (
              <>
                这套房屋还没有登记住户。请在 <Link to="/import">一张表导入</Link> 中上传台账登记。
              </>
            ) : (
              '这套房屋还没有登记住户，请联系社区工作人员或网格员登记。'
            )
          }
        />
      </Card>
    );
  }
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {households.data.map((h) => (
        <HouseholdCard key={h.id} household={h} />
      ))}
    </Space>
  );
}
