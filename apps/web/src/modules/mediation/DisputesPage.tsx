import { PlusOutlined } from '@ant-design/icons';
import {
  DISPUTE_KINDS,
  DISPUTE_KIND_LABELS,
  DISPUTE_SOURCES,
  DISPUTE_SOURCE_LABELS,
  DISPUTE_STATES,
  DISPUTE_STATE_LABELS,
  isClockRunning,
  type DisputeListItem,
  type DisputeSource,
} from '@linli/shared';
import { Button, Card, Flex, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate } from '../../ui/time-format';
import { ExportButton } from '../../ui/export/ExportButton';
import { DisputeCreateModal } from './DisputeCreateModal';
import { DISPUTE_STATE_COLORS } from './mediation-format';
import { requestDisputeExport, useCommittees, useDisputes, type DisputeFilter } from './mediation-queries';

/** 矛盾纠纷台账: every dispute of the caller's area with filters, the Excel export and 登记纠纷. */
export function DisputesPage() {
  const [params] = useSearchParams();
  // The command-centre screen opens this list filtered to a community and a source.
  const [filter, setFilter] = useState<DisputeFilter>(() => ({
    communityId: params.get('communityId') ?? undefined,
    source: (DISPUTE_SOURCES as readonly string[]).includes(params.get('source') ?? '') ? (params.get('source') as DisputeSource) : undefined,
  }));
  const [creating, setCreating] = useState(false);
  const disputes = useDisputes(filter);
  const committees = useCommittees();
  const set = (patch: Partial<DisputeFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const rows = disputes.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="矛盾纠纷"
        description="人民调解受理的纠纷：来源、当事人、调解员和进度。调解期限一个月，经当事人同意可延长一次。"
        extra={
          <Space>
            <ExportButton
              target={{ job: () => requestDisputeExport(filter) }}
              disabled={rows.length === 0}
              hint="按当前筛选条件导出全部纠纷（当事人姓名只有调委会成员看得到全名）；条数多时在后台生成，完成后下载"
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记纠纷
            </Button>
          </Space>
        }
      />
      <Card variant="borderless">
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder="社区"
            style={{ width: 140 }}
            options={(committees.data?.items ?? []).map((c) => ({ value: c.communityId, label: c.communityName }))}
            value={filter.communityId}
            onChange={(communityId) => set({ communityId })}
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 120 }}
            options={DISPUTE_STATES.map((s) => ({ value: s, label: DISPUTE_STATE_LABELS[s] }))}
            onChange={(state) => set({ state })}
          />
          <Select
            allowClear
            placeholder="来源"
            style={{ width: 150 }}
            options={DISPUTE_SOURCES.map((s) => ({ value: s, label: DISPUTE_SOURCE_LABELS[s] }))}
            value={filter.source}
            onChange={(source) => set({ source })}
          />
          <Select
            allowClear
            placeholder="类型"
            style={{ width: 120 }}
            options={DISPUTE_KINDS.map((k) => ({ value: k, label: DISPUTE_KIND_LABELS[k] }))}
            onChange={(kind) => set({ kind })}
          />
          <Space>
            <Switch size="small" onChange={(on) => set({ overdue: on || undefined })} />
            <Typography.Text>只看超期</Typography.Text>
          </Space>
          <Space>
            <Switch size="small" onChange={(on) => set({ mine: on || undefined })} />
            <Typography.Text>我调解的</Typography.Text>
          </Space>
          <Input.Search allowClear placeholder="编号或纠纷内容" style={{ width: 200 }} onSearch={(q) => set({ q: q || undefined })} />
        </Flex>
        {disputes.error ? <ErrorAlert error={disputes.error} onRetry={() => disputes.refetch()} /> : null}
        <Table<DisputeListItem>
          rowKey="id"
          size="middle"
          loading={disputes.isFetching}
          dataSource={rows}
          pagination={{
            pageSize: 20,
            showSizeChanger: false,
            showTotal: (n) => `共 ${n} 件${disputes.data?.nextCursor ? '（仅显示前200件，请用筛选缩小范围）' : ''}`,
          }}
          locale={{ emptyText: '没有符合条件的纠纷。排查发现或当事人申请的纠纷，点右上角「登记纠纷」录入。' }}
          columns={[
            { title: '编号', dataIndex: 'disputeNo', width: 100, render: (no: string, r) => <Link to={`/mediation/disputes/${r.id}`}>{no}</Link> },
            { title: '社区', dataIndex: 'communityName', width: 100 },
            { title: '类型', dataIndex: 'kind', width: 96, render: (k: DisputeListItem['kind']) => DISPUTE_KIND_LABELS[k] },
            { title: '来源', dataIndex: 'source', width: 130, render: (s: DisputeListItem['source']) => DISPUTE_SOURCE_LABELS[s] },
            { title: '当事人', dataIndex: 'partiesLabel', ellipsis: true },
            { title: '调解员', dataIndex: 'mediatorNames', width: 140, render: (n: string[]) => n.join('、') || '—' },
            {
              title: '状态',
              dataIndex: 'state',
              width: 150,
              render: (s: DisputeListItem['state'], r) => (
                <Space size={4} wrap>
                  <Tag color={DISPUTE_STATE_COLORS[s]}>{DISPUTE_STATE_LABELS[s]}</Tag>
                  {r.overdue ? <Tag color="red">超期</Tag> : r.extended && isClockRunning(s) ? <Tag color="gold">已延期</Tag> : null}
                </Space>
              ),
            },
            { title: '登记', dataIndex: 'receivedAt', width: 100, render: (v: string) => formatDate(v) },
            { title: '调结期限', dataIndex: 'dueAt', width: 100, render: (v: string | null) => (v ? formatDate(v) : '—') },
          ]}
        />
      </Card>
      <DisputeCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
