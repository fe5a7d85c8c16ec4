import { Card, Segmented, Space, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';

/** One total above the per-row table. */
export interface ImportTotal {
  title: string;
  value: number;
  color?: string;
}

/** Props of {@link ImportResultLayout}. */
export interface ImportResultLayoutProps<T> {
  /** The warning or success line above the totals. */
  summary: ReactNode;
  totals: readonly ImportTotal[];
  rows: readonly T[];
  /** Rows that need the importer's attention; the table opens on them when `startOnAttention`. */
  attentionRows: readonly T[];
  attentionLabel: string;
  startOnAttention: boolean;
  emptyAll: string;
  emptyAttention: string;
  columns: ColumnsType<T>;
  scrollX: number;
}

type Filter = 'all' | 'attention';

/** An import report: summary, totals as statistic cards and the per-row table, filterable to the rows that need attention. */
export function ImportResultLayout<T extends { row: number }>(props: ImportResultLayoutProps<T>) {
  const [filter, setFilter] = useState<Filter>(props.startOnAttention ? 'attention' : 'all');
  const rows = filter === 'attention' ? props.attentionRows : props.rows;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {props.summary}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: 12 }}>
        {props.totals.map((s) => (
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
              { value: 'all', label: `全部（${props.rows.length}）` },
              { value: 'attention', label: `${props.attentionLabel}（${props.attentionRows.length}）` },
            ]}
          />
        }
      >
        <Table<T>
          rowKey="row"
          size="small"
          dataSource={rows as T[]}
          scroll={{ x: props.scrollX }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: filter === 'attention' ? props.emptyAttention : props.emptyAll }}
          columns={props.columns}
        />
      </Card>
    </Space>
  );
}
