import { IMPORT_STATUS_LABELS, type ImportReport, type ImportRowResult } from '@linli/shared';
import { Alert, Card, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { IMPORT_STATUS_COLORS } from './import-status';

type Filter = 'all' | 'rejected';

/** The import report: totals as statistic cards and the per-row table, filterable to the rejected rows. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const [filter, setFilter] = useState<Filter>(report.rejected > 0 ? 'rejected' : 'all');
  const rows = filter === 'rejected' ? report.rows.filter((r) => r.status === 'rejected') : report.rows;
  const stats: { title: string; value: number; color?: string }[] = [
    { title: '总行数', value: report.total },
    { title: IMPORT_STATUS_LABELS.created, value: report.created, color: '#389e0d' },
    { title: IMPORT_STATUS_LABELS.updated, value: report.updated, color: '#1677ff' },
    { title: IMPORT_STATUS_LABELS.unchanged, value: report.unchanged },
    { title: IMPORT_STATUS_LABELS.rejected, value: report.rejected, color: report.rejected ? '#cf1322' : undefined },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {report.rejected > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={`有 ${report.rejected} 行未导入`}
          description="请按下表“原因”修改台账中的这些行，再重新上传；已导入的行重复上传不会重复登记。"
        />
      ) : (
        <Alert type="success" showIcon message="全部行已处理完毕，没有未导入的行。" />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: 12 }}>
        {stats.map((s) => (
          <Card key={s.title} size="small">
            <Statistic title={s.title} value={s.value} valueStyle={s.color ? { color: s.color } : undefined} />
          </Card>
        ))}
      </div>
      <Card
        size="small"
        title="逐行结果"
        extra={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `全部（${report.rows.length}）` },
              { value: 'rejected', label: `只看未导入（${report.rejected}）` },
            ]}
          />
        }
      >
        <Table<ImportRowResult>
          rowKey="row"
          size="small"
          dataSource={rows}
          scroll={{ x: 520 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: filter === 'rejected' ? '没有未导入的行' : '台账中没有数据行' }}
          columns={[
            { title: '行号', dataIndex: 'row', width: 72 },
            { title: '姓名', dataIndex: 'name', width: 110, render: (v: string | null) => v ?? '—' },
            {
              title: '结果',
              dataIndex: 'status',
              width: 90,
              render: (s: ImportRowResult['status']) => <Tag color={IMPORT_STATUS_COLORS[s]}>{IMPORT_STATUS_LABELS[s]}</Tag>,
            },
            { title: '原因', dataIndex: 'reason', render: (v: string | null) => v ?? '' },
          ]}
        />
      </Card>
    </Space>
  );
}
