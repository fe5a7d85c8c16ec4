import {
  DISPUTE_ACTION_LABELS,
  DISPUTE_KIND_LABELS,
  DISPUTE_STATE_LABELS,
  FOLLOW_UP_RATINGS,
  FOLLOW_UP_RATING_LABELS,
  PARTY_SIDE_LABELS,
  disputeActionRequest,
  type DisputeDetail,
} from '@linli/shared';
import { App, Button, Card, Checkbox, Form, Input, List, Radio, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { H5Page } from '../../../h5/H5Page';
import { applyFormError } from '../../../ui/apply-form-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { EventTimeline } from '../../../ui/EventTimeline';
import { formatDateTime } from '../../../ui/time-format';
import { zodRule } from '../../../ui/zod-rule';
import { DISPUTE_STATE_COLORS } from '../mediation-format';
import { useDispute, useDisputeAction } from '../mediation-queries';
import { DisputeClock } from './DisputeClock';

/** The workflow actions a mediator takes on the phone; the rest (accept, agreement, archive …) are done at the console. */
type PhoneAction = 'recordSession' | 'followUp';

interface SessionValues {
  heldAt: string;
  place?: string;
  record: string;
  partyIds: string[];
}

function SessionForm({ d, onDone }: { d: DisputeDetail; onDone: () => void }) {
  const [form] = Form.useForm<SessionValues>();
  const act = useDisputeAction(d.id);
  const { message } = App.useApp();
  const submit = (v: SessionValues) =>
    act.mutate(
      {
        action: 'recordSession',
        expectedVersion: d.version,
        heldAt: new Date(v.heldAt).toISOString(),
        place: v.place?.trim() || undefined,
        record: v.record.trim(),
        partyIds: v.partyIds,
      },
      {
        onSuccess: () => {
          message.success('调解记录已保存，已归入卷宗');
          onDone();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  return (
    <Form<SessionValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ heldAt: dayjs().format('YYYY-MM-DDTHH:mm'), place: '社区人民调解室', partyIds: d.parties.map((p) => p.id) }}
    >
      <Form.Item name="heldAt" label="调解时间" rules={[{ required: true, message: '请填写调解时间' }]}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item name="place" label="地点">
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="partyIds" label="到场当事人">
        <Checkbox.Group options={d.parties.map((p) => ({ value: p.id, label: `${p.name}（${PARTY_SIDE_LABELS[p.side]}）` }))} />
      </Form.Item>
      <Form.Item name="record" label="调解记录" rules={[{ required: true, message: '请填写调解记录' }, zodRule(disputeActionRequest.shape.record.unwrap())]}>
        <Input.TextArea rows={5} maxLength={4000} placeholder="双方陈述、争议焦点、做了哪些工作、双方意见" />
      </Form.Item>
      <Space style={{ width: '100%' }} direction="vertical">
        <Button type="primary" htmlType="submit" block size="large" loading={act.isPending}>
          保存调解记录
        </Button>
        <Button block onClick={onDone}>
          取消
        </Button>
      </Space>
    </Form>
  );
}

interface VisitValues {
  rating: (typeof FOLLOW_UP_RATINGS)[number];
  note: string;
}

function FollowUpForm({ d, onDone }: { d: DisputeDetail; onDone: () => void }) {
  const [form] = Form.useForm<VisitValues>();
  const act = useDisputeAction(d.id);
  const { message } = App.useApp();
  const submit = (v: VisitValues) =>
    act.mutate(
      { action: 'followUp', expectedVersion: d.version, rating: v.rating, note: v.note.trim() },
      {
        onSuccess: () => {
          message.success('回访已记录，已归入卷宗');
          onDone();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  return (
    <Form<VisitValues> form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ rating: 'satisfied' }}>
      <Form.Item name="rating" label="当事人评价">
        <Radio.Group optionType="button" options={FOLLOW_UP_RATINGS.map((r) => ({ value: r, label: FOLLOW_UP_RATING_LABELS[r] }))} />
      </Form.Item>
      <Form.Item name="note" label="回访情况" rules={[{ required: true, message: '请填写回访情况' }]}>
        <Input.TextArea rows={4} maxLength={1000} placeholder="协议履行情况、当事人是否满意、还有没有再起纠纷的苗头" />
      </Form.Item>
      <Space style={{ width: '100%' }} direction="vertical">
        <Button type="primary" htmlType="submit" block size="large" loading={act.isPending}>
          保存回访记录
        </Button>
        <Button block onClick={onDone}>
          取消
        </Button>
      </Space>
    </Form>
  );
}

function Work({ d }: { d: DisputeDetail }) {
  const [open, setOpen] = useState<PhoneAction | null>(null);
  const allowed = new Set(d.allowedActions.map((a) => a.action));
  const phone = (['recordSession', 'followUp'] as const).filter((a) => allowed.has(a));
  const elsewhere = d.allowedActions.filter((a) => !phone.includes(a.action as PhoneAction)).map((a) => DISPUTE_ACTION_LABELS[a.action]);
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Text strong>
          {DISPUTE_KIND_LABELS[d.kind]} · {d.partiesLabel}
        </Typography.Text>
        <div style={{ margin: '6px 0' }}>
          <Tag color={DISPUTE_STATE_COLORS[d.state]}>{DISPUTE_STATE_LABELS[d.state]}</Tag>
          <DisputeClock d={d} />
        </div>
        <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{d.summary}</Typography.Paragraph>
        {d.preferredTime ? <Typography.Paragraph type="secondary">申请人希望：{d.preferredTime}</Typography.Paragraph> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.disputeNo} · {d.committeeName}
        </Typography.Text>
      </Card>
      {open === 'recordSession' ? (
        <Card size="small" title="记录调解" style={{ marginBottom: 12 }}>
          <SessionForm d={d} onDone={() => setOpen(null)} />
        </Card>
      ) : open === 'followUp' ? (
        <Card size="small" title="回访" style={{ marginBottom: 12 }}>
          <FollowUpForm d={d} onDone={() => setOpen(null)} />
        </Card>
      ) : (
        <Card size="small" style={{ marginBottom: 12 }}>
          {phone.length ? (
            <Space direction="vertical" style={{ width: '100%' }}>
              {phone.map((a) => (
                <Button key={a} type="primary" block size="large" onClick={() => setOpen(a)}>
                  {DISPUTE_ACTION_LABELS[a]}
                </Button>
              ))}
            </Space>
          ) : null}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: phone.length ? '8px 0 0' : 0 }}>
            {elsewhere.length
              ? `${elsewhere.join('、')}请在电脑上的「矛盾纠纷」中办理。`
              : phone.length
                ? '调解记录和回访会自动归入卷宗。'
                : '这件纠纷现在没有需要您办理的事项。'}
          </Typography.Paragraph>
        </Card>
      )}
      <Card size="small" title="当事人" style={{ marginBottom: 12 }}>
        <List
          size="small"
          dataSource={d.parties}
          locale={{ emptyText: '还没有登记当事人' }}
          renderItem={(p) => (
            <List.Item extra={p.phone ?? ''}>
              {p.name}（{PARTY_SIDE_LABELS[p.side]}）
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={`调解记录（${d.sessions.length}次）`} style={{ marginBottom: 12 }}>
        {d.sessions.length ? (
          <List
            size="small"
            dataSource={[...d.sessions].reverse()}
            renderItem={(s) => (
              <List.Item>
                <div>
                  <Typography.Text strong>
                    {formatDateTime(s.heldAt)} {s.place}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{s.record}</Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    到场：{s.partyNames.join('、') || '—'}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="secondary">还没有调解记录。每次调解后点「记录调解」。</Typography.Text>
        )}
      </Card>
      <Card size="small" title="办理过程">
        <EventTimeline
          small
          entries={[...d.timeline].reverse().map((e) => ({
            id: e.id,
            title: DISPUTE_ACTION_LABELS[e.action as 'accept'] ?? e.action,
            who: e.actorName,
            when: formatDateTime(e.at),
            note: e.note,
            photos: [],
          }))}
        />
      </Card>
    </>
  );
}

/** One dispute on a mediator's phone: the clock, the parties, sessions; record a session or the follow-up visit. A party is sent to 我的调解. */
export function H5DisputeWorkPage() {
  const { id = '' } = useParams();
  const q = useDispute(id);
  if (q.data && !q.data.committee) return <Navigate to="/h5/my-disputes" replace />;
  return (
    <H5Page title="纠纷调解" back="/h5/mediator-disputes">
      {q.error ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.isLoading ? <Spin /> : null}
      {q.data ? <Work d={q.data} /> : null}
    </H5Page>
  );
}
