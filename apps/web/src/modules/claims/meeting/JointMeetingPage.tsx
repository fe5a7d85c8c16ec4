import { CASE_STATE_LABELS, NEED_DOMAIN_LABELS, NEED_KIND_LABELS, isSolvedCaseState, type MeetingNeedItem } from '@linli/shared';
import { Button, Card, Empty, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
import { PageHeader } from '../../../ui/PageHeader';
import { useMe, hasAnyRole } from '../../auth';
import { useClaimSettings, useMeetingNeeds } from './meeting-queries';
import { ReferNeedModal } from './ReferNeedModal';
import { formatDate, formatDateTime } from '../../../ui/time-format';

const baseColumns: TableColumnsType<MeetingNeedItem> = [
  {
    title: '需求',
    dataIndex: 'title',
    render: (title: string, r) =>
      r.kind === 'project' ? (
        <>
          {title} <Tag color="purple">{NEED_KIND_LABELS.project}</Tag>
        </>
      ) : (
        title
      ),
  },
  { title: '社区', dataIndex: 'communityName', width: 120 },
  { title: '领域', dataIndex: 'domain', width: 100, render: (d: MeetingNeedItem['domain']) => NEED_DOMAIN_LABELS[d] },
  { title: '收集日期', dataIndex: 'createdAt', width: 120, render: (at: string) => formatDate(at) },
];

const referralColumns: TableColumnsType<MeetingNeedItem> = [
  { title: '承办部门', key: 'department', width: 140, render: (_, r) => r.referral?.departmentName },
  { title: '交办案件', key: 'case', width: 170, render: (_, r) => r.referral && <Link to={`/cases/${r.referral.caseId}`}>{r.referral.caseNo}</Link> },
  {
    title: '办理情况',
    key: 'state',
    width: 120,
    render: (_, r) =>
      r.referral && (
        <Tag color={isSolvedCaseState(r.referral.caseState) ? 'green' : r.referral.overdue ? 'red' : 'blue'}>
          {r.referral.overdue && !isSolvedCaseState(r.referral.caseState) ? '已超期' : CASE_STATE_LABELS[r.referral.caseState]}
        </Tag>
      ),
  },
  { title: '办理时限', key: 'deadline', width: 150, render: (_, r) => (r.referral?.handlingDeadline ? formatDateTime(r.referral.handlingDeadline) : '—') },
];

/** 街道联席会: needs no partner unit claimed in time, referred by the street to functional departments as cases. */
export function JointMeetingPage() {
  const [view, setView] = useState<'waiting' | 'referred'>('waiting');
  const [referring, setReferring] = useState<MeetingNeedItem | null>(null);
  const me = useMe();
  const canRefer = me.data ? hasAnyRole(me.data, ['streetOfficer']) : false;
  const settings = useClaimSettings();
  const days = settings.data?.items.find((s) => s.key === 'meetingAfterDays')?.days ?? 15;
  const { list, rows } = useMeetingNeeds(view);
  const columns: TableColumnsType<MeetingNeedItem> =
    view === 'waiting'
      ? [
          ...baseColumns,
          { title: '已等待', dataIndex: 'daysOpen', width: 90, render: (d: number) => <Tag color={d >= days * 2 ? 'red' : 'orange'}>{d} 天</Tag> },
          ...(canRefer
            ? [
                {
                  title: '操作',
                  key: 'refer',
                  width: 110,
                  render: (_: unknown, r: MeetingNeedItem) => (
                    <Button type="link" onClick={() => setReferring(r)}>
                      交办部门
                    </Button>
                  ),
                },
              ]
            : []),
        ]
      : [...baseColumns, ...referralColumns];
  const empty =
    view === 'waiting'
      ? `暂无需要上会的需求。社区需求发布满 ${days} 天仍无共建单位认领，会自动列入这里，由街道联席会交办职能部门。`
      : '还没有交办的需求。在“待交办”中选择需求并交办部门后，可在这里跟踪案件办理情况。';
  return (
    <>
      <PageHeader title="街道联席会" description={`共建单位 ${days} 天未认领的社区需求，提交街道“大工委”联席会交办职能部门，办理时限和进度以案件为准。`} />
      <Card>
        <Tabs
          activeKey={view}
          onChange={(k) => setView(k as 'waiting' | 'referred')}
          items={[
            { key: 'waiting', label: '待交办' },
            { key: 'referred', label: '已交办' },
          ]}
        />
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: <Empty description={empty} /> }}
            scroll={{ x: 900 }}
          />
        )}
        <LoadMoreFooter count={rows.length} list={list} />
      </Card>
      <ReferNeedModal need={referring} onClose={() => setReferring(null)} />
    </>
  );
}
