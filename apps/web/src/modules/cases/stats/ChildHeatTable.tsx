import { RightOutlined } from '@ant-design/icons';
import { NODE_KIND_LABELS, type CaseStatsResponse } from '@linli/shared';
import { Table, type TableColumnsType } from 'antd';
import { heatColor, SCREEN, sortChildren, type HeatSort } from './chart-options';
import { formatRate } from './kpi';

type Child = CaseStatsResponse['byChild'][number];

const cell = (background: string) => ({ style: { background, fontVariantNumeric: 'tabular-nums' as const } });

/** Colour of a rate: red under 80%, amber under 90%, plain otherwise ("—" muted). */
function rateColor(rate: number | null): string {
  if (rate === null) return SCREEN.muted;
  if (rate < 0.8) return '#ff7875';
  if (rate < 0.9) return SCREEN.warning;
  return SCREEN.text;
}

/**
 * "Grid heat": the child nodes (streets, communities or grids) with their load and compliance,
 * cells shaded by how many cases were received and how many are overdue right now. Clicking a
 * row drills down into that child.
 */
export function ChildHeatTable({
  rows,
  sortBy,
  onDrill,
  loading,
}: {
  rows: readonly Child[];
  sortBy: HeatSort;
  onDrill: (child: Child) => void;
  loading: boolean;
}) {
  const sorted = sortChildren(rows, sortBy);
  const maxReceived = Math.max(0, ...rows.map((r) => r.received));
  const maxOverdue = Math.max(0, ...rows.map((r) => r.overdueOpen));
  const columns: TableColumnsType<Child> = [
    {
      title: '名称',
      dataIndex: 'name',
      ellipsis: true,
      // Room for a community's full name on a phone, where only received and overdue stay beside it.
      width: 150,
      render: (name: string, r) => (
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            onDrill(r);
          }}
          aria-label={`查看${name}（${NODE_KIND_LABELS[r.kind]}）`}
          style={{ color: '#8cc8ff' }}
        >
          {name}
        </a>
      ),
    },
    { title: '受理', dataIndex: 'received', width: 72, align: 'right', onCell: (r) => cell(heatColor(r.received, maxReceived, '58,142,230')) },
    { title: '结案', dataIndex: 'closed', width: 72, align: 'right', responsive: ['sm'] },
    {
      title: '按期结案率',
      dataIndex: 'onTimeClosureRate',
      width: 100,
      align: 'right',
      responsive: ['sm'],
      render: (v: number | null) => <span style={{ color: rateColor(v) }}>{formatRate(v)}</span>,
    },
    { title: '满意率', dataIndex: 'satisfactionRate', width: 84, align: 'right', responsive: ['md'], render: (v: number | null) => formatRate(v) },
    {
      title: '当前超期',
      dataIndex: 'overdueOpen',
      width: 84,
      align: 'right',
      onCell: (r) => cell(heatColor(r.overdueOpen, maxOverdue, '255,77,79')),
    },
    { key: 'go', width: 28, render: () => <RightOutlined style={{ color: SCREEN.muted, fontSize: 11 }} /> },
  ];
  return (
    <Table<Child>
      rowKey="nodeId"
      size="small"
      loading={loading}
      dataSource={sorted}
      columns={columns}
      pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      onRow={(r) => ({ onClick: () => onDrill(r), style: { cursor: 'pointer' } })}
    />
  );
}
