import { RightOutlined } from '@ant-design/icons';
import { GRID_TYPE_LABELS, NODE_KIND_LABELS, type OrgNodeView } from '@linli/shared';
import { Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

const columns: TableColumnsType<OrgNodeView> = [
  {
    title: '名称',
    dataIndex: 'name',
    render: (name: string, n) => (
      <a href={`/org/${n.id}`} onClick={(e) => e.preventDefault()}>
        {name}
      </a>
    ),
  },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 140,
    render: (kind: OrgNodeView['kind'], n) => (
      <>
        {NODE_KIND_LABELS[kind]}
        {n.gridType && (
          <Tag bordered={false} color="blue" style={{ marginInlineStart: 6 }}>
            {GRID_TYPE_LABELS[n.gridType]}
          </Tag>
        )}
      </>
    ),
  },
  { title: '编码', dataIndex: 'code', width: 190, responsive: ['md'] },
  { title: '下级数', dataIndex: 'childCount', width: 80, align: 'right', responsive: ['sm'] },
  { title: '户数', dataIndex: 'householdCount', width: 80, align: 'right', render: (v: number | null) => v ?? '—' },
  { key: 'go', width: 32, render: () => <RightOutlined style={{ color: 'rgba(0,0,0,0.25)' }} /> },
];

/** Child nodes; clicking a row drills down to it. */
export function ChildrenTable({ rows, loading, empty }: { rows: OrgNodeView[]; loading: boolean; empty: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Table
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 个` }}
      onRow={(n) => ({ onClick: () => navigate(`/org/${n.id}`), style: { cursor: 'pointer' } })}
      locale={{ emptyText: empty }}
    />
  );
}
