import {
  SUGGESTION_ACTION_LABELS,
  SUGGESTION_OUTCOME_LABELS,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATE_LABELS,
  isTrackingSuggestion,
  type SuggestionAction,
  type SuggestionDetail,
} from '@linli/shared';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { DetailPage } from '../../ui/DetailPage';
import { EventTimeline } from '../../ui/EventTimeline';
import { formatDate, formatDateTime } from '../../ui/time-format';
import { SUGGESTION_STATE_COLORS } from './deliberation-format';
import { useSuggestion, useSuggestionAction } from './deliberation-queries';

const MISSING = { title: '没有找到这条建议', hint: '建议可能不在您的管辖范围内。', backTo: '/deliberation/suggestions', backLabel: '回到居民建议' };
const TIMELINE_LABELS: Record<string, string> = { ...SUGGESTION_ACTION_LABELS, create: '收集建议' };
type Milestone = { title: string; weight: number; progress: number };

function Milestones({ value, onChange }: { value?: Milestone[]; onChange?: (v: Milestone[]) => void }) {
  const rows = value ?? [];
  const set = (i: number, patch: Partial<Milestone>) => onChange?.(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rows.map((r, i) => (
        <Space key={i}>
          <Input value={r.title} placeholder="节点" onChange={(e) => set(i, { title: e.target.value })} style={{ width: 180 }} />
          <InputNumber value={r.weight} min={1} max={100} addonBefore="权重" onChange={(v) => set(i, { weight: v ?? 1 })} style={{ width: 120 }} />
          <InputNumber value={r.progress} min={0} max={100} addonAfter="%" onChange={(v) => set(i, { progress: v ?? 0 })} style={{ width: 110 }} />
        </Space>
      ))}
      <Button size="small" onClick={() => onChange?.([...rows, { title: '', weight: 1, progress: 0 }])}>
        添加节点
      </Button>
    </Space>
  );
}

function Actions({ s }: { s: SuggestionDetail }) {
  const act = useSuggestionAction(s.id);
  const [open, setOpen] = useState<SuggestionAction | null>(null);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  if (!s.canManage) return <Typography.Text type="secondary">建议由社区工作人员研判办理。</Typography.Text>;
  if (!s.allowedActions.length)
    return (
      <Typography.Text type="secondary">
        {isTrackingSuggestion(s.state) ? '转办案件办结后，建议自动办结并通知建议人。' : '这条建议已办理完毕。'}
      </Typography.Text>
    );
  const fields = s.allowedActions.find((a) => a.action === open);
  const has = (f: string) => fields?.required.includes(f) || fields?.optional.includes(f);
  const submit = async () => {
    // An incomplete form shows its own messages; the refusal must not escape as an unhandled rejection.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await act.mutateAsync({ action: open!, expectedVersion: s.version, ...v, deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : undefined });
      message.success(`已${SUGGESTION_ACTION_LABELS[open!]}，已通知建议人`);
      setOpen(null);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <>
      <Space wrap>
        {s.allowedActions.map((a) => (
          <Button key={a.action} danger={a.action === 'reject' || a.action === 'assemblyReject'} onClick={() => setOpen(a.action)}>
            {SUGGESTION_ACTION_LABELS[a.action]}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? SUGGESTION_ACTION_LABELS[open] : ''}
        onCancel={() => setOpen(null)}
        onOk={submit}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            milestones: s.milestones.length
              ? s.milestones.map(({ title, weight, progress }) => ({ title, weight, progress }))
              : [{ title: '征求居民意见', weight: 1, progress: 0 }],
          }}
        >
          {has('reason') ? (
            <Form.Item name="reason" label="理由（会发给建议人）" rules={[{ required: true, message: '请填写理由' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ) : null}
          {has('budgetYuan') ? (
            <Form.Item name="budgetYuan" label="预算（元）" rules={[{ required: true, message: '请填写预算' }]}>
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
          ) : null}
          {has('deadline') ? (
            <Form.Item name="deadline" label="完成期限" rules={[{ required: true, message: '请选择期限' }]}>
              <DatePicker />
            </Form.Item>
          ) : null}
          {has('milestones') ? (
            <Form.Item name="milestones" label="推进节点（进度按权重加权）" rules={[{ required: true }]}>
              <Milestones />
            </Form.Item>
          ) : null}
          {has('note') ? (
            <Form.Item name="note" label="说明" rules={[{ required: fields?.required.includes('note'), message: '请写明办理情况' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ) : null}
          {open === 'track' ? <Typography.Text type="secondary">将以「议事会」渠道转为案件，进入网格办理流程；案件结案时建议自动办结。</Typography.Text> : null}
        </Form>
      </Modal>
    </>
  );
}

/** One suggestion: its route and the actions it allows, the project's milestones, the linked case and the public timeline. */
export function SuggestionDetailPage() {
  const { id = '' } = useParams();
  const query = useSuggestion(id);
  return (
    <DetailPage query={query} missing={MISSING}>
      {(s) => ({
        title: s.title,
        description: `${s.communityName} · ${SUGGESTION_SOURCE_LABELS[s.source]} · ${s.suggesterName} · ${formatDate(s.createdAt)}`,
        status: (
          <>
            <Tag color={SUGGESTION_STATE_COLORS[s.state]}>{SUGGESTION_STATE_LABELS[s.state]}</Tag>
            {s.outcome ? <Tag>{SUGGESTION_OUTCOME_LABELS[s.outcome]}</Tag> : null}
          </>
        ),
        actions: <Actions s={s} />,
        main: (
          <>
            <Card variant="borderless" title="建议内容">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.content}</Typography.Paragraph>
              {s.reason ? <Typography.Text type="danger">不予采纳理由：{s.reason}</Typography.Text> : null}
            </Card>
            {s.outcome === 'project' ? (
              <Card variant="borderless" title="项目推进">
                <Progress percent={s.progress} />
                <Typography.Paragraph>
                  预算 {s.budgetYuan?.toLocaleString('zh-CN')} 元，期限 {s.deadline}
                </Typography.Paragraph>
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={s.milestones}
                  columns={[
                    { title: '节点', dataIndex: 'title' },
                    { title: '权重', dataIndex: 'weight' },
                    { title: '进度', dataIndex: 'progress', render: (p: number) => <Progress percent={p} size="small" /> },
                  ]}
                />
              </Card>
            ) : null}
          </>
        ),
        history: {
          title: '办理过程（建议人可见）',
          content: (
            <EventTimeline
              entries={s.history.map((h, i) => ({
                id: String(i),
                title: TIMELINE_LABELS[h.action] ?? h.action,
                who: h.actorName,
                when: formatDateTime(h.at),
                transition: h.fromState ? `${SUGGESTION_STATE_LABELS[h.fromState]} → ${SUGGESTION_STATE_LABELS[h.toState]}` : undefined,
                note: h.note,
                photos: [],
              }))}
            />
          ),
        },
        side: (
          <Card variant="borderless" title="建议信息" size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="社区">{s.communityName}</Descriptions.Item>
              <Descriptions.Item label="来源">{SUGGESTION_SOURCE_LABELS[s.source]}</Descriptions.Item>
              {s.meetingId ? (
                <Descriptions.Item label="议事会">
                  <Link to={`/deliberation/meetings/${s.meetingId}`}>{s.meetingTitle ?? '查看'}</Link>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label="建议人">{s.suggesterName}</Descriptions.Item>
              {s.caseId ? (
                <Descriptions.Item label="转办案件">
                  <Link to={`/cases/${s.caseId}`}>{s.caseNo}</Link>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        ),
      })}
    </DetailPage>
  );
}
