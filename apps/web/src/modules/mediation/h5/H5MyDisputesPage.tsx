import {
  DISPUTE_ACTION_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATE_LABELS,
  STOPPED_DISPUTE_STATES,
  disputeStage,
  isClockRunning,
  type MyDisputeView,
} from '@linli/shared';
import { Button, Card, Empty, Spin, Steps, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { H5Page } from '../../../h5/H5Page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { EventTimeline } from '../../../ui/EventTimeline';
import { formatDate, formatDateTime } from '../../../ui/time-format';
import { DISPUTE_STATE_COLORS } from '../mediation-format';
import { useMyDisputes } from '../mediation-queries';

const STAGES = ['登记', '受理', '调解', '协议', '履行'] as const;

function DisputeCard({ d }: { d: MyDisputeView }) {
  const stopped = STOPPED_DISPUTE_STATES.includes(d.state);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`${DISPUTE_KIND_LABELS[d.kind]} · ${d.disputeNo}`}
      extra={<Tag color={DISPUTE_STATE_COLORS[d.state]}>{DISPUTE_STATE_LABELS[d.state]}</Tag>}
    >
      <Steps
        size="small"
        direction="horizontal"
        responsive={false}
        current={disputeStage(d.state)}
        status={stopped ? 'error' : undefined}
        items={STAGES.map((title) => ({ title }))}
      />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>{d.summary}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {d.committeeName}
        {d.mediatorNames.length ? ` · 调解员 ${d.mediatorNames.join('、')}` : ''}
        {d.dueAt && isClockRunning(d.state) ? ` · 预计 ${formatDate(d.dueAt)} 前调结` : ''}
      </Typography.Paragraph>
      <EventTimeline
        small
        entries={[...d.timeline].reverse().map((e) => ({
          id: e.id,
          title: DISPUTE_ACTION_LABELS[e.action as 'accept'] ?? e.action,
          when: formatDateTime(e.at),
          note: e.note,
          photos: [],
        }))}
      />
    </Card>
  );
}

/** 我的调解: the disputes the resident is a party to, with where each stands and what happened. */
export function H5MyDisputesPage() {
  const mine = useMyDisputes();
  const navigate = useNavigate();
  return (
    <H5Page title="我的调解">
      <Button type="primary" block size="large" style={{ marginBottom: 12 }} onClick={() => navigate('/h5/my-disputes/apply')}>
        申请调解
      </Button>
      {mine.error ? <ErrorAlert error={mine.error} onRetry={() => mine.refetch()} /> : null}
      {mine.isLoading ? <Spin /> : null}
      {mine.data && mine.data.items.length === 0 ? (
        <Empty description="您还没有调解中的纠纷。邻里、家庭、物业等矛盾，点上方「申请调解」，社区人民调解委员会会联系您；也可以到社区人民调解室当面申请。" />
      ) : null}
      {mine.data?.items.map((d) => (
        <DisputeCard key={d.id} d={d} />
      ))}
    </H5Page>
  );
}
