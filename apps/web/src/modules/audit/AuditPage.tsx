import { DownloadOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@linli/shared';
import { AutoComplete, Button, Card, DatePicker, Empty, Flex, Input, Table, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useDownload } from '../../ui/use-download';
import { auditPath, useAuditLog, type AuditFilters } from './audit-queries';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { formatDateTimeSeconds } from '../../ui/time-format';

function detailText(detail: AuditEntry['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('；');
}

/** 审计日志 (admins): who did what and when — logins, full-value reveals, exports, changes — filterable and exportable. */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [action, setAction] = useState('');
  const [q, setQ] = useState('');
  const list = useAuditLog(filters);
  const { busy, download } = useDownload();
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const seenActions = useMemo(() => [...new Set(rows.map((r) => r.action))].sort(), [rows]);

  const apply = () =>
    setFilters({
      q: q.trim() || undefined,
      action: action.trim() || undefined,
      from: range?.[0]?.format('YYYY-MM-DD'),
      to: range?.[1]?.format('YYYY-MM-DD'),
    });

  const reset = () => {
    setRange(null);
    setAction('');
    setQ('');
    setFilters({});
  };

  return (
    <>
      <PageHeader
        title="审计日志"
        description="登录、查看完整手机号/身份证号、导出和账号变更都会记录在这里，记录不可修改。"
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            disabled={rows.length === 0}
            onClick={() => download(auditPath(filters, { format: 'xlsx' }), '审计日志.xlsx')}
          >
            导出Excel
          </Button>
        }
      />
      <Card variant="borderless">
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} allowEmpty={[true, true]} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          <AutoComplete
            value={action}
            onChange={setAction}
            options={seenActions.map((a) => ({ value: a }))}
            placeholder="操作类型"
            allowClear
            style={{ width: 200 }}
          />
          <Input value={q} onChange={(e) => setQ(e.target.value)} onPressEnter={apply} placeholder="用户名或关键词" allowClear style={{ width: 200 }} />
          <Button type="primary" onClick={apply}>
            查询
          </Button>
          <Button onClick={reset}>重置</Button>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1040 }}
          locale={{ emptyText: <Empty description="没有符合条件的记录，请调整时间范围或清除筛选条件" /> }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTimeSeconds(v) },
            { title: '用户', dataIndex: 'username', width: 130, render: (v: string | null) => v ?? '（系统）' },
            {
              title: '操作',
              dataIndex: 'action',
              width: 220,
              render: (v: string) => (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {v}
                </Typography.Text>
              ),
            },
            {
              title: '对象',
              key: 'target',
              width: 200,
              render: (_, e) =>
                e.targetType ? (
                  <Tooltip title={e.targetId}>
                    {e.targetType}
                    {e.targetId ? ` · ${e.targetId.slice(-8)}` : ''}
                  </Tooltip>
                ) : (
                  '—'
                ),
            },
            {
              title: '详情',
              dataIndex: 'detail',
              ellipsis: { showTitle: false },
              render: (d: AuditEntry['detail']) => {
                const text = detailText(d);
                return text ? <Tooltip title={text}>{text}</Tooltip> : '—';
              },
            },
            { title: 'IP', dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
          ]}
        />
        <LoadMoreFooter count={rows.length} list={list} />
      </Card>
    </>
  );
}
