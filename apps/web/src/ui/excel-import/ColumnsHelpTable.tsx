import { Table } from 'antd';

/** One column of an import template, as the help table explains it. */
export interface TemplateColumnHelp {
  name: string;
  required: boolean;
  note: string;
}

/** The columns of an import template in order, whether each is required and what goes in it. */
export function ColumnsHelpTable({ columns }: { columns: readonly TemplateColumnHelp[] }) {
  const rows = columns.map((c, i) => ({ key: c.name, order: i + 1, ...c }));
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '列', dataIndex: 'order', width: 48, responsive: ['sm'] },
        { title: '列名', dataIndex: 'name', width: 96 },
        { title: '必填', dataIndex: 'required', width: 56, render: (v: boolean) => (v ? '是' : '否') },
        { title: '填写说明', dataIndex: 'note' },
      ]}
    />
  );
}
