import { DISPUTE_KIND_LABELS, DISPUTE_STATE_LABELS, isClockRunning, isOpenDispute, type DisputeListItem } from '@linli/shared';
import { Card, Empty, Segmented, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { H5Page } from '../../../h5/H5Page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/time-format';
import { DISPUTE_STATE_COLORS } from '../mediation-format';
import { useDisputes } from '../mediation-queries';
import { DisputeClock } from './DisputeClock';

function Row({ d }: { d: DisputeListItem }) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable style={{ marginBottom: 10 }} onClick={() => navigate(`/h5/disputes/${d.id}`)}>
      <Typography.Text strong>
        {DISPUTE_KIND_LABELS[d.kind]} · {d.partiesLabel}
      </Typography.Text>
      <div style={{ margin: '6px 0' }}>
        <Tag color={DISPUTE_STATE_COLORS[d.state]}>{DISPUTE_STATE_LABELS[d.state]}</Tag>
        <DisputeClock d={d} />
      </div>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
        {d.summary}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {d.disputeNo} · {d.communityName}
        {d.dueAt && isClockRunning(d.state) ? ` · ${formatDate(d.dueAt)} 前调结` : ` · 登记于 ${formatDate(d.receivedAt)}`}
      </Typography.Text>
    </Card>
  );
}

/** 调解工作: a mediator's disputes on the phone — those in hand first, days left beside each; a tap opens the work page. 全部 shows the committee's. */
export function H5MediatorDisputesPage() {
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const disputes = useDisputes(scope === 'mine' ? { mine: true } : {});
  const rows = disputes.data?.items ?? [];
  const open = rows.filter((d) => isOpenDispute(d.state));
  const rest = rows.filter((d) => !open.includes(d));
  return (
    <H5Page title="调解工作">
      <Segmented
        block
        value={scope}
        onChange={(v) => setScope(v as 'mine' | 'all')}
        options={[
          { value: 'mine', label: '我调解的' },
          { value: 'all', label: '本社区全部' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {disputes.error ? <ErrorAlert error={disputes.error} onRetry={() => disputes.refetch()} /> : null}
      {disputes.isLoading ? <Spin /> : null}
      {disputes.data && rows.length === 0 ? <Empty description="没有指派给您的纠纷。委员会受理纠纷时会指定调解员，指定后会出现在这里。" /> : null}
      {open.length ? <Typography.Title level={5}>在办（{open.length}）</Typography.Title> : null}
      {open.map((d) => (
        <Row key={d.id} d={d} />
      ))}
      {rest.length ? <Typography.Title level={5}>已调结（{rest.length}）</Typography.Title> : null}
      {rest.slice(0, 30).map((d) => (
        <Row key={d.id} d={d} />
      ))}
    </H5Page>
  );
}
