import type { HouseholdView } from '@linli/shared';
import { Card, Empty, Table } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { residentColumns, useHouseholdResidents } from '../residents';

/** One household (户) at a house with its residents (提户知人), phone and ID number masked. */
export function HouseholdCard({ household }: { household: HouseholdView }) {
  const residents = useHouseholdResidents(household.id);
  return (
    <Card size="small" title={`户号 ${household.householdNo}`} extra={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{household.memberCount} 人</span>}>
      <div style={{ marginBottom: 8, color: 'rgba(0,0,0,0.65)' }}>{household.address}</div>
      {residents.isError ? (
        <ErrorAlert error={residents.error} onRetry={() => residents.refetch()} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={residents.isPending}
          dataSource={residents.data ?? []}
          columns={residentColumns(residents.data ?? [])}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这一户还没有登记居民，可在「一张表导入」中补录。" /> }}
        />
      )}
    </Card>
  );
}
