import type { AuditEntry } from '@linli/shared';
import { Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { PageHeader } from '../../ui/PageHeader';
import { formatDateTimeSeconds } from '../../ui/time-format';
import { ExportButton } from '../../ui/export/ExportButton';
import { AuditFilterBar } from './AuditFilterBar';
import { requestAuditExport, useAuditLog, type AuditFilters } from './audit-queries';

function detailText(detail: AuditEntry['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('；');
}

/** A name with a grey second line (a person's post, a case's title). */
function TwoLines({ first, second }: { first: ReactNode; second?: string | null }) {
  return (
    <Flex vertical style={{ minWidth: 0 }}>
      <span>{first}</span>
      {second && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: second }} style={{ fontSize: 12 }}>
          {second}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The record an entry points at: its kind, its own number or title (a link to its page when it has one) and a second line. */
function RecordCell({ record }: { record: AuditEntry['record'] }) {
  if (!record) return <>—</>;
  const name = record.href ? <Link to={record.href}>{record.label}</Link> : record.label;
  return (
    <TwoLines
      first={
        <>
          <Tag style={{ marginInlineEnd: 6 }}>{record.kindLabel}</Tag>
          {name}
        </>
      }
      second={record.note}
    />
  );
}

/** 审计日志 (admins): who did what to which record and when, in words; filterable by person, action, record and date, exportable. */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const list = useAuditLog(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  return (
    <>
      <PageHeader
        title="审计日志"
        description="登录、查看完整手机号/身份证号、导出和各项办理操作都会记录在这里，记录不可修改。"
        extra={
          <ExportButton
            target={{ job: () => requestAuditExport(filters) }}
            disabled={rows.length === 0}
            hint="按当前筛选条件导出全部记录；记录多时在后台生成，完成后下载"
          />
        }
      />
      <Card variant="borderless">
        <AuditFilterBar onApply={setFilters} />
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 1040 }}
          locale={{ emptyText: <Empty description="没有符合条件的记录，请调整时间范围或清除筛选条件" /> }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 160, render: (v: string) => formatDateTimeSeconds(v) },
            {
              title: '操作人',
              key: 'actor',
              width: 200,
              render: (_, e) =>
                e.actor ? <TwoLines first={e.actor.name} second={e.actor.post} /> : <Typography.Text type="secondary">{e.username ?? '系统'}</Typography.Text>,
            },
            {
              title: '操作',
              key: 'action',
              width: 170,
              render: (_, e) => <Tooltip title={`操作代码：${e.action}`}>{e.actionLabel}</Tooltip>,
            },
            { title: '对象', key: 'record', width: 260, render: (_, e) => <RecordCell record={e.record} /> },
            {
              title: '详情',
              dataIndex: 'detail',
              ellipsis: { showTitle: false },
              render: (d: AuditEntry['detail']) => {
                const text = detailText(d);
                return text ? <Tooltip title={text}>{text}</Tooltip> : '—';
              },
            },
            { title: 'IP', dataIndex: 'ip', width: 120, render: (v: string | null) => v ?? '—' },
          ]}
        />
        <LoadMoreFooter count={rows.length} list={list} />
      </Card>
    </>
  );
}
