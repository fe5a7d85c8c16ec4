import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { HOTLINE_ASSIGNER_ROLES, HOTLINE_ORDER_TYPE_LABELS, HOTLINE_ORDER_TYPES, type HotlineOrderType, type TopComplexItem } from '@linli/shared';
import { App, Button, Card, DatePicker, Empty, Flex, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ExportButton } from '../../../ui/export/ExportButton';
import { useMe, hasAnyRole } from '../../auth';
import { AssignLeaderModal } from './AssignLeaderModal';
import { formatComplexChange } from './hotline-format';
import { topComplexesPath, useTopComplexes, useUnassignLeader } from './hotline-queries';
import { formatDateTime } from '../../../ui/time-format';

function ChangeCell({ item }: { item: TopComplexItem }) {
  const { text, direction } = formatComplexChange(item.change, item.changeRate);
  // More complaints is worse: up in red, down in green.
  const color = direction === 'up' ? '#cf1322' : direction === 'down' ? '#389e0d' : 'rgba(0,0,0,0.45)';
  return (
    <span style={{ color, whiteSpace: 'nowrap' }}>
      {direction === 'up' && <ArrowUpOutlined />}
      {direction === 'down' && <ArrowDownOutlined />} {text}
    </span>
  );
}

function monthTitle(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** 投诉小区排名: the month's ten complexes with the most 12345 orders, the change on last month, and 帮包整治 leaders. */
export function TopComplexesPage() {
  const { message } = App.useApp();
  const me = useMe();
  const canAssign = me.data ? hasAnyRole(me.data, HOTLINE_ASSIGNER_ROLES) : false;
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const [type, setType] = useState<HotlineOrderType | undefined>();
  const report = useTopComplexes({ month, type });
  const unassign = useUnassignLeader();
  const [assigning, setAssigning] = useState<TopComplexItem | null>(null);
  const data = report.data;

  const columns: TableColumnsType<TopComplexItem> = [
    {
      title: '排名',
      dataIndex: 'rank',
      width: 64,
      align: 'center',
      render: (rank: number) => (
        <Tag color={rank <= 3 ? 'red' : 'default'} bordered={false} style={{ marginInlineEnd: 0, minWidth: 28, textAlign: 'center' }}>
          {rank}
        </Tag>
      ),
    },
    { title: '小区', dataIndex: 'complexName', width: 160 },
    { title: '所属社区', dataIndex: 'communityName', width: 120, responsive: ['md'] },
    { title: '本月工单', dataIndex: 'count', width: 88, align: 'right', render: (v: number) => <strong>{v}</strong> },
    { title: '上月', dataIndex: 'previousCount', width: 64, align: 'right', responsive: ['sm'] },
    { title: '环比', key: 'change', width: 130, render: (_, r) => <ChangeCell item={r} /> },
    {
      title: '包保领导',
      key: 'leader',
      width: 160,
      render: (_, r) =>
        r.leader ? (
          <Tooltip
            title={
              <>
                {r.leader.note && <div>整治要求：{r.leader.note}</div>}
                <div>
                  {r.leader.assignedByName ? `${r.leader.assignedByName} 指派于 ` : '指派于 '}
                  {formatDateTime(r.leader.assignedAt)}
                </div>
              </>
            }
          >
            <span>
              {r.leader.name}
              {r.leader.note && (
                <Typography.Text type="secondary" ellipsis style={{ display: 'block', maxWidth: 150, fontSize: 12 }}>
                  {r.leader.note}
                </Typography.Text>
              )}
            </span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">未指派</Typography.Text>
        ),
    },
  ];
  if (canAssign) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, r) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setAssigning(r)}>
            {r.leader ? '更换领导' : '指派包保领导'}
          </Button>
          {r.leader && (
            <Popconfirm
              title={`取消 ${r.leader.name} 对 ${r.complexName} 的包保？`}
              okText="取消包保"
              cancelText="保留"
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                unassign.mutateAsync({ month, complexId: r.complexId }).then(
                  () => message.success('已取消包保'),
                  (e: unknown) => message.error(errorMessage(e)),
                )
              }
            >
              <Button type="link" size="small" danger>
                取消
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title="投诉小区排名"
        description="每月12345工单最多的十个小区，由街道领导包保整治（帮包整治）；与上月相比看整治成效。"
        extra={<ExportButton target={{ file: { href: topComplexesPath({ month, type }, 'xlsx'), name: `12345投诉小区排名-${month}.xlsx` } }} />}
      />
      <Card variant="borderless">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <DatePicker
            picker="month"
            aria-label="月份"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          />
          <Select<HotlineOrderType>
            aria-label="诉求类型"
            allowClear
            placeholder="全部诉求类型"
            value={type}
            onChange={(v) => setType(v)}
            options={HOTLINE_ORDER_TYPES.map((t) => ({ value: t, label: HOTLINE_ORDER_TYPE_LABELS[t] }))}
            style={{ width: 150 }}
          />
          {data && (
            <Typography.Text type="secondary">
              {monthTitle(data.month)}共 {data.totalOrders} 张工单
              {data.unmatchedOrders > 0 && `，其中 ${data.unmatchedOrders} 张未识别到小区（不参加排名）`}；与{monthTitle(data.previousMonth)}比较
            </Typography.Text>
          )}
        </Flex>
        {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
        <Table<TopComplexItem>
          rowKey="complexId"
          loading={report.isPending || report.isPlaceholderData}
          dataSource={data?.items ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty
                description={
                  <>
                    {monthTitle(month)}还没有可排名的12345工单。 <Link to="/hotline/import">去导入工单</Link>
                  </>
                }
              />
            ),
          }}
        />
      </Card>
      <AssignLeaderModal month={month} complex={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
