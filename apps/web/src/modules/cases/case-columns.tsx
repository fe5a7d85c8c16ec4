import { CASE_ACTION_LABELS, CASE_TIER_LABELS, type CaseAction, type CaseListItem } from '@linli/shared';
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { CaseStateTag, DeadlineTag } from './CaseTags';
import { formatTime } from './case-format';

type Row = CaseListItem & { nextActions?: CaseAction[] };

/** Columns of a case table; `next` adds the 下一步 column of the work list. */
export function caseColumns(opts: { next?: boolean } = {}): TableColumnsType<Row> {
  const cols: TableColumnsType<Row> = [
    {
      title: '案件',
      key: 'title',
      fixed: 'left',
      // The widths add up to what 1366 px leaves the table (e2e/console-fit.spec.ts): the last column stays in view.
      width: 230,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link to={`/cases/${c.id}`}>{c.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.caseNo}
            {c.supporters > 0 ? ` · ${c.supporters}人也遇到` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '状态', dataIndex: 'state', width: 90, render: (_, c) => <CaseStateTag state={c.state} /> },
  ];
  if (opts.next) {
    cols.push({
      title: '下一步',
      key: 'next',
      width: 150,
      render: (_, c) => (
        <Flex gap={4} wrap>
          {(c.nextActions ?? []).map((a) => (
            <Tag key={a} color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
              {CASE_ACTION_LABELS[a]}
            </Tag>
          ))}
        </Flex>
      ),
    });
  }
  cols.push(
    {
      title: '时限',
      key: 'deadline',
      width: 150,
      render: (_, c) => (
        <Flex gap={4} wrap>
          <DeadlineTag state={c.state} deadline={c.handlingDeadline} warning={c.warning} overdue={c.overdue} />
          {!c.handlingDeadline && c.overdue && <Tag color="red">超期</Tag>}
          {c.urgency === 'urgent' && <Tag color="red">紧急</Tag>}
        </Flex>
      ),
    },
    { title: '类别', dataIndex: 'categoryName', width: 100, render: (v: string | null) => v ?? <Typography.Text type="secondary">未分类</Typography.Text> },
    { title: '层级', dataIndex: 'tier', width: 64, render: (v: Row['tier']) => CASE_TIER_LABELS[v] },
    { title: '网格', dataIndex: 'gridName', width: 120, ellipsis: true },
    { title: '上报时间', dataIndex: 'submittedAt', width: 140, render: (v: string) => formatTime(v) },
  );
  return cols;
}
