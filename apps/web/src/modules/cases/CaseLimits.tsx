import { LIMIT_KIND_LABELS, type CaseDetail } from '@linli/shared';
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactElement } from 'react';
import { deadlineStatus, formatShortTime, formatTime } from './case-format';
import { useNow } from './CaseTags';

type Limit = CaseDetail['limits'][number];
type Department = CaseDetail['departments'][number];

// How a stopped limit shows, by its stored status; a running one shows its countdown. Every status is listed, so a new one must say how it shows.
const STOPPED_LIMIT: Record<Limit['status'], ((limit: Limit) => ReactElement) | null> = {
  running: null,
  met: (limit) => (
    <Tooltip title={limit.metAt ? `${formatTime(limit.metAt)} 完成` : undefined}>
      <Tag color="green">已满足</Tag>
    </Tooltip>
  ),
  missed: (limit) => (
    <Tooltip title={limit.metAt ? `${formatTime(limit.metAt)} 完成` : '超过时限仍未完成'}>
      <Tag color="red">已超期</Tag>
    </Tooltip>
  ),
  cancelled: () => <Tag>已取消</Tag>,
};

function LimitStatus({ limit, now }: { limit: Limit; now: number }) {
  const stopped = STOPPED_LIMIT[limit.status];
  if (stopped) return stopped(limit);
  const { past, text } = deadlineStatus(limit.deadline, now);
  return <Tag color={past ? 'red' : now >= new Date(limit.warnAt).getTime() ? 'orange' : 'blue'}>{text}</Tag>;
}

/** Every time limit of the case (受理, 核实, 处置, 报到 …) with its deadline and whether it was met. */
export function CaseLimitsTable({ limits }: { limits: CaseDetail['limits'] }) {
  const now = useNow();
  return (
    <Table<Limit>
      size="small"
      rowKey={(l) => `${l.kind}-${l.startedAt}-${l.departmentName ?? ''}`}
      dataSource={limits}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '尚未开始计时' }}
      columns={[
        { title: '时限', key: 'kind', render: (_, l) => `${LIMIT_KIND_LABELS[l.kind]}${l.departmentName ? ` · ${l.departmentName}` : ''}` },
        { title: '截止时间', dataIndex: 'deadline', render: (v: string) => formatShortTime(v) },
        { title: '状态', key: 'status', render: (_, l) => <LimitStatus limit={l} now={now} /> },
      ]}
    />
  );
}

function ReportState({ d, now }: { d: Department; now: number }) {
  if (d.reportedAt) {
    const late = new Date(d.reportedAt) > new Date(d.reportDeadline);
    return (
      <Tooltip title={`${formatTime(d.reportedAt)} 报到`}>
        <Tag color={late ? 'orange' : 'green'}>
          {late ? '超时报到' : '已报到'} {formatShortTime(d.reportedAt)}
        </Tag>
      </Tooltip>
    );
  }
  return <Tag color={now > new Date(d.reportDeadline).getTime() ? 'red' : 'gold'}>未报到</Tag>;
}

/** The departments a street whistled (街道吹哨、部门报到): lead or co, report deadline, reported or not. */
export function WhistledDepartments({ departments }: { departments: CaseDetail['departments'] }) {
  const now = useNow();
  return (
    <Table<Department>
      size="small"
      rowKey="departmentId"
      dataSource={departments}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: '部门',
          key: 'name',
          render: (_, d) => (
            <>
              <Typography.Text strong>{d.name}</Typography.Text> <Tag color={d.role === 'lead' ? 'red' : 'default'}>{d.role === 'lead' ? '主办' : '协办'}</Tag>
            </>
          ),
        },
        { title: '报到时限', dataIndex: 'reportDeadline', render: (v: string) => formatShortTime(v) },
        { title: '报到情况', key: 'reported', render: (_, d) => <ReportState d={d} now={now} /> },
      ]}
    />
  );
}
